import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { okSchema } from '../../../../api/common.ts';
import type { regionSettingsBody, regionSettingsSchema } from '../../../../api/region-settings.ts';
import type {
  createUserBody,
  listUsersQuery,
  resetPasswordBody,
  updateUserBody,
  userPage,
} from '../../../../api/users.ts';
import { apiRequest } from '../../app/api.ts';
import type { User } from '../../app/types.ts';

/** Filters and bodies of the users API (api/users.ts). */
type UserQuery = z.infer<typeof listUsersQuery>;
export type UserListParams = Omit<UserQuery, 'region' | 'role'> & {
  /** '' for every role: an empty filter is left out of the query. */
  role: NonNullable<UserQuery['role']> | '';
};
export type CreateUserInput = z.input<typeof createUserBody>;
export type UpdateUserInput = z.input<typeof updateUserBody>;

export function useUserList(regionCode: string, params: UserListParams) {
  return useQuery({
    queryKey: ['users', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof userPage>>('/users', { query: { region: regionCode, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Everyone of a region, for filters such as the audit log's user picker. */
export function useUserOptions(regionCode: string) {
  return useQuery({
    queryKey: ['users', regionCode, { q: '', role: '', page: 1, pageSize: 200 }],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof userPage>>('/users', {
        query: { region: regionCode, page: 1, pageSize: 200 },
        signal,
      }),
    select: (data) => data.items,
  });
}

export function useCreateUser(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiRequest<User>('/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users', regionCode] }),
  });
}

export function useUpdateUser(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) =>
      apiRequest<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users', regionCode] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string } & z.input<typeof resetPasswordBody>) =>
      apiRequest<z.infer<typeof okSchema>>(`/users/${encodeURIComponent(id)}/reset-password`, {
        method: 'POST',
        body: { newPassword },
      }),
  });
}

/** GET/PUT /api/regions/:code/settings (api/region-settings.ts). */
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

const settingsKey = (regionCode: string) => ['region-settings', regionCode];
const settingsPath = (regionCode: string) => `/regions/${encodeURIComponent(regionCode)}/settings`;

export function useRegionSettings(regionCode: string) {
  return useQuery({
    queryKey: settingsKey(regionCode),
    queryFn: ({ signal }) => apiRequest<RegionSettings>(settingsPath(regionCode), { signal }),
  });
}

export function useUpdateRegionSettings(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof regionSettingsBody>) =>
      apiRequest<RegionSettings>(settingsPath(regionCode), { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey(regionCode), saved);
      // Open GAP documents carry the setting; read them again.
      void queryClient.invalidateQueries({ queryKey: ['gap'] });
    },
  });
}
