import { useState } from 'react';

const DEFAULT_PAGE_SIZE = 20;

/** Where a paged list stands; what PagedTable needs to draw and turn its pages. */
export interface Paging {
  page: number;
  pageSize: number;
  turnPage: (page: number, pageSize: number) => void;
}

export interface PagedQueryState<F> extends Paging {
  filters: F;
  filtered: boolean;
  /** Replaces the filters and goes back to the first page, since the old page may not exist any more. */
  setFilters: (next: F) => void;
  reset: () => void;
}

function differs<F extends object>(a: F, b: F): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof F>;
  return [...keys].some((key) => a[key] !== b[key]);
}

/**
 * Filters plus page of a server-paged list. `isFiltered` is needed only when "no filter"
 * has more than one spelling (a cleared date range, say); otherwise any change from
 * `noFilters` counts.
 */
export function usePagedQueryState<F extends object>(
  noFilters: F,
  isFiltered: (filters: F) => boolean = (filters) => differs(filters, noFilters),
): PagedQueryState<F> {
  const [filters, setFilterValues] = useState<F>(noFilters);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);

  function setFilters(next: F) {
    setFilterValues(next);
    setPage(1);
  }

  return {
    filters,
    filtered: isFiltered(filters),
    setFilters,
    reset: () => setFilters(noFilters),
    page,
    pageSize,
    turnPage: (nextPage, nextSize) => {
      // A new page size reshuffles every page, so the old page number means nothing.
      setPage(nextSize !== pageSize ? 1 : nextPage);
      setPageSize(nextSize);
    },
  };
}
