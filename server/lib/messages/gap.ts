/** Messages of GAP/GBS/TOR documents and their review workflow. */
export const gapId = {};

export const gapEn: Record<keyof typeof gapId, string> = {};
