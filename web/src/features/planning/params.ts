import { useSearchParams } from 'react-router';
import { usePlanningYears } from './api.ts';

export function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * Year and OPD in the address (`?year=2025&opd=…`), so the recap can link to one OPD's lines
 * and a reload keeps the view.
 */
export function usePlanningParams() {
  const [params, setParams] = useSearchParams();
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : null;
  const opd = params.get('opd') || null;
  const set = (next: { year?: number; opd?: string | null }) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (next.year !== undefined) copy.set('year', String(next.year));
      if (next.opd !== undefined) {
        if (next.opd) copy.set('opd', next.opd);
        else copy.delete('opd');
      }
      return copy;
    });
  return { year, opd, set };
}

/**
 * The years offered: those with sub-kegiatan, plus the current and next year (budgets are
 * planned a year ahead), newest first; the default is the latest year with lines.
 */
export function usePlanningYearChoice(regionCode: string, enabled: boolean, chosen: number | null) {
  const years = usePlanningYears(regionCode, enabled);
  const now = currentYear();
  const known = years.data ?? [];
  const options = [...new Set([...known, now, now + 1, ...(chosen ? [chosen] : [])])].sort((a, b) => b - a);
  const latest = known.length > 0 ? Math.max(...known) : now;
  return { year: chosen ?? (years.isPending && enabled ? null : latest), options, query: years };
}
