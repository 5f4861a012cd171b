/** The assembled sections of the annual PUG report, in the order printed (see provider.ts). */
import { dataTerpilahSection } from './data-terpilah.js';
import { kelembagaanSection } from './kelembagaan.js';
import { monevSection } from './monev.js';
import { pprgSection } from './pprg.js';
import type { SectionProvider } from './provider.js';

export const SECTION_PROVIDERS: readonly SectionProvider[] = [
  dataTerpilahSection,
  pprgSection,
  monevSection,
  kelembagaanSection,
];

export type { SectionContext, SectionProvider } from './provider.js';
