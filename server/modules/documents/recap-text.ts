/** The words and numbers of the ARG recap, shared by its PDF and its workbook. */
import type { RecapCategory } from '../../../domain/planning/arg-recap.js';
import { formatRupiah, percentShare } from '../../../domain/planning/money.js';
import type { ArgRecap } from '../planning/recap.js';

export const CATEGORY_LABELS: Record<RecapCategory, string> = {
  khusus: 'Anggaran khusus/spesifik gender',
  kesetaraan: 'Anggaran kesetaraan gender (afirmasi)',
  kelembagaan: 'Anggaran penguatan kelembagaan PUG',
  netral: 'Tidak responsif gender (netral)',
  untagged: 'Belum ditandai',
};

/** "12.50" → "12,50%". */
export function percent(share: string): string {
  return `${share.replace('.', ',')}%`;
}

export function programShare(p: ArgRecap['byProgram'][number]): string {
  return percentShare(p.responsive, p.budget);
}

export function recapTitle(regionName: string, year: number): { title: string; subtitle: string } {
  return {
    title: 'REKAPITULASI ANGGARAN RESPONSIF GENDER (ARG)',
    subtitle: `${regionName} · Tahun Anggaran ${year}`,
  };
}

/** One summary figure: the workbook writes it as a number cell, the PDF as Indonesian text. */
export type SummaryFigure =
  { kind: 'money'; value: string } | { kind: 'percent'; value: string } | { kind: 'count'; value: number };

export const SUMMARY_FIGURES = (r: ArgRecap): [string, SummaryFigure][] => [
  ['Total pagu sub kegiatan', { kind: 'money', value: r.totalBudget }],
  ['Anggaran responsif gender (ARG)', { kind: 'money', value: r.responsiveAmount }],
  ['ARG dengan GAP disetujui', { kind: 'money', value: r.approvedAmount }],
  ['Persentase ARG terhadap pagu', { kind: 'percent', value: r.responsiveShare }],
  ['OPD belum mengajukan GAP', { kind: 'count', value: r.notSubmitted.length }],
];

function figureText(f: SummaryFigure): string {
  if (f.kind === 'money') return formatRupiah(f.value);
  if (f.kind === 'percent') return percent(f.value);
  return String(f.value);
}

export const SUMMARY_ROWS = (r: ArgRecap): [string, string][] =>
  SUMMARY_FIGURES(r).map(([label, figure]) => [label, figureText(figure)]);
