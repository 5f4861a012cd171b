import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, regionPath } from '../../app/api.ts';
import type { Page } from '../../app/types.ts';
import type { ArgCategory, GapStatus } from './arg.ts';

/** Shapes of the planning API (docs/api-planning.md; server/modules/planning/schemas.ts). */

export interface NomenclatureEntry {
  code: string;
  level: 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'sub_kegiatan';
  parentCode: string | null;
  name: string;
  performance: string;
  indicator: string;
  unit: string;
  source: string;
}

export interface SubActivity {
  id: string;
  regionCode: string;
  year: number;
  opdId: string;
  opdName: string;
  opdShortName: string;
  code: string;
  name: string;
  outputIndicator: string;
  target: string;
  budget: string;
  argCategory: ArgCategory | null;
  argAmount: string | null;
  isDemo: boolean;
  /** Names of the program and kegiatan above the code, where the nomenclature knows them. */
  programName: string | null;
  kegiatanName: string | null;
  gap: { id: string; status: GapStatus; submission: number } | null;
}

/** The list page with `totals`: sums over the whole filter, not just this page. */
export interface SubActivityPage extends Page<SubActivity> {
  totals: { budget: string; argAmount: string };
}

export type ArgFilter = '' | ArgCategory | 'responsive' | 'untagged';

export interface SubActivityParams {
  year: number;
  opdId: string | null;
  q: string;
  arg: ArgFilter;
  page: number;
  pageSize: number;
}

export interface SubActivityInput {
  year: number;
  opdId: string;
  code: string;
  name: string;
  outputIndicator: string;
  target: string;
  budget: string;
}

export function usePlanningYears(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['planning', regionCode, 'years'],
    queryFn: ({ signal }) =>
      apiRequest<{ years: number[] }>(`${regionPath(regionCode)}/planning-years`, { signal }),
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
    }: {
      id?: string;
      input: Partial<SubActivityInput> & { argCategory?: ArgCategory | null; argAmount?: string | null };
    }) =>
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
      apiRequest<{ id: string }>(`/sub-activities/${encodeURIComponent(subActivityId)}/gap`, {
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
      apiRequest<{ items: NomenclatureEntry[] }>('/nomenclature', {
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
