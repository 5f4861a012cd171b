import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api.ts';
import type { Page, Role, User } from '../../app/types.ts';

export interface UserListParams {
  q: string;
  role: Role | '';
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  username: string;
  email?: string;
  fullName: string;
  role: Role;
  regionCode: string;
  opdId?: string;
  password: string;
}

export interface UpdateUserInput {
  email?: string | null;
  fullName?: string;
  role?: Role;
  opdId?: string | null;
  active?: boolean;
}

export function useUserList(regionCode: string, params: UserListParams) {
  return useQuery({
    queryKey: ['users', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<Page<User>>('/users', { query: { region: regionCode, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Everyone of a region, for filters such as the audit log's user picker. */
export function useUserOptions(regionCode: string) {
  return useQuery({
    queryKey: ['users', regionCode, { q: '', role: '', page: 1, pageSize: 200 }],
    queryFn: ({ signal }) =>
      apiRequest<Page<User>>('/users', { query: { region: regionCode, page: 1, pageSize: 200 }, signal }),
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
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      apiRequest<{ ok: true }>(`/users/${encodeURIComponent(id)}/reset-password`, {
        method: 'POST',
        body: { newPassword },
      }),
  });
}

/** GET/PUT /api/regions/:code/settings (server/modules/region-settings). */
export interface RegionSettings {
  regionCode: string;
  selfApprovalAllowed: boolean;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

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
    mutationFn: (body: { selfApprovalAllowed: boolean }) =>
      apiRequest<RegionSettings>(settingsPath(regionCode), { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey(regionCode), saved);
      // Open GAP documents carry the setting; read them again.
      void queryClient.invalidateQueries({ queryKey: ['gap'] });
    },
  });
}
