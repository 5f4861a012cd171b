/** The audit trail API (server/modules/audit). */
import { z } from 'zod';
import { codeText, pageOf, paginationQuery } from './common.js';
import { regionCode } from './regions.js';

export const listAuditQuery = z.strictObject({
  region: regionCode.optional(),
  userId: z.uuid().optional(),
  entity: codeText(40).optional(),
  action: codeText(40).optional(),
  signIns: z
    .enum(['include', 'exclude'])
    .default('exclude')
    .describe(
      'Sign-ins, failed sign-ins and sign-outs are left out unless included here, or asked for by entity=session or their action',
    ),
  from: z.iso.date().optional().describe('First day, inclusive (YYYY-MM-DD)'),
  to: z.iso.date().optional().describe('Last day, inclusive (YYYY-MM-DD)'),
  ...paginationQuery,
});

/** What an entry is about, readable, with the ids a page links to it by (server/modules/audit/subjects.ts). */
export const auditSubjectSchema = z.object({
  name: z.string(),
  /** The English name, where the thing has one of its own (indicators, dimension sets, rules). */
  nameEn: z.string().optional(),
  opdId: z.string().optional(),
  period: z.string().optional(),
  year: z.number().int().optional(),
  gapId: z.string().optional(),
  importId: z.string().optional(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  regionCode: z.string().nullable(),
  /** domain/audit.ts names today's; entries written before a word changed keep theirs. */
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  subject: auditSubjectSchema.nullable(),
  /** The record as it was and as it became (any JSON; null when there is no such side). */
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const auditPage = pageOf(auditEntrySchema);
export type ListAuditQuery = z.infer<typeof listAuditQuery>;
