import type { idKelembagaan } from './id-kelembagaan.ts';

/** English messages of the PUG institutions; the same keys as id-kelembagaan.ts. */
export const enKelembagaan: typeof idKelembagaan = {
  kelembagaan: {
    nav: {
      group: 'PUG institutions',
      pokja: 'Pokja PUG',
      focalPoint: 'PUG focal points',
      teams: 'Driver & technical teams',
      partners: 'PUG partners',
      figures: 'Institution figures',
    },
  },
};
