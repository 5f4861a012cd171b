const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A score, weight or percentage the Indonesian way ("78,33"); "–" when there is none. */
export function points(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : twoDecimals.format(value);
}
