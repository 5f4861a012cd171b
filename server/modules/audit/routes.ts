import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses } from '../../../api/common.js';
import { auditPage, listAuditQuery } from '../../../api/audit.js';
import { listAudit } from './service.js';

export function auditRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: listAuditQuery,
        response: { 200: auditPage, ...errorResponses },
      },
    },
    async (request) => listAudit(database.db, request.actor, request.query),
  );
}
