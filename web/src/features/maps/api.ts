import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Topology } from 'topojson-specification';
import type { regionFiguresQuery, regionFiguresResponse } from '../../../../api/explore.ts';
import { apiRequest } from '../../app/api.ts';

/** One indicator-year for every region of a scope (GET /api/explore/regions, api/explore.ts). */
export type RegionFigures = z.infer<typeof regionFiguresResponse>;
export type RegionFigureRow = RegionFigures['rows'][number];
export type RegionFiguresQuery = z.input<typeof regionFiguresQuery>;

/** `provinces`, `kabkota` (the nation) or `kabkota-<province code>` (GET /api/maps/geometry/:layer). */
export function geometryLayerOf(scope: string, level: 'provinsi' | 'kabkota'): string {
  if (level === 'provinsi') return 'provinces';
  return scope === 'national' ? 'kabkota' : `kabkota-${scope}`;
}

export function useGeometry(layer: string) {
  return useQuery({
    queryKey: ['maps', 'geometry', layer],
    queryFn: ({ signal }) => apiRequest<Topology>(`/maps/geometry/${encodeURIComponent(layer)}`, { signal }),
    // The boundaries change only with a release; the browser revalidates with the ETag.
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}

export function useRegionFigures(query: RegionFiguresQuery | null) {
  return useQuery({
    queryKey: ['explore', 'regions', query],
    queryFn: ({ signal }) => apiRequest<RegionFigures>('/explore/regions', { query: { ...query! }, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
