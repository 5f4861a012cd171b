import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { gapDocument } from '../../../../api/gap.ts';
import type {
  createSubActivityBody,
  listSubActivitiesQuery,
  nomenclatureEntry,
  nomenclatureList,
  subActivityPage,
  subActivitySchema,
  updateSubActivityBody,
  yearsSchema,
} from '../../../../api/planning.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the planning API (api/planning.ts). */
export type NomenclatureEntry = z.infer<typeof nomenclatureEntry>;
export type SubActivity = z.infer<typeof subActivitySchema>;
/** The list page with `totals`: sums over the whole filter, not just this page. */
export type SubActivityPage = z.infer<typeof subActivityPage>;
export type ArgFilter = NonNullable<z.infer<typeof listSubActivitiesQuery>['arg']>;
export type SubActivityInput = z.input<typeof createSubActivityBody>;

/** The list's filters as the page keeps them (no OPD: null). */
export interface SubActivityParams {
  year: number;
  opdId: string | null;
  q: string;
  arg: ArgFilter;
  page: number;
  pageSize: number;
}

export function usePlanningYears(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['planning', regionCode, 'years'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof yearsSchema>>(`${regionPath(regionCode)}/planning-years`, { signal }),
    select: (data) => data.years,
    enabled,
  });
}

export function useSubActivities(regionCode: string, params: SubActivityParams, enabled = true) {
  return useQuery({
    queryKey: ['planning', regionCode, 'sub-activities', params],
    queryFn: ({ signal }) =>
      apiRequest<SubActivityPage>(`${regionPath(regionCode)}/sub-activities`, {
        query: {
          year: params.year,
          opdId: params.opdId ?? undefined,
          q: params.q,
          arg: params.arg,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Adds a line, edits its fields, or tags its ARG category and amount. */
export function useSaveSubActivity(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
    }:
      | { id: string; input: z.input<typeof updateSubActivityBody> }
      | { id?: undefined; input: SubActivityInput }) =>
      id
        ? apiRequest<SubActivity>(`/sub-activities/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body: input,
          })
        : apiRequest<SubActivity>(`${regionPath(regionCode)}/sub-activities`, {
            method: 'POST',
            body: input,
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['planning', regionCode] }),
  });
}

/** Starts the GAP of a sub-kegiatan; answers the new document (its id opens the editor). */
export function useStartGap(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subActivityId: string) =>
      apiRequest<z.infer<typeof gapDocument>>(`/sub-activities/${encodeURIComponent(subActivityId)}/gap`, {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['planning', regionCode] }),
  });
}

export function useNomenclatureSearch(q: string, level: NomenclatureEntry['level'] | null) {
  const text = q.trim();
  return useQuery({
    queryKey: ['nomenclature', level, text],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof nomenclatureList>>('/nomenclature', {
        query: { q: text, level: level ?? undefined, limit: 30 },
        signal,
      }),
    select: (data) => data.items,
    enabled: text.length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export const importUrl = (regionCode: string, year: number) =>
  `/api${regionPath(regionCode)}/sub-activities/import?year=${year}`;

export const IMPORT_TEMPLATE_URL = '/api/sub-activities/import-template.xlsx';
