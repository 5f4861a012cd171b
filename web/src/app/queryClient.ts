import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

function onAnyError(err: unknown): void {
  // A session that expires while the app is open: forget the user so the router shows the login page.
  if (isApiError(err) && err.status === 401 && err.code === 'unauthenticated') {
    queryClient.setQueryData(ME_QUERY_KEY, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; only network/5xx failures are retried.
      retry: (count, err) => count < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});
