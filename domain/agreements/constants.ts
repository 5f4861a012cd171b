/**
 * Cooperation agreements (issue 12): a Nota Kesepahaman (MoU) or a Perjanjian Kerja Sama (PKS)
 * between the region and others — its OPDs, service institutions of the registry, kelembagaan
 * partners, or bodies named as written such as a Pengadilan Agama.
 */
export const AGREEMENT_KINDS = ['mou', 'pks'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * Every status an agreement shows. Only draft, signed and terminated are stored: a signed
 * agreement is active from its start date and expired after its end date (status.ts), so no
 * job has to flip it and it is never stale.
 */
export const AGREEMENT_STATUSES = ['draft', 'signed', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const STORED_AGREEMENT_STATUSES = ['draft', 'signed', 'terminated'] as const;
export type StoredAgreementStatus = (typeof STORED_AGREEMENT_STATUSES)[number];

/**
 * A party: the region's own government (at most once), one of its OPDs, an institution of the
 * registry, a kelembagaan partner (PSW, LSM, instansi vertikal), or another body by its name.
 */
export const PARTY_KINDS = ['region', 'opd', 'institution', 'partner', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Days before the end date on which DP3A is reminded, earliest first. */
export const EXPIRY_REMINDER_DAYS = [90, 30] as const;

export const AGREEMENT_LIMITS = {
  parties: 20,
  activities: 500,
  title: 500,
  scope: 5000,
  obligations: 5000,
} as const;
