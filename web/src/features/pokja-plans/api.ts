import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PlanDetail,
  PlanSummary,
  VersionDetail,
  VersionSummary,
  createPlanBody,
  savePlanBody,
  saveProgressBody,
} from '../../../../api/pokja-plans.ts';
import { apiRequest, regionPath } from '../../app/api.ts';
import type { PokjaPlanFamily } from '../../../../domain/pokja-plans/constants.ts';

/** Shapes of the Pokja plans API (api/pokja-plans.ts, docs/api-pokja-plans.md). */
export type { PlanDetail, PlanSummary, VersionDetail, VersionSummary };
export type CreatePlan = z.input<typeof createPlanBody>;
export type SavePlan = z.input<typeof savePlanBody>;
export type SaveProgress = z.input<typeof saveProgressBody>;
export type RowInput = NonNullable<SavePlan['rows']>[number];
export type ItemInput = NonNullable<SavePlan['items']>[number];

const enc = encodeURIComponent;
const listKey = (regionCode: string, family: PokjaPlanFamily) => ['pokja-plans', regionCode, family] as const;
const planKey = (id: string) => ['pokja-plan', id] as const;
const versionsKey = (id: string) => ['pokja-plan-versions', id] as const;

export function usePlans(regionCode: string, family: PokjaPlanFamily, enabled: boolean) {
  return useQuery({
    queryKey: listKey(regionCode, family),
    queryFn: ({ signal }) =>
      apiRequest<{ items: PlanSummary[] }>(`${regionPath(regionCode)}/pokja-plans`, {
        query: { family },
        signal,
      }),
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKey(id),
    queryFn: ({ signal }) => apiRequest<PlanDetail>(`/pokja-plans/${enc(id)}`, { signal }),
    retry: (count, err) => count < 2 && !(err as { status?: number }).status,
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: versionsKey(id),
    queryFn: ({ signal }) =>
      apiRequest<{ items: VersionSummary[] }>(`/pokja-plans/${enc(id)}/versions`, { signal }),
  });
}

export function fetchVersion(id: string, version: number) {
  return apiRequest<VersionDetail>(`/pokja-plans/${enc(id)}/versions/${version}`);
}

export function exportUrl(id: string, format: 'pdf' | 'xlsx') {
  return `/api/pokja-plans/${enc(id)}/export.${format}`;
}

export function useCreatePlan(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlan) =>
      apiRequest<PlanDetail>(`${regionPath(regionCode)}/pokja-plans`, { method: 'POST', body }),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['pokja-plans', regionCode] });
    },
  });
}

/** Every write answers the whole plan: it goes into the cache; the list and versions are read again. */
export function usePlanWrite<B>(send: (body: B) => Promise<PlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['pokja-plans', plan.regionCode] });
      void queryClient.invalidateQueries({ queryKey: versionsKey(plan.id) });
      if (plan.revisesPlanId) void queryClient.invalidateQueries({ queryKey: planKey(plan.revisesPlanId) });
    },
  });
}

export const savePlan = (id: string) => (body: SavePlan) =>
  apiRequest<PlanDetail>(`/pokja-plans/${enc(id)}`, { method: 'PUT', body });
export const adoptPlan = (id: string) => (body: { version: number; reference: string }) =>
  apiRequest<PlanDetail>(`/pokja-plans/${enc(id)}/adopt`, { method: 'POST', body });
export const revisePlan = (id: string) => (body: { version: number }) =>
  apiRequest<PlanDetail>(`/pokja-plans/${enc(id)}/revise`, { method: 'POST', body });
export const saveProgress = (id: string) => (body: SaveProgress) =>
  apiRequest<PlanDetail>(`/pokja-plans/${enc(id)}/progress`, { method: 'PUT', body });
export const deletePlan = (id: string, version: number) =>
  apiRequest<{ ok: true }>(`/pokja-plans/${enc(id)}`, { method: 'DELETE', body: { version } });
