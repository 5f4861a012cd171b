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

export const SUMMARY_ROWS = (r: ArgRecap): [string, string][] => [
  ['Total pagu sub kegiatan', formatRupiah(r.totalBudget)],
  ['Anggaran responsif gender (ARG)', formatRupiah(r.responsiveAmount)],
  ['ARG dengan GAP disetujui', formatRupiah(r.approvedAmount)],
  ['Persentase ARG terhadap pagu', percent(r.responsiveShare)],
  ['OPD belum mengajukan GAP', String(r.notSubmitted.length)],
];
