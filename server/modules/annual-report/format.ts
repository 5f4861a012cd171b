/**
 * Indonesian presentation of the assembled sections: every figure leaves the server as the text
 * the document prints (api/annual-report.ts says why), so the formatting lives here once.
 */
import { formatRupiah } from '../../../domain/planning/money.js';
import { formatNumber, NO_VALUE } from '../../lib/pdf/format.js';
import type { ReportTable } from '../../../api/annual-report.js';

export { formatRupiah as rupiah, NO_VALUE };

/** 1234 → "1.234". */
export const count = (n: number): string => formatNumber(n, 0);

/** "45.20" (a two-decimal share) → "45,20 %"; null → "–". */
export function percent(share: string | number | null): string {
  if (share === null) return NO_VALUE;
  return `${formatNumber(Number(share), 2)} %`;
}

/** part of whole as "45,20 %", "–" without a whole. */
export function percentOf(part: number, whole: number): string {
  return whole > 0 ? percent(Math.round((part / whole) * 10_000) / 100) : NO_VALUE;
}

type Column = [label: string, align?: 'left' | 'right'];

/** A table of the print model: the first column left-aligned unless said, the others right. */
export function table(
  key: string,
  title: string,
  columns: Column[],
  rows: string[][],
  empty: string,
): ReportTable {
  return {
    key,
    title,
    columns: columns.map(([label, align], i) => ({ label, align: align ?? (i === 0 ? 'left' : 'right') })),
    rows,
    empty,
  };
}

export const fact = (key: string, label: string, value: string) => ({ key, label, value });
