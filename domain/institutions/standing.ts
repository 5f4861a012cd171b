/**
 * An institution's standardisation standing. The registry keeps the latest decision on the
 * institution row (`standard_status`, `standard_valid_until`, `standard_decision_number`),
 * written by the standardisation module (institution-standards) and read everywhere else.
 *
 * A decision's validity ends: "an expired standardisation shows as expired everywhere"
 * (issue 12). The stored status stays `terstandar` (that was the decision); what every list,
 * page and the public directory show is `standingOf(...)`, which turns a past validity into
 * `kedaluwarsa` on the day after `validUntil`.
 */

/** The stored status: none yet, a dossier in progress, or the last decision. */
export const STANDARD_STATUSES = ['belum', 'proses', 'terstandar', 'perlu_perbaikan', 'ditolak'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

/** What is shown: the stored status, or `kedaluwarsa` (expired) for a lapsed `terstandar`. */
export const STANDINGS = [...STANDARD_STATUSES, 'kedaluwarsa'] as const;
export type Standing = (typeof STANDINGS)[number];

export interface StandardState {
  status: StandardStatus;
  /** ISO date (YYYY-MM-DD), the last day the decision is valid; null: no end given. */
  validUntil: string | null;
}

/**
 * The standing on `today` (ISO date YYYY-MM-DD in the region's time zone): `terstandar` until
 * and including `validUntil`, `kedaluwarsa` after it. A `terstandar` without an end date stays
 * valid (the official validity period is not public, research-2.md §4.1).
 */
export function standingOf(state: StandardState, today: string): Standing {
  if (state.status === 'terstandar' && state.validUntil !== null && state.validUntil < today)
    return 'kedaluwarsa';
  return state.status;
}

/**
 * The SQL-side twin of `standingOf` for filters over many rows, given the column names: the
 * standing's filter must agree with the function, so both live here.
 */
export function standingFilterParts(standing: Standing): { status: StandardStatus; expired: boolean | null } {
  if (standing === 'kedaluwarsa') return { status: 'terstandar', expired: true };
  if (standing === 'terstandar') return { status: 'terstandar', expired: false };
  return { status: standing, expired: null };
}
