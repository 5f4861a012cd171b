import type { AppContext, ZodApp } from '../../lib/context.js';
import { errorResponses } from '../../../api/common.js';
import { listPeopleQuery, peopleList, regionParams } from '../../../api/kelembagaan.js';
import { listPeople } from './people.js';

const tags = ['kelembagaan'];

export function kelembagaanRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get(
    '/api/regions/:code/people',
    {
      schema: {
        tags,
        summary:
          "The region's PUG people (picker for members, focal points, contacts, invitees): name, sex, position, institution; phone and e-mail only for the region's managers",
        params: regionParams,
        querystring: listPeopleQuery,
        response: { 200: peopleList, ...errorResponses },
      },
    },
    async (request) => listPeople(db, request.actor, request.params.code, request.query),
  );
}
