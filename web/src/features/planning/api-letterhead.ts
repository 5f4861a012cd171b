import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  letterheadBody,
  letterheadSchema,
  signatoryBody,
  signatorySchema,
} from '../../../../api/letterhead.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the letterhead API (api/letterhead.ts). */
export type Letterhead = z.infer<typeof letterheadSchema>;
export type LetterheadInput = z.input<typeof letterheadBody>;
export type Signatory = z.infer<typeof signatorySchema>;
export type SignatoryInput = z.input<typeof signatoryBody>;

const letterheadPath = (regionCode: string) => `${regionPath(regionCode)}/letterhead`;

/** The logo's address; `version` changes the URL after an upload so the preview reloads. */
export const logoUrl = (regionCode: string, version: string | null) =>
  `/api${letterheadPath(regionCode)}/logo${version ? `?v=${encodeURIComponent(version)}` : ''}`;

export function useLetterhead(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['letterhead', regionCode],
    queryFn: ({ signal }) => apiRequest<Letterhead>(letterheadPath(regionCode), { signal }),
    enabled,
  });
}

export function useSaveLetterhead(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LetterheadInput) =>
      apiRequest<Letterhead>(letterheadPath(regionCode), { method: 'PUT', body: input }),
    onSuccess: (data) => client.setQueryData(['letterhead', regionCode], data),
  });
}

export function useRemoveLogo(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Letterhead>(`${letterheadPath(regionCode)}/logo`, { method: 'DELETE' }),
    onSuccess: (data) => client.setQueryData(['letterhead', regionCode], data),
  });
}

export const logoUploadUrl = (regionCode: string) => `/api${letterheadPath(regionCode)}/logo`;

export function useSignatory(opdId: string | null) {
  return useQuery({
    queryKey: ['signatory', opdId],
    queryFn: ({ signal }) =>
      apiRequest<Signatory>(`/opd/${encodeURIComponent(opdId!)}/signatory`, { signal }),
    enabled: opdId !== null,
  });
}

export function useSaveSignatory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ opdId, input }: { opdId: string; input: SignatoryInput }) =>
      apiRequest<Signatory>(`/opd/${encodeURIComponent(opdId)}/signatory`, { method: 'PUT', body: input }),
    onSuccess: (data) => client.setQueryData(['signatory', data.opdId], data),
  });
}
