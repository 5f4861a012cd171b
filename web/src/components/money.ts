import type { TFunction } from 'i18next';
import {
  compareMoney,
  fromSen,
  isMoney,
  parseRupiah,
  percentShare,
  toSen as domainToSen,
} from '../../../domain/planning/money.ts';

/**
 * Rupiah amounts travel as decimal strings ("1250000.00"); sums and comparisons go through
 * domain/planning/money.ts (BigInt sen), the same rules the server applies, never floats.
 */

/** "1250000.5" -> 125000050n sen; null when the text is not a money amount. */
export function toSen(value: string): bigint | null {
  const v = value.trim();
  return isMoney(v) ? domainToSen(v) : null;
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

/** An amount shown back in an input the way it would be typed ("1.250.000,50"). */
export function formatMoneyInput(value: string | null | undefined): string {
  return value ? formatRupiah(value, false) : '';
}

export type MoneyParse =
  | { ok: true; value: string }
  | {
      ok: false;
      reason: 'empty' | 'not_a_number' | 'ambiguous' | 'too_many_decimals' | 'too_large' | 'negative';
    };

/**
 * Reads a typed Rupiah amount ("Rp 1.250.000", "1250000", "1.250.000,50") with the server's
 * own parser, so what the form accepts the API accepts; never negative.
 */
export function parseMoney(text: string): MoneyParse {
  const parsed = parseRupiah(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.startsWith('-')) return { ok: false, reason: 'negative' };
  return parsed;
}

/** a ≤ b for two money strings. */
export function moneyAtMost(a: string, b: string): boolean {
  return isMoney(a) && isMoney(b) && compareMoney(a, b) <= 0;
}

/** A share "12.34" (percent with two decimals, as the API sends it) as "12,34%". */
export function formatShare(share: string | null | undefined): string {
  if (!share) return '—';
  return `${share.replace('.', ',')}%`;
}

/** part/whole as a percent string with two decimals; null when there is no whole to share. */
export function shareOf(part: string, whole: string): string | null {
  const w = toSen(whole);
  if (w === null || w <= 0n || toSen(part) === null) return null;
  return percentShare(part.trim(), whole.trim());
}

/** "1,2 M" / "350 jt" style axis labels: a pagu of billions needs no twelve-digit ticks. */
export function shortRupiah(value: number, t: TFunction): string {
  const fmt = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n);
  if (Math.abs(value) >= 1e12) return `${fmt(value / 1e12)} ${t('planning.recap.trillionShort')}`;
  if (Math.abs(value) >= 1e9) return `${fmt(value / 1e9)} ${t('planning.recap.billionShort')}`;
  if (Math.abs(value) >= 1e6) return `${fmt(value / 1e6)} ${t('planning.recap.millionShort')}`;
  return fmt(value);
}
