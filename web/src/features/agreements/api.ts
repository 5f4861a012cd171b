import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementDetailDto,
  AgreementSummaryDto,
  agreementBody,
  partyChoices,
} from '../../../../api/agreements.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the agreements API (api/agreements.ts, docs/api-agreements.md). */
export type AgreementDetail = AgreementDetailDto;
export type AgreementSummary = AgreementSummaryDto;
export type AgreementInput = z.input<typeof agreementBody>;
export type PartyChoices = z.infer<typeof partyChoices>;

const enc = encodeURIComponent;
export const agreementKey = (id: string) => ['agreement', id] as const;
export const documentUrl = (id: string) => `/api/agreements/${enc(id)}/document`;
export const evidenceUrl = (id: string, activityId: string) =>
  `/api/agreements/${enc(id)}/activities/${enc(activityId)}/evidence`;

export function useAgreements(regionCode: string, expiringIn: number | null) {
  return useQuery({
    queryKey: ['agreements', regionCode, expiringIn],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgreementSummary[]; canManage: boolean }>(`${regionPath(regionCode)}/agreements`, {
        query: { expiringIn },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: agreementKey(id),
    queryFn: ({ signal }) => apiRequest<AgreementDetail>(`/agreements/${enc(id)}`, { signal }),
    retry: (count, err) => count < 2 && !(err as { status?: number }).status,
  });
}

export function usePartyChoices(regionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['agreement-choices', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<PartyChoices>(`${regionPath(regionCode)}/agreement-choices`, { signal }),
    enabled,
  });
}

/** Every write answers the agreement's new detail, which replaces the cached one. */
export function useAgreementWrite<T>(regionCode: string, request: (input: T) => Promise<AgreementDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (a) => {
      qc.setQueryData(agreementKey(a.id), a);
      void qc.invalidateQueries({ queryKey: ['agreements', regionCode] });
    },
  });
}

export const saveAgreement =
  (regionCode: string) => (input: { id?: string; version?: number; body: AgreementInput }) =>
    input.id
      ? apiRequest<AgreementDetail>(`/agreements/${enc(input.id)}`, {
          method: 'PUT',
          body: { ...input.body, version: input.version },
        })
      : apiRequest<AgreementDetail>(`${regionPath(regionCode)}/agreements`, {
          method: 'POST',
          body: input.body,
        });
