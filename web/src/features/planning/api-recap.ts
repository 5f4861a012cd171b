import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { okSchema } from '../../../../api/common.ts';
import type {
  recapExportParams,
  setContentsSchema,
  setExportParams,
  setExportQuery,
} from '../../../../api/documents.ts';
import type { argRecapSchema } from '../../../../api/planning.ts';
import type {
  createRpjmdBody,
  createTargetBody,
  planTargetList,
  planTargetSchema,
  rpjmdList,
  rpjmdSchema,
  updateRpjmdBody,
  updateTargetBody,
} from '../../../../api/planning-rpjmd.ts';
import { apiRequest, buildQuery, regionPath } from '../../app/api.ts';

/** GET /api/regions/:code/arg-recap?year= (api/planning.ts). Money as strings, shares "12.34". */
export type ArgRecap = z.infer<typeof argRecapSchema>;
export type RecapOpd = ArgRecap['byOpd'][number];

export function useArgRecap(regionCode: string, year: number | null) {
  return useQuery({
    queryKey: ['planning', regionCode, 'recap', year],
    queryFn: ({ signal }) =>
      apiRequest<ArgRecap>(`${regionPath(regionCode)}/arg-recap`, {
        query: { year },
        signal,
      }),
    enabled: year !== null,
  });
}

export const recapExportUrl = (
  regionCode: string,
  year: number,
  format: z.infer<typeof recapExportParams>['format'],
) => `/api${regionPath(regionCode)}/arg-recap.${format}${buildQuery({ year })}`;

/** RPJMD periods and their goals/targets, the RPJMD's own or one OPD's Renstra (api/planning-rpjmd.ts). */
export type RpjmdPeriod = z.infer<typeof rpjmdSchema>;
export type RpjmdInput = z.input<typeof createRpjmdBody>;
export type PlanTarget = z.infer<typeof planTargetSchema>;
/** The OPD of a Renstra target comes from the page, not the form. */
export type PlanTargetInput = Omit<z.input<typeof createTargetBody>, 'opdId'>;

export function useRpjmdPeriods(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['planning', regionCode, 'rpjmd'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof rpjmdList>>(`${regionPath(regionCode)}/rpjmd`, { signal }),
    select: (data) => data.items.slice().sort((a, b) => b.startYear - a.startYear),
    enabled,
  });
}

export function useSaveRpjmd(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: { id: string; input: z.input<typeof updateRpjmdBody> } | { id?: undefined; input: RpjmdInput }) =>
      id
        ? apiRequest<RpjmdPeriod>(`/rpjmd/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<RpjmdPeriod>(`${regionPath(regionCode)}/rpjmd`, {
            method: 'POST',
            body: input,
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['planning', regionCode, 'rpjmd'] }),
  });
}

/** `opdId` null: the RPJMD's own goals; an id: that OPD's Renstra. */
export function usePlanTargets(periodId: string | null, opdId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['plan-targets', periodId, opdId],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof planTargetList>>(`/rpjmd/${encodeURIComponent(periodId!)}/targets`, {
        query: { opdId: opdId ?? undefined },
        signal,
      }),
    select: (data) => data.items.slice().sort((a, b) => a.sortOrder - b.sortOrder),
    enabled: periodId !== null && enabled,
  });
}

export function useSavePlanTarget(periodId: string, opdId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }:
      | { id: string; input: z.input<typeof updateTargetBody> }
      | { id?: undefined; input: PlanTargetInput }) =>
      id
        ? apiRequest<PlanTarget>(`/plan-targets/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<PlanTarget>(`/rpjmd/${encodeURIComponent(periodId)}/targets`, {
            method: 'POST',
            body: { ...input, ...(opdId ? { opdId } : {}) },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-targets', periodId, opdId] }),
  });
}

export function useDeletePlanTarget(periodId: string, opdId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<z.infer<typeof okSchema>>(`/plan-targets/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-targets', periodId, opdId] }),
  });
}

export type DocumentSetKind = z.infer<typeof setExportQuery>['doc'];

/** Every GAP/GBS/TOR of a year, of one OPD or the region, as one PDF or XLSX. */
export const documentSetUrl = (
  regionCode: string,
  filter: { year: number; opdId: string | null; doc: DocumentSetKind },
  format: z.infer<typeof setExportParams>['format'],
) =>
  `/api${regionPath(regionCode)}/pprg-set.${format}${buildQuery({ year: filter.year, opdId: filter.opdId, doc: filter.doc })}`;

/** How many GAP matrices, GBS and TOR the set of a year (and OPD) holds: only those are offered. */
export function useDocumentSetContents(regionCode: string, year: number, opdId: string | null) {
  return useQuery({
    queryKey: ['planning', regionCode, 'set-contents', year, opdId],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof setContentsSchema>>(`${regionPath(regionCode)}/pprg-set`, {
        query: { year, opdId: opdId ?? undefined },
        signal,
      }),
    // A TOR drafted in the editor a moment ago is offered on coming back.
    staleTime: 0,
  });
}
