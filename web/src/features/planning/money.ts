import { parseDecimal } from '../../../../domain/number-parse.ts';

/**
 * Rupiah amounts travel as decimal strings ("1250000.00") and are added here as whole sen in
 * BigInt, never as floats, so a recap of thousands of lines is exact to the sen.
 */

const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1250000.5" -> 125000050n sen; null when the text is not a money amount. */
export function toSen(value: string): bigint | null {
  const m = MONEY.exec(value.trim());
  if (!m) return null;
  const sen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -sen : sen;
}

/** 125000050n -> "1250000.50" (the API's spelling). */
export function fromSen(sen: bigint): string {
  const negative = sen < 0n;
  const abs = negative ? -sen : sen;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole.toString()}.${cents}`;
}

/** Adds money strings exactly; unreadable entries count as zero. */
export function sumMoney(values: readonly (string | null | undefined)[]): string {
  let total = 0n;
  for (const v of values) total += v ? (toSen(v) ?? 0n) : 0n;
  return fromSen(total);
}

/**
 * "Rp 1.250.000" (sen shown only when there are any: "Rp 1.250.000,50"), built digit by digit
 * from the string. Indonesian grouping in both languages, as in official documents.
 */
export function formatRupiah(value: string | null | undefined, withPrefix = true): string {
  if (value === null || value === undefined || value === '') return '—';
  const sen = toSen(value);
  if (sen === null) return value;
  const negative = sen < 0n;
  const abs = negative ? -sen : sen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = abs % 100n;
  const text = cents === 0n ? whole : `${whole},${cents.toString().padStart(2, '0')}`;
  return `${negative ? '-' : ''}${withPrefix ? 'Rp ' : ''}${text}`;
}

/** A money amount as people type it ("Rp 1.250.000", "1250000", "1.250.000,50"), shown back for editing. */
export function formatMoneyInput(value: string | null | undefined): string {
  return value ? formatRupiah(value, false) : '';
}

export type MoneyParse =
  { ok: true; value: string } | { ok: false; reason: 'empty' | 'not_a_number' | 'negative' | 'too_precise' };

/**
 * Reads a typed Rupiah amount. Indonesian separators first (parseDecimal: `1.250.000` is one
 * million two hundred fifty thousand); at most two decimals (sen); never negative.
 */
export function parseMoney(text: string): MoneyParse {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'empty' ? 'empty' : 'not_a_number' };
  if (parsed.value.startsWith('-')) return { ok: false, reason: 'negative' };
  const [whole, frac = ''] = parsed.value.split('.');
  if (frac.length > 2) return { ok: false, reason: 'too_precise' };
  return { ok: true, value: `${whole}.${frac.padEnd(2, '0')}` };
}

/** a ≤ b for two money strings. */
export function moneyAtMost(a: string, b: string): boolean {
  return (toSen(a) ?? 0n) <= (toSen(b) ?? 0n);
}

/** A share "12.34" (percent with two decimals, as the API sends it) as "12,34%". */
export function formatShare(share: string | null | undefined): string {
  if (!share) return '—';
  return `${share.replace('.', ',')}%`;
}

/**
 * part/whole as a percent string with two decimals, rounded half up, computed in BigInt.
 * Used only where the API gives no share (the table's totals row).
 */
export function shareOf(part: string, whole: string): string | null {
  const p = toSen(part) ?? 0n;
  const w = toSen(whole) ?? 0n;
  if (w <= 0n) return null;
  const hundredths = (p * 10000n * 2n + w) / (2n * w);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
