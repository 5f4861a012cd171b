/** Messages of the annual PUG report (Laporan Pelaksanaan PUG): its drafts and exports. */
export const annualReportId = {
  annual_report_level: 'Laporan Pelaksanaan PUG disusun untuk provinsi atau kabupaten/kota.',
  annual_report_stale:
    'Draf ini sudah disimpan orang lain sejak Anda membukanya. Muat ulang, lalu terapkan perubahan Anda.',
  annual_report_version_unknown: 'Versi ini tidak ada untuk wilayah dan tahun tersebut.',
  annual_report_invalid: 'Draf belum bisa disimpan: {count} isian perlu diperbaiki.',
};

export const annualReportEn: Record<keyof typeof annualReportId, string> = {
  annual_report_level: 'The annual PUG report is written for a province or a kab/kota.',
  annual_report_stale: 'Someone else saved this draft since you opened it. Reload, then apply your changes.',
  annual_report_version_unknown: 'This version does not exist for that region and year.',
  annual_report_invalid: 'The draft cannot be saved yet: {count} fields need fixing.',
};
