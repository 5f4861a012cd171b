/** Kinds of regional agency (Organisasi Perangkat Daerah, OPD). */
export const OPD_KINDS = ['dinas', 'badan', 'sekretariat', 'inspektorat', 'kecamatan', 'other'] as const;
export type OpdKind = (typeof OPD_KINDS)[number];
