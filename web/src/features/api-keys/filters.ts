import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { API_KEY_LIMITS } from '../../../../domain/api-keys.ts';

export const API_KEY_STATUSES = ['active', 'revoked', 'all'] as const;
export type ApiKeyStatusFilter = (typeof API_KEY_STATUSES)[number];

/** The page sizes PagedTable offers; another value in a hand-written link falls back to the default. */
const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

export interface ApiKeyFilters {
  status: ApiKeyStatusFilter;
  q: string;
  page: number;
  pageSize: number;
}

export const NO_API_KEY_FILTERS: ApiKeyFilters = {
  status: 'all',
  q: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * The list's view from the address bar (`?status=revoked&q=kampus&page=2`), so a view is a
 * link one can share. Anything malformed reads as its default rather than an error page.
 */
export function apiKeyFiltersOf(params: URLSearchParams): ApiKeyFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    status: API_KEY_STATUSES.find((s) => s === status) ?? NO_API_KEY_FILTERS.status,
    q: (params.get('q') ?? '').trim().slice(0, API_KEY_LIMITS.email),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the view back, leaving defaults out and every other parameter (the region) alone. */
export function withApiKeyFilters(params: URLSearchParams, filters: ApiKeyFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(NO_API_KEY_FILTERS) as (keyof ApiKeyFilters)[]) {
    const value = filters[key];
    if (value === NO_API_KEY_FILTERS[key]) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The view in the URL and its setters; a new filter goes back to the first page. */
export function useApiKeyFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => apiKeyFiltersOf(params), [params]);
  const update = useCallback(
    (change: Partial<ApiKeyFilters>, replace: boolean) =>
      setParams((prev) => withApiKeyFilters(prev, { ...apiKeyFiltersOf(prev), ...change }), { replace }),
    [setParams],
  );
  const setStatus = useCallback((status: ApiKeyStatusFilter) => update({ status, page: 1 }, false), [update]);
  // Typing replaces the history entry: Back should not step through every pause in typing.
  const setQuery = useCallback((q: string) => update({ q, page: 1 }, true), [update]);
  const turnPage = useCallback(
    (page: number, pageSize: number) =>
      update({ page: pageSize !== filters.pageSize ? 1 : page, pageSize }, false),
    [update, filters.pageSize],
  );
  const reset = useCallback(
    () => update({ status: NO_API_KEY_FILTERS.status, q: '', page: 1 }, false),
    [update],
  );
  return {
    filters,
    filtered: filters.status !== NO_API_KEY_FILTERS.status || filters.q !== '',
    setStatus,
    setQuery,
    turnPage,
    reset,
  };
}
