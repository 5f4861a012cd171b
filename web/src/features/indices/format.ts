import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { INDEX_SCALE } from '../../../../domain/indices/constants.ts';

const formats = new Map<number, Intl.NumberFormat>();

/** A figure the Indonesian way with `decimals` digits (74,39; 0,447). */
export function formatFixed(value: number, decimals: number): string {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, f);
  }
  return f.format(value);
}

/** An index value with the decimals BPS publishes it with (IKG three, the others two). */
export const formatIndex = (index: IndexCode, value: number | null) =>
  value === null ? '–' : formatFixed(value, INDEX_SCALE[index].decimals);

/** A signed difference ("+0,01", "−0,02"). */
export function formatDifference(index: IndexCode, value: number | null): string {
  if (value === null) return '–';
  const decimals = INDEX_SCALE[index].decimals + 1;
  const text = formatFixed(Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const upTo3 = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
/** A component as it was entered: up to three decimals, none added (72,27; 0,126; 11.876.000). */
export const formatComponent = (value: number) => upTo3.format(value);
