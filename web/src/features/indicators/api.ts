import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  assignmentList,
  assignmentSchema,
  dimensionSetList,
  dimensionSetSchema,
  indicatorPage,
  indicatorSchema,
  setAssignmentBody,
  setAssignmentResult,
} from '../../../../api/indicators.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of GET /api/indicators, /api/dimension-sets and the assignments (api/indicators.ts). */
export type Indicator = z.infer<typeof indicatorSchema>;
export type DimensionSet = z.infer<typeof dimensionSetSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;

const enc = encodeURIComponent;

/**
 * The whole catalog a region sees, in one request: it holds tens to a few hundred entries,
 * so filtering by unit, source and OPD (which the API does not offer) happens in the browser.
 */
export function useIndicatorCatalog(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['indicators', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof indicatorPage>>('/indicators', {
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
      apiRequest<z.infer<typeof dimensionSetList>>('/dimension-sets', {
        query: { region: regionCode },
        signal,
      }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useAssignments(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['assignments', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof assignmentList>>(`/regions/${enc(regionCode)}/assignments`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useSetAssignment(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicatorCode, opdId }: { indicatorCode: string } & z.input<typeof setAssignmentBody>) =>
      apiRequest<z.infer<typeof setAssignmentResult>>(
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
