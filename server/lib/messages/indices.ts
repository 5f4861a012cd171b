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
  index_import_empty: 'Berkas tabel tidak berisi angka untuk diimpor.',
  index_import_too_large: 'Berkas lebih besar dari {mb} MB.',
  index_import_invalid: '{count} sel tabel ditolak; tidak ada yang disimpan.',
  index_import_format: 'Berkas tidak dapat dibaca: unggah XLSX atau CSV.',
  index_import_no_years: 'Baris judul tidak memuat tahun (mis. 2021, 2022, 2023) setelah kolom wilayah.',
  index_import_region_unknown: 'Wilayah tidak dikenal atau di luar wilayah ini.',
  index_import_region_duplicate: 'Wilayah ini muncul dua kali dalam tabel.',
  index_import_not_number: 'Bukan angka.',
  index_import_year_duplicate: 'Tahun ini muncul dua kali di baris judul.',
  index_method_goalpost_order: 'Batas maksimum harus lebih besar dari batas minimum.',
  index_method_log_positive: 'Batas pengeluaran harus positif (skala logaritma).',
  index_method_categories_order: 'Batas bawah kategori harus naik berurutan.',
  index_method_variable_duplicate: 'Kode variabel muncul lebih dari sekali.',
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
  index_import_empty: 'The table holds no figures to import.',
  index_import_too_large: 'The file is larger than {mb} MB.',
  index_import_invalid: '{count} cells of the table were refused; nothing was stored.',
  index_import_format: 'The file cannot be read: upload XLSX or CSV.',
  index_import_no_years: 'The header row holds no years (e.g. 2021, 2022, 2023) after the region column.',
  index_import_region_unknown: 'Unknown region, or outside this region.',
  index_import_region_duplicate: 'This region appears twice in the table.',
  index_import_not_number: 'Not a number.',
  index_import_year_duplicate: 'This year appears twice in the header row.',
  index_method_goalpost_order: 'The maximum must be above the minimum.',
  index_method_log_positive: 'The expenditure goalposts must be positive (log scale).',
  index_method_categories_order: "The categories' lower bounds must rise in order.",
  index_method_variable_duplicate: 'A variable code appears more than once.',
  index_input_below_goalpost:
    "At or below the method's minimum goalpost, which makes its dimension index zero or negative.",
  index_method_version_unknown: 'This index has no such method version.',
};
