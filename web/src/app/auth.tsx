import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginBody, meResponse } from '../../../api/auth.ts';
import { apiRequest, isApiError } from './api.ts';
import { ME_QUERY_KEY } from './queryClient.ts';
import type { Me } from './types.ts';

interface AuthContextValue {
  me: Me | null;
  loading: boolean;
  error: unknown;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refetch: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await apiRequest<z.infer<typeof meResponse>>('/auth/me');
    return user;
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: Infinity });

  const login = useCallback(
    async (username: string, password: string) => {
      const body: z.input<typeof loginBody> = { username, password };
      const { user } = await apiRequest<z.infer<typeof meResponse>>('/auth/login', { method: 'POST', body });
      // Nothing cached under the previous user may leak into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, user);
      return user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await apiRequest('/auth/logout', { method: 'POST' });
    } finally {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    }
  }, [queryClient]);

  const { data, isPending, error, refetch } = query;
  const value = useMemo<AuthContextValue>(
    () => ({
      me: data ?? null,
      loading: isPending,
      error,
      login,
      logout,
      refetch: () => void refetch(),
    }),
    [data, isPending, error, refetch, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe used without a signed-in user');
  return me;
}
