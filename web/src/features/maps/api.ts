import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Topology } from 'topojson-specification';
import type { regionFiguresQuery, regionFiguresResponse } from '../../../../api/explore.ts';
import type { indexRegionFiguresQuery } from '../../../../api/indices.ts';
import type { MapScopes } from '../../../../domain/maps/access.ts';
import { apiRequest } from '../../app/api.ts';

export type MapLevel = 'provinsi' | 'kabkota';

/**
 * The scope and level the address asks for, held to what the user may open: superadmin any
 * (national by default), a provinsi account its own province's kab/kota.
 */
export function mapPlaceOf(params: URLSearchParams, scopes: MapScopes): { scope: string; level: MapLevel } {
  const own = scopes.provinces !== null && scopes.provinces !== 'all' ? scopes.provinces : null;
  const raw = params.get('scope');
  const scope =
    scopes.national && raw && (raw === 'national' || /^\d{2}$/.test(raw)) ? raw : (own ?? 'national');
  const level: MapLevel = scope === 'national' && params.get('level') !== 'kabkota' ? 'provinsi' : 'kabkota';
  return { scope, level };
}

/** One indicator-year for every region of a scope (GET /api/explore/regions, api/explore.ts). */
export type RegionFigures = z.infer<typeof regionFiguresResponse>;
export type RegionFigureRow = RegionFigures['rows'][number];
export type RegionFiguresQuery = z.input<typeof regionFiguresQuery>;

/** `provinces`, `kabkota` (the nation) or `kabkota-<province code>` (GET /api/maps/geometry/:layer). */
export function geometryLayerOf(scope: string, level: MapLevel): string {
  if (level === 'provinsi') return 'provinces';
  return scope === 'national' ? 'kabkota' : `kabkota-${scope}`;
}

export function geometryQuery(layer: string) {
  return {
    queryKey: ['maps', 'geometry', layer],
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      apiRequest<Topology>(`/maps/geometry/${encodeURIComponent(layer)}`, { signal }),
    // The boundaries change only with a release; the browser revalidates with the ETag.
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  };
}

export function useGeometry(layer: string) {
  return useQuery(geometryQuery(layer));
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

export type IndexFiguresQuery = z.input<typeof indexRegionFiguresQuery>;

/** One index-year for every region of a scope (GET /api/indices/regions), in the same shape. */
export function useIndexRegionFigures(query: IndexFiguresQuery | null) {
  return useQuery({
    queryKey: ['indices', 'regions', query],
    queryFn: ({ signal }) => apiRequest<RegionFigures>('/indices/regions', { query: { ...query! }, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
