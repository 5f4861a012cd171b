/**
 * The words of the audit trail: what was done (action) to what kind of thing (entity). The
 * server records only these (server/lib/audit.ts), and the audit page offers them as filters.
 */

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'deactivate',
  'reactivate',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  /** An approval by the document's own submitter, allowed only by the region's waiver. */
  'self_approval',
  'seed',
  'remove_demo',
  /** Personal data of a person emptied on their request (UU PDP 27/2022); the record stays. */
  'erase_personal_data',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Signing in and out: most of the log by count and rarely what a reader looks for, so the log
 * leaves them out unless asked (a toggle, or a filter on the session entity or one of these).
 */
export const SIGN_IN_ACTIONS = ['login', 'login_failed', 'logout'] as const satisfies readonly AuditAction[];

export function hidesSignIns(filter: { entity?: string; action?: string; signIns?: 'include' | 'exclude' }) {
  if (filter.signIns === 'include' || filter.entity === 'session') return false;
  return !(SIGN_IN_ACTIONS as readonly string[]).includes(filter.action ?? '');
}

export const AUDIT_ENTITIES = [
  'opd',
  'user',
  'session',
  'demo',
  'region_settings',
  'indicator',
  'indicator_assignment',
  'dimension_set',
  'validation_rule',
  'data_values',
  'data_review',
  'import_batch',
  'rpjmd',
  'plan_target',
  'sub_activity',
  'sub_activity_import',
  'gap_document',
  'gap_comment',
  'letterhead',
  'opd_signatory',
  'deadline',
  'monev_report',
  'monev_evidence',
  'monev_settings',
  'monev_scoring',
  'annual_report',
  'pug_person',
  'pokja_decree',
  'focal_point',
  'pug_team',
  'pug_partner',
  'official_counts',
  'staff_training_counts',
  'follow_up',
  'follow_up_evidence',
  'training_scores',
  'training_settings',
  'training_certificate',
  'meeting',
  'meeting_invitee',
  'meeting_letter',
  'meeting_material',
  'meeting_minutes',
  'meeting_template',
  'meeting_attendance',
  'attendance_scan',
  'pokja_plan',
  'service_record',
  'service_mapping',
  'agreement',
  'agreement_activity',
  'institution_standard',
  'institution_dossier',
  'institution_dossier_answer',
  'institution_dossier_review',
  'institution_dossier_evidence',
  'institution',
  'institution_staff',
  'institution_type',
  'institution_account',
  'evaluation_worksheet',
  'evaluation_answer',
  'evaluation_decision',
  'evaluation_instrument',
  'evaluation_cycle',
  'evaluation_evidence',
  'index_value',
  'index_method',
  /** A key of the open read API (docs/api-keys.md). */
  'api_key',
  /** A Profil Gender edition published on (or withdrawn from) the open-data portal. */
  'profil_publication',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
