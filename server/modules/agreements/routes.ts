import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../../../api/common.js';
import {
  activityBody,
  activityParams,
  agreementBody,
  agreementDetail,
  agreementList,
  agreementParams,
  listAgreementsQuery,
  partyChoices,
  regionParams,
  terminateBody,
  updateAgreementBody,
} from '../../../api/agreements.js';
import { canManageAgreements } from '../../../domain/agreements/access.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { sendAttachment } from '../../lib/attachments/index.js';
import {
  addActivity,
  deleteActivity,
  downloadDocument,
  downloadEvidence,
  uploadDocument,
  uploadEvidence,
  type AgreementFileDeps,
} from './files.js';
import { partyChoicesOf } from './parties.js';
import { registerAgreementReminders } from './reminders.js';
import {
  createAgreement,
  getAgreement,
  listAgreements,
  terminateAgreement,
  updateAgreement,
} from './service.js';

const tags = ['agreements'];

export function agreementRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const deps: AgreementFileDeps = {
    db,
    files: ctx.files,
    scratchDir: path.join(ctx.config.importDir, 'agreements'),
    maxMb: ctx.config.evidenceMaxMb,
  };
  registerAgreementReminders(ctx);

  app.get(
    '/api/regions/:code/agreements',
    {
      schema: {
        tags,
        summary: "A region's MoU and PKS (an institution account: those it is party to)",
        params: regionParams,
        querystring: listAgreementsQuery,
        response: { 200: agreementList, ...errorResponses },
      },
    },
    async (request) => listAgreements(db, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/agreement-choices',
    {
      schema: {
        tags,
        summary:
          'What the agreement form offers: the region, its OPDs, institutions, partners and events (DP3A)',
        params: regionParams,
        response: { 200: partyChoices, ...errorResponses },
      },
    },
    async (request) => {
      const a = requireActor(request.actor);
      if (!canManageAgreements(a, request.params.code)) throw new Forbidden();
      return partyChoicesOf(db, request.params.code);
    },
  );

  app.post(
    '/api/regions/:code/agreements',
    {
      schema: {
        tags,
        summary: 'Record an agreement with its parties (DP3A)',
        params: regionParams,
        body: agreementBody,
        response: { 201: agreementDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(db, request.actor, request.params.code, request.body)),
  );

  app.get(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'One agreement: parties, document, event, activities, reminder dates',
        params: agreementParams,
        response: { 200: agreementDetail, ...errorResponses },
      },
    },
    async (request) => getAgreement(db, request.actor, request.params.id),
  );

  app.put(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'Change an agreement (names the version it edited; not once terminated)',
        params: agreementParams,
        body: updateAgreementBody,
        response: { 200: agreementDetail, ...errorResponses },
      },
    },
    async (request) => updateAgreement(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/agreements/:id/terminate',
    {
      schema: {
        tags,
        summary: 'End a signed agreement early, with the date and the reason',
        params: agreementParams,
        body: terminateBody,
        response: { 200: agreementDetail, ...errorResponses },
      },
    },
    async (request) => terminateAgreement(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/agreements/:id/activities',
    {
      schema: {
        tags,
        summary: 'Record an activity carried out under a signed agreement',
        params: agreementParams,
        body: activityBody,
        response: { 200: agreementDetail, ...errorResponses },
      },
    },
    async (request) => addActivity(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/agreements/:id/activities/:activityId',
    {
      schema: {
        tags,
        summary: 'Remove an activity (and its evidence)',
        params: activityParams,
        response: { 200: agreementDetail, ...errorResponses },
      },
    },
    async (request) => deleteActivity(deps, request.actor, request.params.id, request.params.activityId),
  );

  app.get(
    '/api/agreements/:id/document',
    {
      schema: {
        tags,
        summary: 'The signed document',
        params: agreementParams,
        produces: ['application/pdf', 'image/*', 'application/json'],
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      return sendAttachment(reply, await downloadDocument(deps, request.actor, request.params.id));
    },
  );

  app.get(
    '/api/agreements/:id/activities/:activityId/evidence',
    {
      schema: {
        tags,
        summary: "An activity's evidence file",
        params: activityParams,
        produces: ['application/pdf', 'image/*', 'application/json'],
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      return sendAttachment(
        reply,
        await downloadEvidence(deps, request.actor, request.params.id, request.params.activityId),
      );
    },
  );

  // Uploads: multipart only inside this scope (as the meetings module's materials).
  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: deps.maxMb * 1024 * 1024, files: 1 } });
    const z2 = scoped.withTypeProvider<ZodTypeProvider>();
    z2.put(
      '/api/agreements/:id/document',
      {
        schema: {
          tags,
          summary: 'Upload the signed document (PDF or scan; replaces the previous one)',
          params: agreementParams,
          consumes: ['multipart/form-data'],
          response: { 200: agreementDetail, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) => uploadDocument(deps, request.actor, request.params.id, request),
    );
    z2.put(
      '/api/agreements/:id/activities/:activityId/evidence',
      {
        schema: {
          tags,
          summary: "Upload an activity's evidence (PDF or picture; replaces the previous one)",
          params: activityParams,
          consumes: ['multipart/form-data'],
          response: { 200: agreementDetail, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) =>
        uploadEvidence(deps, request.actor, request.params.id, request.params.activityId, request),
    );
  });
}
