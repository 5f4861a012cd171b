import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema } from '../../../api/common.js';
import {
  addInviteesBody,
  inviteeList,
  letterAnswer,
  letterBody,
  sendLetterAnswer,
  inviteeParams,
  listMeetingsQuery,
  materialParams,
  materialSchema,
  meetingBody,
  meetingDetail,
  meetingList,
  meetingParams,
  minutesBody,
  minutesSchema,
  regionParams,
  templateFromMeetingBody,
  templateList,
  templateParams,
  templateSchema,
  updateMeetingBody,
  versionBody,
} from '../../../api/meetings.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { addInvitees, listInvitees, removeInvitee } from './invitees.js';
import { createMailer } from '../notifications/mailer.js';
import { LETTER_EMAIL_JOB, getLetter, letterEmailJob, letterPdf, putLetter, sendLetter } from './letter.js';
import { REMINDER_EMAIL_JOB, registerMeetingReminders, reminderEmailJob } from './reminders.js';
import { getMinutes, saveMinutes } from './minutes.js';
import { contentDisposition } from '../monev/evidence.js';
import { deleteMaterial, downloadMaterial, uploadMaterial, type MaterialDeps } from './materials.js';
import {
  cancelMeeting,
  createMeeting,
  getMeeting,
  listMeetings,
  meetingsIcs,
  updateMeeting,
} from './service.js';
import { createTemplateFromMeeting, deleteTemplate, listTemplates } from './templates.js';

const tags = ['meetings'];
const icsQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export function meetingRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const materials: MaterialDeps = {
    db,
    files: ctx.files,
    scratchDir: path.join(ctx.config.importDir, 'materials'),
    maxMb: ctx.config.evidenceMaxMb,
  };

  // Mail to invitees who are not Setara users goes out on this module's jobs, through the
  // notifications module's mailer (users are told by notify()).
  const mailer = ctx.config.smtp ? createMailer(ctx.config.smtp) : null;
  app.addHook('onClose', async () => mailer?.close());
  ctx.jobs.register(LETTER_EMAIL_JOB, letterEmailJob(ctx.config, ctx.files, mailer));
  ctx.jobs.register(REMINDER_EMAIL_JOB, reminderEmailJob(ctx.config, mailer));
  registerMeetingReminders(ctx);

  app.get(
    '/api/meetings/:id/letter',
    {
      schema: {
        tags,
        summary: "An event's invitation letter (number, date, signatory; null before it is written)",
        params: meetingParams,
        response: { 200: letterAnswer, ...errorResponses },
      },
    },
    async (request) => getLetter(db, request.actor, request.params.id),
  );

  app.put(
    '/api/meetings/:id/letter',
    {
      schema: {
        tags,
        summary: 'Set the invitation letter’s number, date and signatory (organisers)',
        params: meetingParams,
        body: letterBody,
        response: { 200: letterAnswer, ...errorResponses },
      },
    },
    async (request) => putLetter(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/meetings/:id/letter.pdf',
    {
      schema: {
        tags,
        summary: 'The invitation letter as PDF (kop surat, number, addressees, agenda, signature block)',
        params: meetingParams,
        produces: ['application/pdf', 'application/json'],
        response: { 200: z.unknown().describe('The PDF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await letterPdf(db, request.actor, request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.post(
    '/api/meetings/:id/letter/send',
    {
      schema: {
        tags,
        summary:
          'Send the invitation: in-app notification to invitees who are users, the letter PDF by e-mail to the others with an address',
        params: meetingParams,
        response: { 200: sendLetterAnswer, ...errorResponses },
      },
    },
    async (request) => sendLetter(db, ctx.files, request.actor, request.params.id),
  );

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: materials.maxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/meetings/:id/materials',
      {
        schema: {
          tags,
          summary: `Attach a material (multipart field "file": PDF, DOCX, XLSX or an image, up to ${materials.maxMb} MB; the kind is read from the bytes)`,
          consumes: ['multipart/form-data'],
          params: meetingParams,
          response: { 201: materialSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await uploadMaterial(materials, request.actor, request.params.id, request)),
    );
  });

  app.get(
    '/api/meetings/:id/materials/:materialId',
    {
      schema: {
        tags,
        summary: 'Download a material (whoever reads the event)',
        params: materialParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, body } = await downloadMaterial(
        materials,
        request.actor,
        request.params.id,
        request.params.materialId,
      );
      return reply
        .header('content-type', row.contentType)
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.delete(
    '/api/meetings/:id/materials/:materialId',
    {
      schema: {
        tags,
        summary: 'Remove a material (organisers)',
        params: materialParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteMaterial(materials, request.actor, request.params.id, request.params.materialId),
  );

  app.get(
    '/api/regions/:code/meetings',
    {
      schema: {
        tags,
        summary:
          "The region's PUG events (Rakor, Bimtek, advokasi, sosialisasi, verifikasi) of a year, by date",
        params: regionParams,
        querystring: listMeetingsQuery,
        response: { 200: meetingList, ...errorResponses },
      },
    },
    async (request) => listMeetings(ctx.database.readDb, request.actor, request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/meetings.ics',
    {
      schema: {
        tags,
        summary: "The region's PUG events of a year as an iCalendar file (RFC 5545)",
        params: regionParams,
        querystring: icsQuery,
        produces: ['text/calendar', 'application/json'],
        response: { 200: z.unknown().describe('text/calendar'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = await meetingsIcs(db, request.actor, request.params.code, request.query.year);
      const name = `kegiatan-pug-${request.params.code}${request.query.year ? `-${request.query.year}` : ''}.ics`;
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.post(
    '/api/regions/:code/meetings',
    {
      schema: {
        tags,
        summary: 'Create an event (organisers: admin daerah)',
        params: regionParams,
        body: meetingBody,
        response: { 200: meetingDetail, ...errorResponses },
      },
    },
    async (request) => createMeeting(db, request.actor, request.params.code, request.body),
  );

  app.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'One event with its days, materials and sign-in tokens (organisers)',
        params: meetingParams,
        response: { 200: meetingDetail, ...errorResponses },
      },
    },
    async (request) => getMeeting(db, request.actor, request.params.id),
  );

  app.put(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Update an event (optimistic locking by version: 409 when stale)',
        params: meetingParams,
        body: updateMeetingBody,
        response: { 200: meetingDetail, ...errorResponses },
      },
    },
    async (request) => updateMeeting(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an event (it stays in the calendar; sign-in closes)',
        params: meetingParams,
        body: versionBody,
        response: { 200: meetingDetail, ...errorResponses },
      },
    },
    async (request) => cancelMeeting(db, request.actor, request.params.id, request.body.version),
  );

  app.get(
    '/api/meetings/:id/invitees',
    {
      schema: {
        tags,
        summary: "An event's invitees (phone and e-mail for organisers only)",
        params: meetingParams,
        response: { 200: inviteeList, ...errorResponses },
      },
    },
    async (request) => listInvitees(db, request.actor, request.params.id),
  );

  app.post(
    '/api/meetings/:id/invitees',
    {
      schema: {
        tags,
        summary:
          'Invite people of the registry (personIds) or anyone (people: found or created in the registry)',
        params: meetingParams,
        body: addInviteesBody,
        response: { 200: inviteeList, ...errorResponses },
      },
    },
    async (request) => addInvitees(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/meetings/:id/invitees/:personId',
    {
      schema: {
        tags,
        summary: 'Remove an invitee',
        params: inviteeParams,
        response: { 200: inviteeList, ...errorResponses },
      },
    },
    async (request) => removeInvitee(db, request.actor, request.params.id, request.params.personId),
  );

  app.get(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: "An event's minutes (notulen)",
        params: meetingParams,
        response: { 200: minutesSchema, ...errorResponses },
      },
    },
    async (request) => getMinutes(db, request.actor, request.params.id),
  );

  app.put(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary:
          'Write the minutes: a summary per agenda item, decisions, each intended outcome marked (version 0 for the first save)',
        params: meetingParams,
        body: minutesBody,
        response: { 200: minutesSchema, ...errorResponses },
      },
    },
    async (request) => saveMinutes(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/regions/:code/meeting-templates',
    {
      schema: {
        tags,
        summary: 'Event templates: the built-in Rakor Pokja PUG and the region’s own',
        params: regionParams,
        response: { 200: templateList, ...errorResponses },
      },
    },
    async (request) => listTemplates(db, request.actor, request.params.code),
  );

  app.post(
    '/api/regions/:code/meeting-templates',
    {
      schema: {
        tags,
        summary: 'Save an event as a template of the region',
        params: regionParams,
        body: templateFromMeetingBody,
        response: { 200: templateSchema, ...errorResponses },
      },
    },
    async (request) => createTemplateFromMeeting(db, request.actor, request.params.code, request.body),
  );

  app.delete(
    '/api/regions/:code/meeting-templates/:templateId',
    {
      schema: {
        tags,
        summary: "Delete one of the region's templates",
        params: templateParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteTemplate(db, request.actor, request.params.code, request.params.templateId),
  );
}
