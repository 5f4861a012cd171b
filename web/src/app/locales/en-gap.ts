import type { idGap } from './id-gap.ts';

/** English messages of the GAP/GBS/TOR editor and its review (web/src/features/gap). */
export const enGap: typeof idGap = {};
