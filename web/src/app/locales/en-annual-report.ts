import type { idAnnualReport } from './id-annual-report.ts';

/** English messages of the annual PUG report (features/annual-report). */
export const enAnnualReport: typeof idAnnualReport = {
  annualReport: {
    nav: 'Annual PUG report',
    title: 'Annual PUG implementation report',
    subtitle:
      'The yearly report on gender mainstreaming in {{region}}: figures from data terpilah, PPRG and monev, with the narrative on obstacles, recommendations and follow-up.',
    nationalHint: 'The annual PUG report is written for provinces and kab/kota. Choose a region above.',
    notForOperator:
      'This report holds every OPD’s figures, so DP3A, Bappeda, the Pokja PUG and the province open it. Your OPD’s figures are on the Monev dashboard and the ARG recap.',
    figures: 'Assembled figures (as printed, in Indonesian)',
    narrativeTitle: 'Narrative',
    downloadDocx: 'Download DOCX (Word)',
    downloadPdf: 'Download PDF',
    downloaded: '{{name}} downloaded.',
    demo: 'DEMO',
    demoNotice:
      'This draft is a demo EXAMPLE (CONTOH), not the region’s official report. Replace the narrative before use.',
    sections: {
      data_terpilah: 'Data terpilah',
      pprg: 'PPRG and ARG',
      monev: 'Monev',
      kelembagaan: 'PUG institutions',
    },
    narrative: {
      kendala: 'Obstacles (kendala)',
      kendalaHint: 'What held gender mainstreaming back this year: data, budget, institutions, staff.',
      rekomendasi: 'Recommendations',
      rekomendasiHint: 'Improvements suggested to the OPDs, Bappeda and the head of the region.',
      rencana_tindak_lanjut: 'Follow-up plan',
      rencana_tindak_lanjutHint: 'Next year’s steps, who takes them and when.',
      none: '(not written yet)',
    },
    signatory: {
      title: 'Signatory',
      position: 'Position',
      name: 'Name',
      rank: 'Rank/grade',
      nip: 'NIP (civil servant number)',
    },
    editor: {
      save: 'Save draft',
      saved: 'Draft saved as version {{version}}.',
      unchanged: 'Nothing changed; the latest version stays.',
      readOnly: 'You can read this narrative; DP3A and Bappeda edit it.',
      state: 'Version {{version}}, saved {{at}} by {{name}}.',
      noDraft: 'No narrative draft for this year yet. Write it and save; every save becomes a new version.',
    },
    versions: {
      heading: 'Version history',
      empty: 'No saved version yet.',
      version: 'Version',
      current: 'latest',
      at: 'Saved',
      by: 'By',
      note: 'Note',
      restoredFrom: 'Restored from version {{version}}',
      view: 'Open',
      viewN: 'Open version {{version}}',
      title: 'Version {{version}}',
      savedBy: 'Saved {{at}} by {{name}}.',
      close: 'Close',
      restore: 'Restore version {{version}}',
      dirty: 'Save or discard the changes in the editor first.',
      restored: 'Version {{version}} restored as version {{next}}.',
    },
  },
};
