/** Messages of the gender indices (calculator, components, methods, imports). */
export const indicesId = {
  index_unknown: 'Indeks tidak dikenal: pilih ipm, ipg, ikg atau idg.',
  index_input_not_number: 'Wajib diisi dengan angka.',
  index_input_range_years:
    'Di luar rentang yang masuk akal (lebih dari 0 tahun, paling lama 100 tahun untuk UHH dan 25 tahun untuk sekolah).',
  index_input_range_rupiah: 'Harus berupa rupiah positif setahun (bukan ribuan), paling banyak Rp10 miliar.',
  index_input_range_percent: 'Harus berupa persen antara 0 dan 100.',
  index_input_range_proportion:
    'Harus berupa proporsi antara 0 dan 1 (lebih dari 0 untuk MTF, MHPK20 dan proporsi penduduk).',
  index_input_range_score: 'Harus berupa skor antara 0 dan 100.',
  index_component_unknown: 'Komponen ini tidak dipakai indeks ini.',
  index_published_range: 'Nilai rilis BPS di luar skala indeks ini.',
  index_value_stale: 'Nilai indeks ini sudah diubah orang lain; muat ulang lalu ulangi.',
  index_input_below_goalpost:
    'Di bawah atau sama dengan batas minimum metode, sehingga indeks dimensinya nol atau negatif.',
  index_method_version_unknown: 'Versi metode indeks ini tidak ada.',
};

export const indicesEn: Record<keyof typeof indicesId, string> = {
  index_unknown: 'Unknown index: choose ipm, ipg, ikg or idg.',
  index_input_not_number: 'Required, as a number.',
  index_input_range_years:
    'Outside the plausible range (above 0 years, at most 100 for life expectancy and 25 for schooling).',
  index_input_range_rupiah: 'Must be positive Rupiah a year (not thousands), at most Rp10 billion.',
  index_input_range_percent: 'Must be a percentage between 0 and 100.',
  index_input_range_proportion:
    'Must be a proportion between 0 and 1 (above 0 for MTF, MHPK20 and the population share).',
  index_input_range_score: 'Must be a score between 0 and 100.',
  index_component_unknown: 'This index does not use this component.',
  index_published_range: "BPS's published value is outside this index's scale.",
  index_value_stale: 'Someone else changed this index value; reload and try again.',
  index_input_below_goalpost:
    "At or below the method's minimum goalpost, which makes its dimension index zero or negative.",
  index_method_version_unknown: 'This index has no such method version.',
};
