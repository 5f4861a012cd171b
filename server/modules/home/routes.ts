import { errorResponses } from '../../../api/common.js';
import { boardResponse, homeResponse, yearQuery } from '../../../api/home.js';
import { regionCodeParam } from '../../../api/regions.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { getBoard } from './board.js';
import { getHome } from './service.js';

const tags = ['home'];

export function homeRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/home',
    {
      schema: {
        tags,
        summary: 'What is waiting for the signed-in user in the region: task counts and OPD progress',
        params: regionCodeParam,
        querystring: yearQuery,
        response: { 200: homeResponse, ...errorResponses },
      },
    },
    // The primary, not the replica: a badge must drop the moment its task is done.
    async (request) => getHome(database.db, request.actor, request.params.code, request.query.year),
  );

  app.get(
    '/api/regions/:code/board',
    {
      schema: {
        tags,
        summary:
          "A province's kab/kota (or the nation's provinces) for one year: completeness, statuses, ARG share, GAPs",
        params: regionCodeParam,
        querystring: yearQuery,
        response: { 200: boardResponse, ...errorResponses },
      },
    },
    async (request) => getBoard(database.readDb, request.actor, request.params.code, request.query.year),
  );
}
