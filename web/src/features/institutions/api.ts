import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  InstitutionDetail,
  institutionInput,
  institutionPage,
  institutionTypeList,
  inviteInfo,
  inviteResult,
  staffInput,
  statusBody,
  updateInstitutionBody,
} from '../../../../api/institutions.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the institutions API (api/institutions.ts, docs/api-institutions.md). */
export type Institution = InstitutionDetail;
export type InstitutionPage = z.infer<typeof institutionPage>;
export type InstitutionInput = z.input<typeof institutionInput>;
export type InstitutionPatch = z.input<typeof updateInstitutionBody>;
export type StaffInput = z.input<typeof staffInput>;
export type StatusInput = z.input<typeof statusBody>;
export type TypeList = z.infer<typeof institutionTypeList>;
export type InviteInfo = z.infer<typeof inviteInfo>;
export type InviteResult = z.infer<typeof inviteResult>;

export interface ListFilter {
  q?: string;
  typeId?: string;
  field?: string;
  kecamatan?: string;
  status?: string;
  standing?: string;
  page: number;
  pageSize: number;
}

const KEY = 'institutions';
const regionBase = (code: string) => `${regionPath(code)}/institutions`;
const one = (id: string) => `/institutions/${encodeURIComponent(id)}`;

export const exportUrl = (code: string, format: 'csv' | 'xlsx') =>
  `/api${regionBase(code)}/export?format=${format}`;
export const templateUrl = (code: string) => `/api${regionBase(code)}/import-template`;
export const importUrl = (code: string) => `/api${regionBase(code)}/import`;
export const logoUrl = (id: string) => `/api${one(id)}/logo`;
export const directoryUrl = (code: string) => `/direktori-layanan/${encodeURIComponent(code)}`;

export function useInstitutions(code: string, filter: ListFilter) {
  return useQuery({
    queryKey: [KEY, code, 'list', filter],
    queryFn: ({ signal }) => apiRequest<InstitutionPage>(regionBase(code), { query: { ...filter }, signal }),
  });
}

export function useInstitutionTypes(code: string) {
  return useQuery({
    queryKey: [KEY, code, 'types'],
    queryFn: ({ signal }) => apiRequest<TypeList>(`${regionPath(code)}/institution-types`, { signal }),
    staleTime: 60_000,
  });
}

export function useInstitution(id: string) {
  return useQuery({
    queryKey: [KEY, 'one', id],
    queryFn: ({ signal }) => apiRequest<Institution>(one(id), { signal }),
  });
}

/** A write that refreshes every institutions query afterwards. */
function useWrite<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  });
}

export const useCreateInstitution = (code: string) =>
  useWrite((body: InstitutionInput) => apiRequest<Institution>(regionBase(code), { method: 'POST', body }));
export const useUpdateInstitution = (id: string) =>
  useWrite((body: InstitutionPatch) => apiRequest<Institution>(one(id), { method: 'PATCH', body }));
export const useChangeStatus = (id: string) =>
  useWrite((body: StatusInput) => apiRequest<Institution>(`${one(id)}/status`, { method: 'POST', body }));
export const useSaveStaff = (id: string) =>
  useWrite(({ staffId, body }: { staffId: string | null; body: StaffInput }) =>
    staffId
      ? apiRequest<Institution>(`${one(id)}/staff/${encodeURIComponent(staffId)}`, { method: 'PATCH', body })
      : apiRequest<Institution>(`${one(id)}/staff`, { method: 'POST', body }),
  );
export const useRemoveStaff = (id: string) =>
  useWrite((staffId: string) =>
    apiRequest<Institution>(`${one(id)}/staff/${encodeURIComponent(staffId)}`, { method: 'DELETE' }),
  );
export const useInvite = (id: string) =>
  useWrite((body: { fullName: string; email: string }) =>
    apiRequest<InviteResult>(`${one(id)}/invite`, { method: 'POST', body }),
  );
export const useRefreshInstitutions = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [KEY] });
};

export function useInviteInfo(token: string) {
  return useQuery({
    queryKey: [KEY, 'invite', token],
    queryFn: ({ signal }) =>
      apiRequest<InviteInfo>(`/public/account-invites/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });
}

export const useAcceptInvite = (token: string) =>
  useMutation({
    mutationFn: (password: string) =>
      apiRequest<{ ok: true }>(`/public/account-invites/${encodeURIComponent(token)}`, {
        method: 'POST',
        body: { password },
      }),
  });
