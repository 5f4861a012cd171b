import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { periodsResponse } from '../../../../api/values.ts';
import { parsePeriod } from '../../../../domain/period.ts';
import { apiRequest } from '../../app/api.ts';

export function currentYear(): number {
  return new Date().getFullYear();
}

/** The years offered in period pickers, newest first. */
export function yearOptions(): number[] {
  const now = currentYear();
  return Array.from({ length: 16 }, (_, i) => now - i);
}

/**
 * The period to open when the address names none: the latest year the pickers offer that holds
 * values (of one OPD when given; an operator's are always their own OPD's), else last year, the
 * year officials usually report on. GET /regions/:code/periods lists the periods with values.
 * Answers null while still asking.
 */
export function useDefaultPeriod(regionCode: string, opdId: string | null, enabled: boolean): string | null {
  const periods = useQuery({
    queryKey: ['entry', regionCode, 'periods', opdId],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof periodsResponse>>(`/regions/${encodeURIComponent(regionCode)}/periods`, {
        query: { opd: opdId },
        signal,
      }),
    enabled,
  });
  if (!enabled || periods.isPending) return null;
  const offered = new Set(yearOptions().map(String));
  const latest = (periods.data?.items ?? []).find((p) => offered.has(p.period));
  return latest?.period ?? String(currentYear() - 1);
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
