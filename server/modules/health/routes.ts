/**
 * Liveness (the process answers) apart from readiness (it can serve: database reachable,
 * schema current). A balancer or orchestrator restarts on failed liveness and stops sending
 * traffic on failed readiness; /api/health is readiness, as it always answered `status`.
 */
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { readiness } from './checks.js';

const readinessSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  checks: z.object({
    database: z.enum(['ok', 'unreachable']),
    schema: z.enum(['current', 'behind', 'ahead', 'unknown']),
  }),
  replica: z
    .object({
      state: z.enum(['ok', 'unreachable', 'not_standby']),
      lagSeconds: z.number().nullable(),
      replayBytes: z.number().nullable(),
    })
    .optional()
    .describe('Only with DATABASE_READ_URL: the read replica and how far it is behind'),
});

export function healthRoutes(app: ZodApp, { database }: AppContext): void {
  const ready = {
    schema: {
      tags: ['health'],
      summary: 'Readiness: the database answers and its schema matches the code (503 says what is wrong)',
      response: { 200: readinessSchema, 503: readinessSchema },
    },
  };
  const answer = async (_request: unknown, reply: { code(n: number): unknown }) => {
    const result = await readiness(database);
    reply.code(result.status === 'ok' ? 200 : 503);
    return result;
  };
  app.get('/api/health', ready, answer);
  app.get('/api/health/ready', ready, answer);
  app.get(
    '/api/health/live',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process runs and answers; touches nothing else',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
}
