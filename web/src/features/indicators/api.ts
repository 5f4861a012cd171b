import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api.ts';
import type { Page } from '../../app/types.ts';

/** An indicator as GET /api/indicators answers it (docs/api-data.md). */
export interface Indicator {
  code: string;
  ownerRegionCode: string;
  nameId: string;
  nameEn: string;
  definitionId: string;
  definitionEn: string;
  unit: string;
  domainGroup: string;
  periodicity: string;
  source: string;
  sourceNote: string;
  aggregation: string;
  numeratorCode: string | null;
  denominatorCode: string | null;
  multiplier: string | null;
  dimensions: string[];
  sexes: string[];
  decimals: number;
  percentBounded: boolean;
  jumpWarningPct: string | null;
  responsibleOpdHint: string | null;
  refs: Record<string, string>;
  active: boolean;
}

export interface DimensionSet {
  code: string;
  ownerRegionCode: string;
  nameId: string;
  nameEn: string;
  builtin: boolean;
  members: { code: string; labelId: string; labelEn: string }[];
}

export interface Assignment {
  indicatorCode: string;
  opdId: string;
  opdName: string;
}

const enc = encodeURIComponent;

/**
 * The whole catalog a region sees, in one request: it holds tens to a few hundred entries,
 * so filtering by unit, source and OPD (which the API does not offer) happens in the browser.
 */
export function useIndicatorCatalog(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['indicators', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<Page<Indicator>>('/indicators', {
        query: { region: regionCode, page: 1, pageSize: 500 },
        signal,
      }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useDimensionSets(regionCode: string) {
  return useQuery({
    queryKey: ['dimension-sets', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<{ items: DimensionSet[] }>('/dimension-sets', { query: { region: regionCode }, signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useAssignments(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['assignments', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Assignment[] }>(`/regions/${enc(regionCode)}/assignments`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useSetAssignment(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorCode, opdId }: { indicatorCode: string; opdId: string | null }) =>
      apiRequest<{ indicatorCode: string; opdId: string | null }>(
        `/regions/${enc(regionCode)}/assignments/${enc(indicatorCode)}`,
        { method: 'PUT', body: { opdId } },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments', regionCode] });
      // Entry grids and the review board list indicators by their OPD.
      void queryClient.invalidateQueries({ queryKey: ['entry', regionCode] });
    },
  });
}
