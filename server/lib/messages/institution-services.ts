/** Messages of institution services: records, their totals, indicator mappings and "tarik dari layanan". */
export const institutionServicesId = {
  services_period_invalid: 'Periode ditulis sebagai triwulan (2025-Q2) atau bulan (2025-04).',
  services_age_total_mismatch:
    'Jumlah kelompok umur harus sama dengan jumlah penerima perempuan ditambah laki-laki.',
  services_count_missing: 'Ada penerima manfaat: isi jumlah layanan (paling sedikit 1).',
  services_target_exceeds: 'Kelompok sasaran ini melebihi jumlah penerima manfaat yang menjadi batasnya.',
  services_dimensions_required:
    'Layanan peningkatan kualitas keluarga: pilih dimensi keluarga yang ditangani.',
  services_dimensions_not_family: 'Dimensi keluarga hanya untuk layanan peningkatan kualitas keluarga.',
  services_dimension_duplicate: 'Dimensi ini sudah dipilih.',
  services_record_duplicate:
    'Lembaga ini sudah punya catatan jenis layanan ini untuk periode ini; ubah catatan yang ada.',
  services_period_overlap:
    'Jenis layanan ini sudah dicatat untuk {period} yang tumpang tindih dengan periode ini; layanan yang sama tidak dihitung dua kali.',
  services_institution_unknown: 'Lembaga ini tidak ada dalam daftar lembaga daerah ini.',
  services_record_not_found: 'Catatan layanan tidak ditemukan.',
  services_version_stale: 'Catatan ini sudah diubah orang lain; muat ulang sebelum menyimpan.',
  services_mapping_not_found: 'Pemetaan indikator tidak ditemukan.',
  services_mapping_duplicate: 'Indikator ini sudah dipetakan ke layanan.',
  services_indicator_unknown: 'Indikator ini tidak ada dalam katalog.',
  services_indicator_not_count:
    'Hanya indikator jumlah (agregasi "jumlah") yang dapat diisi dari jumlah penerima layanan.',
  services_indicator_dimensions:
    'Indikator ini dipilah menurut dimensi selain jenis kelamin; jumlah penerima layanan tidak dapat mengisinya.',
  services_pull_period: 'Periode ini tidak sesuai dengan periodisitas indikator.',
  services_pull_stale: 'Angka layanan berubah sejak pratinjau; lihat pratinjau lagi sebelum menerapkan.',
  services_pull_note: 'Ditarik dari layanan lembaga ({records} catatan layanan, {kinds}).',
  services_all_kinds: 'semua jenis layanan',
};

export const institutionServicesEn: Record<keyof typeof institutionServicesId, string> = {
  services_period_invalid: 'Write the period as a quarter (2025-Q2) or a month (2025-04).',
  services_age_total_mismatch: 'The age groups must add up to the women plus men served.',
  services_count_missing: 'There are beneficiaries: enter the number of services (at least 1).',
  services_target_exceeds: 'This target group exceeds the beneficiaries it belongs to.',
  services_dimensions_required: 'Family-quality service: choose the family dimensions addressed.',
  services_dimensions_not_family: 'Family dimensions are for family-quality services only.',
  services_dimension_duplicate: 'This dimension is already chosen.',
  services_record_duplicate:
    'This institution already has a record of this kind for this period; edit that record.',
  services_period_overlap:
    'This kind is already recorded for {period}, which overlaps this period; the same services are not counted twice.',
  services_institution_unknown: "This institution is not in the region's registry.",
  services_record_not_found: 'Service record not found.',
  services_version_stale: 'Someone else changed this record; reload before saving.',
  services_mapping_not_found: 'Indicator mapping not found.',
  services_mapping_duplicate: 'This indicator is already mapped to services.',
  services_indicator_unknown: 'This indicator is not in the catalog.',
  services_indicator_not_count: 'Only count indicators (aggregation "sum") can be filled from beneficiaries.',
  services_indicator_dimensions:
    'This indicator is broken down by dimensions other than sex; beneficiary counts cannot fill it.',
  services_pull_period: "This period does not match the indicator's periodicity.",
  services_pull_stale: 'The service figures changed since the preview; preview again before applying.',
  services_pull_note: 'Pulled from institution services ({records} service records, {kinds}).',
  services_all_kinds: 'every kind of service',
};
