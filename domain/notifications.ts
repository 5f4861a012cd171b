/**
 * Notifications (server/modules/notifications): what a user is told, in the app always and
 * by e-mail unless they opted out of that kind. The kinds are the events of the review
 * workflows of data terpilah values, GAP documents and monev reports, and deadlines coming up
 * or passed.
 */
export const NOTIFICATION_KINDS = [
  /** Values of an OPD were submitted: the region's verifiers are told. */
  'values_submitted',
  /** My submitted values were returned with a comment. */
  'values_returned',
  /** My submitted values were verified. */
  'values_verified',
  /** A GAP document was submitted: the region's reviewers are told. */
  'gap_submitted',
  /** My GAP document was returned. */
  'gap_returned',
  /** My GAP document was approved. */
  'gap_approved',
  /** A revision of my approved GAP document was requested. */
  'gap_revision_requested',
  /** A quarterly monev report was submitted: the region's reviewers are told. */
  'monev_submitted',
  /** My quarterly monev report was returned with comments. */
  'monev_returned',
  /** My quarterly monev report was verified. */
  'monev_verified',
  /** My verified monev report was reopened for correction. */
  'monev_reopened',
  /** A deadline of my region is near and I still have work for it. */
  'deadline_approaching',
  /** A quarter's monev report deadline is near and my OPD has not submitted every report. */
  'monev_due',
  /** A quarter's monev report deadline has passed and my OPD has not submitted every report. */
  'monev_overdue',
  /** DP3A: the OPDs that had not reported a quarter when its deadline passed (one digest). */
  'monev_unreported',
  /** A follow-up of a meeting was given to my OPD or to me. */
  'follow_up_assigned',
  /** A follow-up my OPD or I own is due tomorrow. */
  'follow_up_due',
  /** A follow-up my OPD or I own is past its due date and not done. */
  'follow_up_overdue',
  /** I am invited to a PUG event (Rakor, Bimtek, …). */
  'meeting_invitation',
  /** A PUG event I am invited to is tomorrow. */
  'meeting_reminder',
  /** DP3A: a cooperation agreement (MoU / PKS) ends in 90 or in 30 days. */
  'agreement_expiring',
  /** A standardisation dossier reached my stage (DP3A: submitted; province, national: forwarded). */
  'standard_dossier_to_review',
  /** My institution's dossier was sent back: some criteria need fixing. */
  'standard_dossier_returned',
  /** My institution's dossier was decided (terstandar, perlu perbaikan, ditolak). */
  'standard_dossier_decided',
  /** My institution's standardisation ends in 90 or in 30 days. */
  'standard_expiring',
  /** DP3A invited my organisation: the link to set the institution account's password. */
  'institution_account_invited',
  /** A region submitted its Evaluasi PUG worksheet: its verifiers are told. */
  'evaluation_submitted',
  /** A verifier commented on my region's worksheet (rejected or adjusted answers) and awaits replies. */
  'evaluation_returned',
  /** A verification stage of my region's worksheet was closed: the scores after it. */
  'evaluation_stage_closed',
  /** An Evaluasi PUG cycle was opened: every region's DP3A (admin daerah) may start its self-assessment. */
  'evaluation_cycle_opened',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Languages a user may read the product (and its e-mails) in; Indonesian is the default. */
export const USER_LANGUAGES = ['id', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UserLanguage = 'id';

/** How far the e-mail of one notification got (the in-app row exists either way). */
export const EMAIL_STATUSES = ['pending', 'sent', 'skipped', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
