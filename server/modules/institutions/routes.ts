/**
 * Routes of the service-institution registry (docs/api-institutions.md). Reads: the region's
 * DP3A, reviewers and Pokja, provinsi above, superadmin; an institution account its own
 * institution only. Writes: DP3A and superadmin; an institution account edits its own profile,
 * staff and logo (domain/institutions/access.ts). The public directory is in routes-public.ts.
 */
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema } from '../../../api/common.js';
import {
  acceptInviteBody,
  createTypeBody,
  exportQuery,
  importResult,
  institutionDetail,
  institutionInput,
  institutionPage,
  institutionParams,
  institutionTypeList,
  institutionTypeSchema,
  inviteBody,
  inviteInfo as inviteInfoSchema,
  inviteResult,
  inviteTokenParams,
  listInstitutionsQuery,
  regionParams,
  staffInput,
  staffParams,
  statusBody,
  updateInstitutionBody,
  updateStaffBody,
} from '../../../api/institutions.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { contentDisposition } from '../monev/evidence.js';
import { exportInstitutions, importTemplate } from './export.js';
import { importInstitutions, IMPORT_MAX_MB } from './import.js';
import { acceptInvite, inviteAccount, inviteInfo } from './invites.js';
import { downloadLogo, LOGO_MAX_MB, uploadLogo } from './logo.js';
import {
  changeStatus,
  createInstitution,
  createType,
  getInstitution,
  listInstitutions,
  listTypes,
  updateInstitution,
} from './registry.js';
import { addStaff, removeStaff, updateStaff } from './staff.js';
import { institutionPublicRoutes } from './routes-public.js';

const tags = ['institutions'];
const REGION = '/api/regions/:code/institutions';
const ONE = '/api/institutions/:id';

export function institutionRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const scratchDir = path.join(ctx.config.importDir, 'institutions');
  institutionPublicRoutes(app, ctx);

  app.get(
    REGION,
    {
      schema: {
        tags,
        summary:
          "The region's service institutions: filter by type, field, kecamatan, status, standing; search name and address",
        params: regionParams,
        querystring: listInstitutionsQuery,
        response: { 200: institutionPage, ...errorResponses },
      },
    },
    async (request) => listInstitutions(db, request.actor, request.params.code, request.query),
  );
  app.post(
    REGION,
    {
      schema: {
        tags,
        summary: 'Register an institution (DP3A); the same name at the same address is refused (409)',
        params: regionParams,
        body: institutionInput,
        response: { 201: institutionDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInstitution(db, request.actor, request.params.code, request.body)),
  );
  app.get(
    '/api/regions/:code/institution-types',
    {
      schema: {
        tags,
        summary: 'Institution types the region uses: the national defaults and its own',
        params: regionParams,
        response: { 200: institutionTypeList, ...errorResponses },
      },
    },
    async (request) => listTypes(db, request.actor, request.params.code),
  );
  app.post(
    '/api/regions/:code/institution-types',
    {
      schema: {
        tags,
        summary: "Add a type of the region's own (DP3A)",
        params: regionParams,
        body: createTypeBody,
        response: { 201: institutionTypeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createType(db, request.actor, request.params.code, request.body)),
  );
  app.get(
    `${REGION}/export`,
    {
      schema: {
        tags,
        summary: "The region's registry as XLSX or CSV (no staff, no personal data)",
        params: regionParams,
        querystring: exportQuery,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportInstitutions(db, request.actor, request.params.code, request.query.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
  app.get(
    `${REGION}/import-template`,
    {
      schema: {
        tags,
        summary: 'The import template (XLSX): the columns, an example row and the codes of types and fields',
        params: regionParams,
        response: { 200: z.unknown().describe('The XLSX file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await importTemplate(db, request.actor, request.params.code);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.body);
    },
  );

  app.get(
    ONE,
    {
      schema: {
        tags,
        summary: 'One institution with staff, status history and (for DP3A) its accounts',
        params: institutionParams,
        response: { 200: institutionDetail, ...errorResponses },
      },
    },
    async (request) => getInstitution(db, request.actor, request.params.id),
  );
  app.patch(
    ONE,
    {
      schema: {
        tags,
        summary: 'Edit the profile (DP3A, or the institution account its own)',
        params: institutionParams,
        body: updateInstitutionBody,
        response: { 200: institutionDetail, ...errorResponses },
      },
    },
    async (request) => updateInstitution(db, request.actor, request.params.id, request.body),
  );
  app.post(
    `${ONE}/status`,
    {
      schema: {
        tags,
        summary: 'Activate, deactivate or close (DP3A); kept in the status history',
        params: institutionParams,
        body: statusBody,
        response: { 200: institutionDetail, ...errorResponses },
      },
    },
    async (request) => changeStatus(db, request.actor, request.params.id, request.body),
  );
  app.post(
    `${ONE}/staff`,
    {
      schema: {
        tags,
        summary: 'Add a leader or staff member',
        params: institutionParams,
        body: staffInput,
        response: { 201: institutionDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addStaff(db, request.actor, request.params.id, request.body)),
  );
  app.patch(
    `${ONE}/staff/:staffId`,
    {
      schema: {
        tags,
        summary: 'Correct a leader or staff member',
        params: staffParams,
        body: updateStaffBody,
        response: { 200: institutionDetail, ...errorResponses },
      },
    },
    async (request) =>
      updateStaff(db, request.actor, request.params.id, request.params.staffId, request.body),
  );
  app.delete(
    `${ONE}/staff/:staffId`,
    {
      schema: {
        tags,
        summary: 'Remove a leader or staff member',
        params: staffParams,
        response: { 200: institutionDetail, ...errorResponses },
      },
    },
    async (request) => removeStaff(db, request.actor, request.params.id, request.params.staffId),
  );
  app.get(
    `${ONE}/logo`,
    {
      schema: {
        tags,
        summary: 'The logo image',
        params: institutionParams,
        response: { 200: z.unknown().describe('The image'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const logo = await downloadLogo({ db, files: ctx.files, scratchDir }, request.actor, request.params.id);
      return reply
        .header('content-type', logo.contentType)
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(logo.body);
    },
  );
  app.post(
    `${ONE}/invite`,
    {
      schema: {
        tags,
        summary:
          'Invite the organisation (DP3A): creates its institution account and e-mails a single-use link to set the password; again before it is used, a new link',
        params: institutionParams,
        body: inviteBody,
        response: { 201: inviteResult, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inviteAccount(db, ctx.config, request.actor, request.params.id, request.body)),
  );
  app.get(
    '/api/public/account-invites/:token',
    {
      schema: {
        tags,
        summary:
          'An open invitation: the account and institution it is for (404 when used, expired or unknown)',
        params: inviteTokenParams,
        response: { 200: inviteInfoSchema, ...errorResponses },
      },
    },
    async (request) => inviteInfo(db, request.params.token),
  );
  app.post(
    '/api/public/account-invites/:token',
    {
      schema: {
        tags,
        summary: "Set the invited account's password (once); then sign in as usual",
        params: inviteTokenParams,
        body: acceptInviteBody,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => acceptInvite(db, request.params.token, request.body.password, request.ip),
  );

  // Uploads: multipart only in this scope.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: Math.max(LOGO_MAX_MB, IMPORT_MAX_MB) * 1024 * 1024, files: 1 },
    });
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.post(
      `${ONE}/logo`,
      {
        schema: {
          tags,
          summary: `Upload the logo (multipart field "file", PNG/JPEG/GIF/WebP by its bytes, up to ${LOGO_MAX_MB} MB); replaces the earlier one`,
          consumes: ['multipart/form-data'],
          params: institutionParams,
          response: {
            201: z.object({ fileName: z.string(), bytes: z.number() }),
            413: errorSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await uploadLogo({ db, files: ctx.files, scratchDir }, request.actor, request.params.id, request),
          ),
    );
    typed.post(
      `${REGION}/import`,
      {
        schema: {
          tags,
          summary: `Import institutions from the template (XLSX or CSV, up to ${IMPORT_MAX_MB} MB): every row checked, any bad row stores nothing and is named with its column`,
          consumes: ['multipart/form-data'],
          params: regionParams,
          response: { 200: importResult, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) => importInstitutions({ db, scratchDir }, request.actor, request.params.code, request),
    );
  });
}
