/** Messages of official exports (GAP, GBS, TOR, recap) and the letterhead. */
export const documentsId = {};

export const documentsEn: Record<keyof typeof documentsId, string> = {};
