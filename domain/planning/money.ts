/**
 * Exact Rupiah for budgets (pagu) and ARG amounts. An amount is a canonical decimal string with
 * two decimals (`"1250000.00"`), what PostgreSQL's numeric(18,2) reads and writes; arithmetic
 * runs on BigInt sen (hundredths), never on floats, so sums of large budgets keep every sen.
 */
import { parseDecimal } from '../number-parse.js';

export type MoneyParseError =
  | 'empty'
  | 'not_a_number'
  /** `1,250`: a lone separator followed by three digits could be either reading. */
  | 'ambiguous'
  /** More than two decimals (sen are the smallest unit). */
  | 'too_many_decimals'
  /** More than 16 integer digits: beyond numeric(18,2). */
  | 'too_large';

export type MoneyParseResult = { ok: true; value: string } | { ok: false; reason: MoneyParseError };

const MAX_INTEGER_DIGITS = 16;
/** Beyond this a float no longer holds every sen, so a spreadsheet number could not be exact. */
const MAX_SAFE_FLOAT_AMOUNT = Number.MAX_SAFE_INTEGER / 100;

function canonical(decimal: string): MoneyParseResult {
  const negative = decimal.startsWith('-');
  const [whole, frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  if (frac.length > 2) return { ok: false, reason: 'too_many_decimals' };
  if (whole.length > MAX_INTEGER_DIGITS) return { ok: false, reason: 'too_large' };
  const value = `${whole}.${frac.padEnd(2, '0')}`;
  return { ok: true, value: negative && value !== '0.00' ? `-${value}` : value };
}

/**
 * Reads an amount as people and programs write it: `1.250.000`, `1250000`, `1250000.50`,
 * `Rp 1.250.000,50`, `Rp 1.250.000,-`, or a number from a spreadsheet cell. Text follows
 * domain/number-parse.ts (Indonesian separators win on a lone `.`; `1.250` is 1250). Negative
 * amounts parse (with `-`); callers that need a budget check `isNegativeMoney`.
 */
export function parseRupiah(input: string | number | null | undefined): MoneyParseResult {
  if (input === null || input === undefined) return { ok: false, reason: 'empty' };
  if (typeof input === 'number') return moneyOfNumber(input);
  // Sen have two digits, so `1,250` is almost surely English thousands, not 1,25 Rupiah.
  if (/^[^.,]*\d,\d{3}$/.test(input.trim())) return { ok: false, reason: 'ambiguous' };
  const parsed = parseDecimal(input, { loneSeparator: 'indonesian' });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  return canonical(parsed.value);
}

/**
 * A spreadsheet number: exact when it is a whole number of sen. Float noise from a formula
 * (`0.1 + 0.2`) is rounded to the nearest sen; a real third decimal is refused.
 */
function moneyOfNumber(n: number): MoneyParseResult {
  if (!Number.isFinite(n)) return { ok: false, reason: 'not_a_number' };
  if (Math.abs(n) > MAX_SAFE_FLOAT_AMOUNT) return { ok: false, reason: 'too_large' };
  const sen = Math.round(n * 100);
  if (Math.abs(n * 100 - sen) > 1e-6) return { ok: false, reason: 'too_many_decimals' };
  return { ok: true, value: fromSen(BigInt(sen)) };
}

const MONEY = /^-?\d{1,16}(\.\d{1,2})?$/;

export function isMoney(value: string): boolean {
  return MONEY.test(value);
}

/** An amount that can be a budget: `isMoney` without a sign (what the GAP/GBS forms accept). */
export function isRupiah(value: string): boolean {
  return isMoney(value) && !value.startsWith('-');
}

/** "-1250000.5" -> -125000050n. Throws on a string that is not an amount. */
export function toSen(value: string): bigint {
  if (!isMoney(value)) throw new Error(`not a Rupiah amount: ${value}`);
  const negative = value.startsWith('-');
  const [whole, frac = ''] = (negative ? value.slice(1) : value).split('.');
  const sen = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -sen : sen;
}

/** 125000050n -> "1250000.50". */
export function fromSen(sen: bigint): string {
  const abs = sen < 0n ? -sen : sen;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return sen < 0n ? `-${text}` : text;
}

/** The canonical two-decimal form of an amount string ("1250000.5" -> "1250000.50"). */
export function normaliseMoney(value: string): string {
  return fromSen(toSen(value));
}

export function isNegativeMoney(value: string): boolean {
  return toSen(value) < 0n;
}

export function addMoney(...values: string[]): string {
  return fromSen(values.reduce((sum, v) => sum + toSen(v), 0n));
}

export function subtractMoney(a: string, b: string): string {
  return fromSen(toSen(a) - toSen(b));
}

/** Σ of valid budget amounts; invalid ones count as zero (GAP completeness reports them). */
export function sumRupiah(amounts: string[]): string {
  return fromSen(amounts.filter(isRupiah).reduce((sum, v) => sum + toSen(v), 0n));
}

/** Splits `total` into `parts` amounts that add up to it exactly; the remainder goes on the last. */
export function splitSen(total: bigint, parts: number): bigint[] {
  if (parts <= 0) return [];
  const share = total / BigInt(parts);
  const out = Array.from({ length: parts }, () => share);
  out[parts - 1] += total - share * BigInt(parts);
  return out;
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = toSen(a) - toSen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * `part` as a percentage of `whole` with two decimals, rounded half away from zero
 * (`1` of `3` -> "33.33", `2` of `3` -> "66.67"). A zero whole gives "0.00".
 */
export function percentShare(part: string, whole: string): string {
  return shareOfSen(toSen(part), toSen(whole));
}

export function shareOfSen(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0.00';
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  // Hundredths of a percent: part / whole × 10 000, rounded half up on the absolute value.
  const hundredths = (p * 20000n + w) / (2n * w);
  return fromSen(negative ? -hundredths : hundredths);
}

/**
 * "1250000.50" -> "Rp 1.250.000,50", "1250000.00" -> "Rp 1.250.000" (Indonesian grouping).
 * Text that is not an amount comes back unchanged (the GAP rules flag such a GBS budget
 * separately): an export should still print rather than fail on one odd value.
 */
export function formatRupiah(value: string): string {
  if (!isMoney(value)) return value;
  const sen = toSen(value);
  const abs = sen < 0n ? -sen : sen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = abs % 100n;
  const text = frac === 0n ? `Rp ${whole}` : `Rp ${whole},${frac.toString().padStart(2, '0')}`;
  return sen < 0n ? `-${text}` : text;
}
