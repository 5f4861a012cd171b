/** Calendar dates as an Indonesian certificate writes them ("3–4 Desember 2024"). */

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** `2024-12-04` → "4 Desember 2024". */
export function longDateId(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** One day, or a range that names its month and year once where they are shared. */
export function dateRangeId(start: string, end: string): string {
  if (start === end) return longDateId(start);
  const a = parts(start);
  const b = parts(end);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${longDateId(end)}`;
  return `${longDateId(start)} – ${longDateId(end)}`;
}
