import type { idPlanning } from './id-planning.ts';

/** English messages of PPRG planning pages (web/src/features/planning): sub-kegiatan, budget import, ARG tags and recap, RPJMD/Renstra, letterhead. */
export const enPlanning: typeof idPlanning = {};
