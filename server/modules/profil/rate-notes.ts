/**
 * The publish rule of rates in print (domain/rate-mismatch.ts): where a typed rate was set
 * aside for the one computed from its counts, the PDF and the XLSX say so under the
 * indicator's table, in the same words, so a reader comparing with the OPD's own report
 * sees why the figures differ.
 */
import { writtenDecimals } from '../../../domain/rate-mismatch.js';
import { formatNumber } from './format.js';
import type { ProfilIndicator } from './model.js';

/** The rule itself, for the publication's introduction. */
export const RATE_RULE_TEXT =
  'Indikator rasio yang pembilang dan penyebutnya tersedia disajikan sebagai hasil hitung dari ' +
  'keduanya (pengali × pembilang ÷ penyebut); angka rasio yang diisi OPD tetap tersimpan dan, bila ' +
  'berbeda lebih dari selisih pembulatan, disebutkan dalam catatan di bawah tabel indikatornya. Tanpa ' +
  'pembilang dan penyebut, yang disajikan adalah angka rasio yang diisi.';

const SEX_NAMES = { P: 'perempuan', L: 'laki-laki' } as const;

/** One sentence per year and sex where the typed rate was set aside; none when nothing was. */
export function rateNotes(ind: ProfilIndicator): string[] {
  return ind.rows.flatMap((r) =>
    (r.setAside ?? []).map(
      (s) =>
        `Catatan: ${r.year}, ${SEX_NAMES[s.sex]} — angka yang diisi ${formatNumber(s.typed, writtenDecimals(s.typed))} ` +
        `berbeda dari hasil hitung pembilang dan penyebut; yang disajikan ${formatNumber(s.published, ind.decimals)}.`,
    ),
  );
}
