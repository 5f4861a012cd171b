/** Bahasa Indonesia messages of PPRG planning pages (web/src/features/planning): sub-kegiatan, budget import, ARG tags and recap, RPJMD/Renstra, letterhead; merged into `id` in id.ts. */
export const idPlanning = {
  planning: {
    nav: {
      group: 'Perencanaan (PPRG)',
      subActivities: 'Sub-kegiatan & ARG',
      recap: 'Rekap ARG',
      rpjmd: 'RPJMD & Renstra',
      letterhead: 'Kop surat & penandatangan',
    },
  },
};
