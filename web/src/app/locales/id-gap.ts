/** Bahasa Indonesia messages of the GAP/GBS/TOR editor and its review (web/src/features/gap); merged into `id` in id.ts. */
export const idGap = {};
