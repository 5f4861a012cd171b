/** Messages of official exports (GAP, GBS, TOR, recap) and the letterhead. */
export const documentsId = {
  letterhead_logo_missing: 'Tidak ada file logo yang diunggah; kirim satu gambar PNG atau JPEG.',
  letterhead_logo_type: 'Logo harus berupa gambar PNG atau JPEG.',
  letterhead_logo_too_large: 'Logo melebihi batas {max} KB; perkecil gambarnya.',
  letterhead_logo_none: 'Daerah ini belum memiliki logo kop surat.',
  signatory_nip_format: 'NIP harus 18 angka tanpa spasi.',
  document_gbs_not_drafted: 'GBS dokumen ini belum disusun. Susun GBS terlebih dahulu, lalu unduh kembali.',
  document_tor_not_drafted:
    'KAK/TOR dokumen ini belum disusun. Susun KAK/TOR terlebih dahulu, lalu unduh kembali.',
  document_set_empty: 'Tidak ada dokumen yang sesuai dengan pilihan tahun, OPD, jenis dan status ini.',
  document_set_no_gbs:
    'Belum ada GBS yang disusun untuk sub-kegiatan pada tahun, OPD dan status yang dipilih; susun GBS di dokumen GAP-nya terlebih dahulu.',
  document_set_no_tor:
    'Belum ada KAK/TOR yang disusun untuk sub-kegiatan pada tahun, OPD dan status yang dipilih; susun KAK/TOR di dokumen GAP-nya terlebih dahulu.',
};

export const documentsEn: Record<keyof typeof documentsId, string> = {
  letterhead_logo_missing: 'No logo file was uploaded; send one PNG or JPEG image.',
  letterhead_logo_type: 'The logo must be a PNG or JPEG image.',
  letterhead_logo_too_large: 'The logo is over the {max} KB limit; use a smaller image.',
  letterhead_logo_none: 'This region has no letterhead logo yet.',
  signatory_nip_format: 'The NIP must be 18 digits without spaces.',
  document_gbs_not_drafted:
    "This document's GBS has not been drafted yet. Draft the GBS, then download again.",
  document_tor_not_drafted:
    "This document's TOR has not been drafted yet. Draft the TOR, then download again.",
  document_set_empty: 'No document matches this year, OPD, document type and status.',
  document_set_no_gbs:
    'No GBS has been drafted for the sub-activities of the chosen year, OPD and status yet; draft one in its GAP document first.',
  document_set_no_tor:
    'No TOR (KAK) has been drafted for the sub-activities of the chosen year, OPD and status yet; draft one in its GAP document first.',
};
