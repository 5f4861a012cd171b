/**
 * Builds the Fastify app from its modules. Tests use it without listening (`app.inject`).
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { loggerOptions } from './lib/logging.js';
import type { Database } from './db/connection.js';
import type { AppContext, ZodApp } from './lib/context.js';
import { registerAttachmentRemoval } from './lib/attachments/index.js';
import { registerErrorHandling, sendError } from './lib/error-handler.js';
import { OPENAPI_SECURITY_SCHEMES } from '../api/common.js';
import { openFileStore, type FileStore } from './lib/file-store/index.js';
import { JobRunner } from './lib/jobs/index.js';
import { registerNulGuard } from './lib/refuse-nul.js';
import { registerRateLimits } from './lib/rate-limit.js';
import { registerRequestAuth } from './lib/request-auth.js';
import { annualReportRoutes } from './modules/annual-report/routes.js';
import { attendanceRoutes } from './modules/attendance/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { deadlineRoutes } from './modules/deadlines/routes.js';
import { exploreRoutes } from './modules/explore/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { documentRoutes } from './modules/documents/routes.js';
import { gapRoutes } from './modules/gap/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { homeRoutes } from './modules/home/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { indicatorRoutes } from './modules/indicators/routes.js';
import { kelembagaanRoutes } from './modules/kelembagaan/routes.js';
import { meetingRoutes } from './modules/meetings/routes.js';
import { letterheadRoutes } from './modules/letterhead/routes.js';
import { monevRoutes } from './modules/monev/routes.js';
import { followUpRoutes } from './modules/follow-ups/routes.js';
import { monevResultsRoutes } from './modules/monev-results/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { opdRoutes } from './modules/opd/routes.js';
import { planningRoutes } from './modules/planning/routes.js';
import { pokjaPlanRoutes } from './modules/pokja-plans/routes.js';
import { profilRoutes } from './modules/profil/routes.js';
import { regionRoutes } from './modules/regions/routes.js';
import { regionSettingsRoutes } from './modules/region-settings/routes.js';
import { trainingRoutes } from './modules/training/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { valueRoutes } from './modules/values/routes.js';
import { institutionServiceRoutes } from './modules/institution-services/routes.js';
import { agreementRoutes } from './modules/agreements/routes.js';
import { institutionStandardsRoutes } from './modules/institution-standards/routes.js';
import { evaluationInstrumentsRoutes } from './modules/evaluation-instruments/routes.js';
import { evaluationRoutes } from './modules/evaluation/routes.js';
import { institutionRoutes } from './modules/institutions/routes.js';
import { evaluationEvidenceRoutes } from './modules/evaluation-evidence/routes.js';
import { indexRoutes } from './modules/indices/routes.js';
import { mapRoutes } from './modules/maps/routes.js';
import { apiKeyRoutes } from './modules/api-keys/routes.js';
import { portalRoutes } from './modules/portal/routes.js';
import { portalCatalogRoutes } from './modules/portal/catalog-routes.js';

const BODY_LIMIT = 1024 * 1024;

const modules = [
  healthRoutes,
  authRoutes,
  regionRoutes,
  regionSettingsRoutes,
  opdRoutes,
  userRoutes,
  auditRoutes,
  indicatorRoutes,
  valueRoutes,
  importRoutes,
  exploreRoutes,
  profilRoutes,
  letterheadRoutes,
  planningRoutes,
  documentRoutes,
  gapRoutes,
  homeRoutes,
  notificationRoutes,
  deadlineRoutes,
  monevRoutes,
  annualReportRoutes,
  attendanceRoutes,
  monevResultsRoutes,
  followUpRoutes,
  kelembagaanRoutes,
  meetingRoutes,
  trainingRoutes,
  pokjaPlanRoutes,
  institutionServiceRoutes,
  agreementRoutes,
  institutionStandardsRoutes,
  evaluationInstrumentsRoutes,
  evaluationRoutes,
  institutionRoutes,
  evaluationEvidenceRoutes,
  indexRoutes,
  mapRoutes,
  apiKeyRoutes,
  portalRoutes,
  portalCatalogRoutes,
];

export interface BuildOptions {
  /**
   * Runs on the bare instance before any plugin or route is added, so that the hooks it adds
   * see every route: the route-coverage test lists them with onRoute, the permission matrix
   * checks with onRequest which route answered.
   */
  instrument?: (app: ZodApp) => void;
  /** The file store, when the caller keeps a handle on it (tests); opened from config otherwise. The app closes it. */
  files?: FileStore;
}

export async function buildApp(
  database: Database,
  config: Config,
  options: BuildOptions = {},
): Promise<ZodApp> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  options.instrument?.(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Setara API',
        description: 'Gender mainstreaming (PUG) platform. Errors: {"error": {code, message, fields?}}.',
        version: '0.1.0',
      },
      components: { securitySchemes: OPENAPI_SECURITY_SCHEMES },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandling(app);
  registerNulGuard(app);
  const files = options.files ?? (await openFileStore(config.fileStore));
  // Added before the modules' hooks, so it runs after theirs (Fastify closes last-added first).
  app.addHook('onClose', () => files.close());
  const jobs = new JobRunner(database, app.log, { pollMs: config.jobsPollMs });
  app.decorate('jobs', jobs);
  const ctx: AppContext = { database, config, files, jobs };
  registerAttachmentRemoval(ctx);
  registerRequestAuth(app, ctx);
  await registerRateLimits(app, ctx);
  for (const register of modules) register(app, ctx);
  // After the modules registered their handlers; closed before the file store and database.
  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', () => jobs.close());

  serveWebApp(app, config.webDist);
  return app;
}

/**
 * Serves the built web app; any other non-API GET gets index.html so the client-side router
 * can answer deep links. Without a build, unknown paths get the API's 404.
 */
function serveWebApp(app: ZodApp, webDist: string): void {
  const indexHtml = path.join(webDist, 'index.html');
  const hasBuild = fs.existsSync(indexHtml);
  // Wildcard mode looks files up per request, so a rebuilt web app is served without a restart.
  if (hasBuild) app.register(fastifyStatic, { root: webDist, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && hasBuild;
    if (isPage) return reply.type('text/html').send(fs.createReadStream(indexHtml));
    return sendError(reply, request, 404, 'not_found', 'route_not_found');
  });
}
