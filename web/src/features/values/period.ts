import { useQueries } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { parsePeriod } from '../../../../domain/period.ts';
import { apiRequest } from '../../app/api.ts';
import type { ReviewRow } from './api.ts';

/** How many years back the default-period probe looks for values. */
const PROBE_YEARS = 6;

export function currentYear(): number {
  return new Date().getFullYear();
}

/** The years offered in period pickers, newest first. */
export function yearOptions(): number[] {
  const now = currentYear();
  return Array.from({ length: 16 }, (_, i) => now - i);
}

/**
 * The period to open when the address names none: the latest year with values (of one OPD
 * when given), else last year, the year officials usually report on. The API has no "periods
 * with values" endpoint, so the status board of the last few years is asked instead.
 * Answers null while still asking.
 */
export function useDefaultPeriod(regionCode: string, opdId: string | null, enabled: boolean): string | null {
  const now = currentYear();
  const years = Array.from({ length: PROBE_YEARS }, (_, i) => String(now - i));
  const results = useQueries({
    queries: years.map((period) => ({
      queryKey: ['entry', regionCode, 'status', period],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<{ items: ReviewRow[] }>(`/regions/${encodeURIComponent(regionCode)}/entry/status`, {
          query: { period },
          signal,
        }),
      enabled,
    })),
  });
  if (!enabled) return null;
  if (results.some((r) => r.isPending)) return null;
  const hasValues = (items: ReviewRow[] | undefined) =>
    (items ?? []).some(
      (row) => (!opdId || row.opd.id === opdId) && row.draft + row.submitted + row.verified > 0,
    );
  const found = years.find((_, i) => hasValues(results[i].data?.items));
  return found ?? String(now - 1);
}

/** The period and OPD chosen in the address (`?period=2025&opd=…`), so links can open them. */
export function useEntryParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('period');
  const period = raw && parsePeriod(raw) ? raw : null;
  const opd = params.get('opd') || null;
  const set = (next: { period?: string; opd?: string | null }) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (next.period !== undefined) copy.set('period', next.period);
      if (next.opd !== undefined) {
        if (next.opd) copy.set('opd', next.opd);
        else copy.delete('opd');
      }
      return copy;
    });
  return { period, opd, set };
}
