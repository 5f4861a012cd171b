import { errorResponses } from '../../../api/common.js';
import { calculateBody, calculateResponse } from '../../../api/indices.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { calculate } from './calculate.js';

const tags = ['indices'];

export function indexRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;

  app.post(
    '/api/indices/calculate',
    {
      schema: {
        tags,
        summary: 'Compute IPM, IPG, IKG or IDG from its components with the current method version',
        description:
          'Body `{ "index": "ipm"|"ipg"|"ikg"|"idg", "inputs": { … }, "methodVersion"?: n }`. Percentages as 0–100, proportions as 0–1, Rupiah as plain numbers a year. Invalid or missing inputs: 422 naming the field (`inputs.<name>`).',
        body: calculateBody,
        response: { 200: calculateResponse, ...errorResponses },
      },
    },
    async (request) => calculate(db, request.actor, request.body),
  );
}
