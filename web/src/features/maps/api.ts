import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Topology } from 'topojson-specification';
import type { regionFiguresQuery, regionFiguresResponse } from '../../../../api/explore.ts';
import type { indexRegionFiguresQuery } from '../../../../api/indices.ts';
import { INDEX_CODES, type IndexCode } from '../../../../domain/indices/constants.ts';
import type { MapScopes } from '../../../../domain/maps/access.ts';
import {
  CLASS_METHODS,
  MAP_MEASURES,
  type ClassMethod,
  type MapMeasure,
} from '../../../../domain/maps/classes.ts';
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

const INDICATOR_CODE = /^[A-Z0-9_]{2,40}$/;
/** What the map shows: a data terpilah indicator, or a gender index (features/indices). */
export const MAP_KINDS = ['indicator', 'index'] as const;
export type MapKind = (typeof MAP_KINDS)[number];
/** Only the IPG has a figure by sex (its IPM P and L); the other indices map their value alone. */
export const hasSexes = (kind: MapKind, index: IndexCode) => kind === 'indicator' || index === 'ipg';
const THIS_YEAR = new Date().getFullYear();
/** The years offered: this year back fifteen; the default is last year (this year's data come late). */
export const MAP_YEARS = Array.from({ length: 16 }, (_, i) => THIS_YEAR - i);

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export interface MapView {
  scope: string;
  level: MapLevel;
  kind: MapKind;
  /** Null until the user picks one (or the address names no valid code). */
  indicatorCode: string | null;
  indexCode: IndexCode;
  year: string;
  measure: MapMeasure;
  method: ClassMethod;
}

/**
 * Everything the map shows, read from the address once: the route prefetches what the page
 * will ask for while the page's chunk loads, so both must read the same view.
 */
export function mapViewOf(params: URLSearchParams, scopes: MapScopes): MapView {
  const { scope, level } = mapPlaceOf(params, scopes);
  const rawIndicator = params.get('indicator');
  const kind = pick(params.get('kind'), MAP_KINDS, 'indicator');
  const indexCode = pick(params.get('index'), INDEX_CODES, 'ipg');
  return {
    scope,
    level,
    kind,
    indicatorCode: rawIndicator && INDICATOR_CODE.test(rawIndicator) ? rawIndicator : null,
    indexCode,
    year: pick(params.get('year'), MAP_YEARS.map(String), String(THIS_YEAR - 1)),
    measure: hasSexes(kind, indexCode) ? pick(params.get('measure'), MAP_MEASURES, 'total') : 'total',
    method: pick(params.get('method'), CLASS_METHODS, 'quantile'),
  };
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

/** The figures a view maps: an indicator's (GET /api/explore/regions) or an index's (GET /api/indices/regions). */
export function figuresQuery(view: MapView) {
  const { kind, indicatorCode, indexCode, year, scope, level } = view;
  const { path, query } =
    kind === 'index'
      ? {
          path: '/indices/regions',
          query: { index: indexCode, year, scope, level } satisfies IndexFiguresQuery,
        }
      : {
          path: '/explore/regions',
          query: { indicator: indicatorCode ?? '', year, scope, level } satisfies RegionFiguresQuery,
        };
  return {
    queryKey: ['maps', 'figures', path, query],
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiRequest<RegionFigures>(path, { query, signal }),
    staleTime: 60_000,
  };
}

/** An indicator map waits for its indicator to be picked. */
export const figuresWanted = (view: MapView) => view.kind === 'index' || view.indicatorCode !== null;

export function useFigures(view: MapView) {
  return useQuery({ ...figuresQuery(view), enabled: figuresWanted(view), placeholderData: keepPreviousData });
}

/** One index-year for every region of a scope (GET /api/indices/regions), in the same shape. */
export type IndexFiguresQuery = z.input<typeof indexRegionFiguresQuery>;
