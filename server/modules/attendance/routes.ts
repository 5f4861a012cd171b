/**
 * Attendance routes (docs/api-attendance.md): the organiser's side under /api/meetings/:id and
 * /api/attendance/:id, plus the public sign-in (routes-public.ts). Routes parse and call one
 * service function; the rules are in the services.
 */
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceCountsSchema,
  attendanceList,
  attendanceParams,
  attendanceQuery,
  attendeeSchema,
  exportParams,
  exportQuery,
  meetingParams,
  paperRowsBody,
  scanParams,
  scanSchema,
  tickInviteesBody,
  writeAnswer,
} from '../../../api/attendance.js';
import { errorResponses, errorSchema, okSchema } from '../../../api/common.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { fileResponse, produces } from '../documents/routes.js';
import { contentDisposition } from '../monev/evidence.js';
import { getAttendanceCounts } from './counts.js';
import { exportDaftarHadir } from './export.js';
import { getAttendance } from './list.js';
import { addPaperRows, erasePersonalData, getSignature, removeAttendance, tickInvitees } from './manage.js';
import { attendancePublicRoutes } from './routes-public.js';
import { deleteScan, downloadScan, uploadScan, type ScanDeps } from './scans.js';

const tags = ['attendance'];

export function attendanceRoutes(app: ZodApp, ctx: AppContext): void {
  const { database, files, config } = ctx;
  const { db } = database;
  attendancePublicRoutes(app, ctx);
  const scans: ScanDeps = {
    db,
    files,
    scratchDir: path.join(config.importDir, 'attendance-scans'),
    maxMb: config.evidenceMaxMb,
  };

  app.get(
    '/api/meetings/:id/attendance',
    {
      schema: {
        tags,
        summary:
          "An event's attendance: days with their sign-in window and short link (organisers), who is present, counts by sex and institution, scanned paper lists",
        params: meetingParams,
        querystring: attendanceQuery,
        response: { 200: attendanceList, ...errorResponses },
      },
    },
    async (request) =>
      getAttendance(db, request.actor, request.params.id, request.query.day, config.publicUrl),
  );

  app.get(
    '/api/meetings/:id/attendance/counts',
    {
      schema: {
        tags,
        summary: 'Attendees of an event by sex and by institution (one day, or people across all days)',
        params: meetingParams,
        querystring: attendanceQuery,
        response: { 200: attendanceCountsSchema, ...errorResponses },
      },
    },
    async (request) => getAttendanceCounts(db, request.actor, request.params.id, request.query.day),
  );

  app.post(
    '/api/meetings/:id/attendance/invitees',
    {
      schema: {
        tags,
        summary: 'Tick invitees present on a day (organisers); one already present is merged, not doubled',
        params: meetingParams,
        body: tickInviteesBody,
        response: { 200: writeAnswer, ...errorResponses },
      },
    },
    async (request) => tickInvitees(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/attendance/paper',
    {
      schema: {
        tags,
        summary: 'Add presences typed from a scanned paper list (organisers); duplicates are merged',
        params: meetingParams,
        body: paperRowsBody,
        response: { 200: writeAnswer, ...errorResponses },
      },
    },
    async (request) => addPaperRows(db, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/attendance/:id',
    {
      schema: {
        tags,
        summary: 'Remove a presence recorded by mistake (organisers)',
        params: attendanceParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => removeAttendance(db, request.actor, request.params.id),
  );

  app.post(
    '/api/attendance/:id/erase',
    {
      schema: {
        tags,
        summary:
          "Erase one attendee's personal data on request (UU PDP 27/2022): phone, e-mail, disability and signature emptied; the presence stays in the counts",
        params: attendanceParams,
        response: { 200: attendeeSchema, ...errorResponses },
      },
    },
    async (request) => erasePersonalData(db, request.actor, request.params.id),
  );

  app.get(
    '/api/attendance/:id/signature',
    {
      schema: {
        tags,
        summary: "An attendee's drawn signature (PNG): who may see attendees' personal data",
        params: attendanceParams,
        produces: ['image/png', 'application/json'],
        response: { 200: z.unknown().describe('The PNG'), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, no-store')
        .send(await getSignature(db, request.actor, request.params.id)),
  );

  app.get(
    '/api/meetings/:id/attendance.:format',
    {
      schema: {
        tags,
        summary:
          'The daftar hadir (No, Nama, L/P, Instansi, Jabatan, No. HP/e-mail, Tanda tangan) as PDF or XLSX, one day or all; contact and signatures for the organisers only',
        params: exportParams,
        querystring: exportQuery,
        produces,
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const file = await exportDaftarHadir(
        db,
        request.actor,
        request.params.id,
        request.params.format,
        request.query,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: config.evidenceMaxMb * 1024 * 1024, files: 1 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/meetings/:id/attendance/scans',
      {
        schema: {
          tags,
          summary: `Upload a scanned paper attendance list of a day (organisers; multipart: field "day" then "file" — image or PDF, up to ${config.evidenceMaxMb} MB)`,
          consumes: ['multipart/form-data'],
          params: meetingParams,
          response: { 201: scanSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await uploadScan(scans, request.actor, request.params.id, request)),
    );
  });

  app.get(
    '/api/attendance-scans/:id',
    {
      schema: {
        tags,
        summary: "Download a scanned paper attendance list: who may see attendees' personal data",
        params: scanParams,
        response: { 200: z.unknown().describe('The file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, body } = await downloadScan(scans, request.actor, request.params.id);
      return reply
        .header('content-type', row.contentType)
        .header('content-disposition', contentDisposition(row.fileName))
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.delete(
    '/api/attendance-scans/:id',
    {
      schema: {
        tags,
        summary: 'Remove a scanned paper attendance list (organisers)',
        params: scanParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteScan(scans, request.actor, request.params.id),
  );
}
