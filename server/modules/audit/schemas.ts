import { z } from 'zod';
import { regionCode } from '../../../api/regions.js';
import { codeText, pageOf, paginationQuery } from '../../../api/common.js';

export const listAuditQuery = z.strictObject({
  region: regionCode.optional(),
  userId: z.uuid().optional(),
  entity: codeText(40).optional(),
  action: codeText(40).optional(),
  from: z.iso.date().optional().describe('First day, inclusive (YYYY-MM-DD)'),
  to: z.iso.date().optional().describe('Last day, inclusive (YYYY-MM-DD)'),
  ...paginationQuery,
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  regionCode: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const auditPage = pageOf(auditEntrySchema);
export type ListAuditQuery = z.infer<typeof listAuditQuery>;
