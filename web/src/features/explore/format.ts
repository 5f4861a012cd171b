import { formatDecimal } from '../../components/format.ts';

/** What a cell shows where the server could form no number (a missing sex, no parts). */
export const NO_VALUE = '–';

/**
 * A computed aggregate (a float from the API) with the indicator's decimals, written the
 * Indonesian way (`1.234,5`) by the same digit-by-digit routine as stored values.
 */
export function formatAggregate(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const fixed = value.toFixed(Math.max(0, Math.min(decimals, 6)));
  // -0,00 would suggest a gap where there is none.
  return formatDecimal(Number(fixed) === 0 ? fixed.replace('-', '') : fixed);
}

/** P/L, the parity index: 1,00 means parity; two decimals are what publications print. */
export function formatRatio(value: number | null | undefined): string {
  return formatAggregate(value, 2);
}

/** A share (0.054) as a percentage with one decimal (`5,4%`). */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${formatAggregate(value * 100, 1)}%`;
}

/** A signed change, with an explicit plus so widening and narrowing read apart. */
export function formatSigned(value: number | null | undefined, decimals: number): string {
  const text = formatAggregate(value, decimals);
  return value !== null && value !== undefined && value > 0 && text !== formatAggregate(0, decimals)
    ? `+${text}`
    : text;
}
