import type { TFunction } from 'i18next';
import { formatDecimal, formatNumber } from '../../components/format.ts';
import { formatRupiah } from '../../components/money.ts';
import type { MonevReport } from './api.ts';

/**
 * The report's totals that fall below the previous quarter's (DP3A corrected an earlier
 * quarter upwards): a message per field, shown at its box like a refused save, so the
 * operator sees what to correct before the report is submitted again.
 */
export function seriesErrors(report: MonevReport, t: TFunction): Record<string, string> {
  const shown = (field: string, previous: string | number) =>
    typeof previous === 'number'
      ? formatNumber(previous)
      : field === 'budgetRealised'
        ? formatRupiah(previous)
        : formatDecimal(previous);
  return Object.fromEntries(
    report.seriesIssues.map((i) => [
      i.field,
      t('monev.report.seriesIssue', { previous: shown(i.field, i.previous) }),
    ]),
  );
}
