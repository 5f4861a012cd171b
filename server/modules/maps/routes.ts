import { errorResponses } from '../../../api/common.js';
import { mapGeometryParams, mapGeometryResponse } from '../../../api/maps.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { sendCached } from '../../lib/public-cache.js';
import { geometryAnswer } from './geometry.js';

const tags = ['maps'];

/**
 * A week: the bytes change only when a release rebuilds the geometry, and the ETag lets a
 * browser that kept them revalidate with a 304 afterwards.
 */
const GEOMETRY_MAX_AGE = 7 * 24 * 3600;

export function mapRoutes(app: ZodApp, _ctx: AppContext): void {
  app.get(
    '/api/maps/geometry/:layer',
    {
      schema: {
        tags,
        summary: 'Map boundaries as TopoJSON: provinces, kabkota (national) or kabkota-<province code>',
        params: mapGeometryParams,
        response: { 200: mapGeometryResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendCached(request, reply, geometryAnswer(request.params.layer), GEOMETRY_MAX_AGE),
  );
}
