import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses } from '../../../api/common.js';
import { regionSettingsBody, regionSettingsSchema } from '../../../api/region-settings.js';
import { getRegionSettings, putRegionSettings } from './service.js';

const tags = ['regions'];

export function regionSettingsRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/settings',
    {
      schema: {
        tags,
        summary: "The region's own switches (e.g. the separation-of-duties waiver); its readers",
        params: regionCodeParam,
        response: { 200: regionSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getRegionSettings(database.db, request.actor, request.params.code),
  );

  app.put(
    '/api/regions/:code/settings',
    {
      schema: {
        tags,
        summary: "Change the region's switches (its admin daerah or superadmin; audited)",
        params: regionCodeParam,
        body: regionSettingsBody,
        response: { 200: regionSettingsSchema, ...errorResponses },
      },
    },
    async (request) => putRegionSettings(database.db, request.actor, request.params.code, request.body),
  );
}
