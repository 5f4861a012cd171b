/**
 * Moving between the review queue and the editor. The queue keeps its filters and page in the
 * address, and opens a document with that address in the history entry's state, so that the
 * editor's back link returns a reviewer to the same filtered queue; a document opened any other
 * way goes back to the sub-kegiatan list.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { GAP_STATUSES } from '../planning/arg.ts';
import type { Paging } from '../../components/usePagedQueryState.ts';
import type { GapStatus } from './api.ts';

export const QUEUE_PATH = '/perencanaan/review';
export const SUB_ACTIVITY_PATH = '/perencanaan/sub-kegiatan';

/** The history state the queue opens a document with. */
export interface EditorState {
  backTo: string;
}

export function queueState(location: { pathname: string; search: string }): EditorState {
  return { backTo: `${location.pathname}${location.search}` };
}

/** Where the back link goes: the queue the editor was opened from, or null. */
export function queueBackTo(state: unknown): string | null {
  const backTo = (state as Partial<EditorState> | null)?.backTo;
  // Only the queue's own address: a history state is not a place to accept any URL from.
  return typeof backTo === 'string' && (backTo === QUEUE_PATH || backTo.startsWith(`${QUEUE_PATH}?`))
    ? backTo
    : null;
}

export interface QueueFilters {
  /** 'latest' until the user picks: the newest budget year, once the years are known. */
  year: number | null | 'latest';
  status: GapStatus | '';
  opdId: string | null;
}

const ALL = 'all';
const DEFAULT_PAGE_SIZE = 20;
const isStatus = (s: string | null): s is GapStatus => (GAP_STATUSES as readonly string[]).includes(s ?? '');
const positive = (raw: string | null, fallback: number) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * The queue's filters and page in the address (`?year=2026&status=submitted&opd=…&page=2`):
 * absent means the default (latest year, awaiting review, every OPD, first page), `all` means
 * no filter.
 */
export function useQueueFilters(): Paging & {
  filters: QueueFilters;
  setFilters: (next: QueueFilters) => void;
} {
  const [params, setParams] = useSearchParams();
  const rawYear = params.get('year');
  const year = rawYear === ALL ? null : rawYear ? positive(rawYear, 0) || 'latest' : 'latest';
  const rawStatus = params.get('status');
  const status = rawStatus === ALL ? '' : isStatus(rawStatus) ? rawStatus : 'submitted';
  const filters: QueueFilters = { year, status, opdId: params.get('opd') || null };
  const page = positive(params.get('page'), 1);
  const pageSize = positive(params.get('size'), DEFAULT_PAGE_SIZE);

  const write = useCallback(
    (change: (copy: URLSearchParams) => void) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          change(copy);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setFilters = (next: QueueFilters) =>
    write((copy) => {
      const set = (key: string, value: string | null) => (value ? copy.set(key, value) : copy.delete(key));
      set('year', next.year === 'latest' ? null : next.year === null ? ALL : String(next.year));
      set('status', next.status === 'submitted' ? null : next.status || ALL);
      set('opd', next.opdId);
      // The old page may not exist under new filters.
      copy.delete('page');
    });
  const turnPage = (nextPage: number, nextSize: number) =>
    write((copy) => {
      // A new page size reshuffles every page, so the old page number means nothing.
      const p = nextSize !== pageSize ? 1 : nextPage;
      if (p > 1) copy.set('page', String(p));
      else copy.delete('page');
      if (nextSize !== DEFAULT_PAGE_SIZE) copy.set('size', String(nextSize));
      else copy.delete('size');
    });
  return { filters, setFilters, page, pageSize, turnPage };
}
