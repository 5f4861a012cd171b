import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';

export function healthRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness, and which database answers',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      // A real round trip: a server that cannot reach its database is not healthy.
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind };
    },
  );
}
