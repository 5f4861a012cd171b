import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  decideBody,
  dossierBoard,
  dossierDetail,
  institutionDossiers,
  reviewBody,
  standardDetail,
  standardList,
} from '../../../../api/institution-standards.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the institution-standards API (api/institution-standards.ts, docs/api-institution-standards.md). */
export type StandardList = z.infer<typeof standardList>;
export type StandardDetail = z.infer<typeof standardDetail>;
export type DossierDetail = z.infer<typeof dossierDetail>;
export type DossierBoard = z.infer<typeof dossierBoard>;
export type InstitutionDossiers = z.infer<typeof institutionDossiers>;
export type DecideBody = z.input<typeof decideBody>;
export type ReviewBody = z.input<typeof reviewBody>;

const enc = encodeURIComponent;

export const evidenceUploadUrl = (id: string, code: string) =>
  `/api/institution-dossiers/${enc(id)}/answers/${enc(code)}/evidence`;
export const evidenceDownloadUrl = (id: string, evidenceId: string) =>
  `/api/institution-dossiers/${enc(id)}/evidence/${enc(evidenceId)}`;
export const certificateUrl = (id: string) => `/api/institution-dossiers/${enc(id)}/certificate`;
export const exportUrl = (id: string) => `/api/institution-standards/${enc(id)}/export`;
export const verifyPageUrl = (code: string) => `/verifikasi-standar/${enc(code)}`;

const KEYS = [
  'institution-standards',
  'institution-standard',
  'institution-dossier',
  'institution-dossiers',
  'dossier-board',
  'home',
];

export function useRefreshStandards() {
  const queryClient = useQueryClient();
  return () => Promise.all(KEYS.map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
}

export function useStandards() {
  return useQuery({
    queryKey: ['institution-standards'],
    queryFn: ({ signal }) => apiRequest<StandardList>('/institution-standards', { signal }),
  });
}

export function useStandard(id: string | null) {
  return useQuery({
    queryKey: ['institution-standard', id],
    enabled: !!id,
    queryFn: ({ signal }) => apiRequest<StandardDetail>(`/institution-standards/${enc(id!)}`, { signal }),
  });
}

/** Import, new version, publish, retire: each answers the standard; every list is read again. */
export function useStandardAction() {
  const refresh = useRefreshStandards();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      apiRequest<{ id: string }>(`/institution-standards/${path}`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useDossierBoard(regionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dossier-board', regionCode],
    enabled,
    queryFn: ({ signal }) =>
      apiRequest<DossierBoard>(`${regionPath(regionCode)}/institution-dossiers`, { signal }),
  });
}

export function useInstitutionDossiers(institutionId: string | null) {
  return useQuery({
    queryKey: ['institution-dossiers', institutionId],
    enabled: !!institutionId,
    queryFn: ({ signal }) =>
      apiRequest<InstitutionDossiers>(`/institutions/${enc(institutionId!)}/dossiers`, { signal }),
  });
}

export function useCreateDossier() {
  const refresh = useRefreshStandards();
  return useMutation({
    mutationFn: ({ institutionId, standardId }: { institutionId: string; standardId: string }) =>
      apiRequest<DossierDetail>(`/institutions/${enc(institutionId)}/dossiers`, {
        method: 'POST',
        body: { standardId },
      }),
    onSuccess: () => refresh(),
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: ['institution-dossier', id],
    queryFn: ({ signal }) => apiRequest<DossierDetail>(`/institution-dossiers/${enc(id)}`, { signal }),
  });
}

/** Every write of a dossier answers the dossier; the page shows it at once and lists read again. */
export function useDossierWrite(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshStandards();
  return useMutation({
    mutationFn: ({
      method,
      path,
      body,
    }: {
      method: 'POST' | 'PUT' | 'DELETE';
      path: string;
      body?: unknown;
    }) => apiRequest<DossierDetail>(`/institution-dossiers/${enc(id)}${path}`, { method, body }),
    onSuccess: async (data) => {
      if (data && typeof data === 'object' && 'answers' in data)
        queryClient.setQueryData(['institution-dossier', id], data);
      await refresh();
    },
  });
}
