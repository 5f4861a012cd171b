/**
 * Reading a BPS static table ("tabel statis", e.g. "Umur Harapan Hidup Saat Lahir Perempuan
 * menurut Kabupaten/Kota, 2021–2023"): one component, regions down the first column (names as
 * BPS writes them, or codes), years across the header. These rules say how its cells are read;
 * the import (server/modules/indices/import.ts) applies them and names every refused cell.
 */
import { normaliseRegionName } from '../maps/region-names.js';

/** A header cell that is a year ("2023", "2023*" for a provisional figure, "Tahun 2023"). */
export function yearOfHeader(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})\*{0,2}\s*$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** BPS's marks for "no figure": dash, dots, "NA". */
export function isNoFigure(text: string): boolean {
  return /^(?:-|–|—|\.{2,3}|…|na|n\/a|tidak ada data)$/i.test(text.trim());
}

/** BPS writes "Sulawesi Tengah", "Provinsi Sulawesi Tengah" or "SULAWESI TENGAH" for a province. */
export function regionNameKey(name: string): string {
  return normaliseRegionName(name.replace(/\b(provinsi|prov\.?)\b/gi, ' '));
}

/** A code as Kemendagri ("72.71") or BPS ("7271") writes it, in Kemendagri's form; else null. */
export function regionCodeOfCell(text: string): string | null {
  const t = text.trim();
  if (/^\d{2}(\.\d{2})?$/.test(t)) return t;
  if (/^\d{4}$/.test(t)) return `${t.slice(0, 2)}.${t.slice(2)}`;
  return null;
}

/**
 * BPS publishes expenditure per capita in thousands of Rupiah (11.899 = Rp11.899.000). A real
 * figure in Rupiah is never under the method's Rp1 million floor, so a value under 100 000 in a
 * Rupiah column is read as thousands — and the import says so.
 */
export const THOUSANDS_BELOW = 100_000;
