/** English words around the user guide (web/src/features/guide); its text is in content-en*.ts. */
import type { idGuide } from './id-guide.ts';

export const enGuide: typeof idGuide = {
  guide: {
    title: 'Setara guide',
    subtitle: 'A 10-minute tour for each role, help for every page, and a glossary of PUG terms.',
    open: 'Guide',
    help: 'Help',
    helpFor: 'Help for this page: {{title}}',
    contents: 'Guide contents',
    groups: {
      start: 'Start',
      tours: '10-minute tours by role',
      pages: 'Pages',
      glossary: 'Glossary',
    },
    yourTour: 'The tour for your role',
    demoAccount: 'Demo account: {{username}} · password {{password}}',
    demoNote: 'Demo accounts exist only on a server run with the demo region.',
    steps: 'Steps',
    tips: 'Tips',
    openPage: 'Open the page',
    openPageOf: 'Open the page of step {{n}}',
    term: 'Term',
    meaning: 'Meaning',
    source: 'Source',
    signIn: 'Sign in',
    fromLogin: 'Guide & demo accounts',
    unknownSection: 'There is no guide section "{{section}}". Choose one from the contents.',
  },
};
