/**
 * Rupiah amounts of the GBS as exact strings ("1250000.00"), computed in sen (hundredths) as
 * BigInt: a float would lose sen on sums of large budgets.
 */

/** At most 16 integer digits and 2 decimals: what numeric(18,2) holds. */
const RUPIAH = /^\d{1,16}(\.\d{1,2})?$/;

export function isRupiah(s: string): boolean {
  return RUPIAH.test(s);
}

/** "1250000.5" -> 125000050n. Throws on anything `isRupiah` refuses. */
export function toSen(s: string): bigint {
  if (!isRupiah(s)) throw new Error(`not a Rupiah amount: ${s}`);
  const [whole, frac = ''] = s.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** 125000050n -> "1250000.50". */
export function fromSen(sen: bigint): string {
  const neg = sen < 0n;
  const abs = neg ? -sen : sen;
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Splits `total` into `parts` amounts that add up to it exactly; the remainder goes on the last. */
export function splitSen(total: bigint, parts: number): bigint[] {
  if (parts <= 0) return [];
  const share = total / BigInt(parts);
  const out = Array.from({ length: parts }, () => share);
  out[parts - 1] += total - share * BigInt(parts);
  return out;
}

/** Σ of valid amounts; invalid ones count as zero (completeness reports them separately). */
export function sumRupiah(amounts: string[]): string {
  return fromSen(amounts.filter(isRupiah).reduce((a, s) => a + toSen(s), 0n));
}

/** "1250000.00" -> "Rp 1.250.000", "1250000.50" -> "Rp 1.250.000,50" (Indonesian grouping). */
export function formatRupiah(s: string): string {
  if (!isRupiah(s)) return s;
  const [whole, frac = ''] = s.split('.');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sen = frac.padEnd(2, '0');
  return sen === '00' ? `Rp ${grouped}` : `Rp ${grouped},${sen}`;
}
