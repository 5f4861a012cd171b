import type { idPlanning } from './id-planning.ts';

/** English messages of PPRG planning pages (web/src/features/planning): sub-kegiatan, budget import, ARG tags and recap, RPJMD/Renstra, letterhead. */
export const enPlanning: typeof idPlanning = {
  planning: {
    nav: {
      group: 'Planning (PPRG)',
      subActivities: 'Sub-activities & ARG',
      recap: 'ARG recap',
      rpjmd: 'RPJMD & Renstra',
      letterhead: 'Letterhead & signatories',
    },
  },
};
