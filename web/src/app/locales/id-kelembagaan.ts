/** Bahasa Indonesia messages of the PUG institutions (features/kelembagaan). */
export const idKelembagaan = {
  kelembagaan: {
    nav: {
      group: 'Kelembagaan PUG',
      pokja: 'Pokja PUG',
      focalPoint: 'Focal Point PUG',
      teams: 'Tim Driver & Teknis',
      partners: 'Mitra PUG',
      figures: 'Angka Kelembagaan',
    },
  },
};
