/**
 * The words of the audit trail: what was done (action) to what kind of thing (entity). The
 * server records only these (server/lib/audit.ts), and the audit page offers them as filters.
 */

export const AUDIT_ACTIONS = [
  'create',
  'update',
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
