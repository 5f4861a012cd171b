/**
 * Routes of the PUG institutions (docs/api-kelembagaan.md). Reads: every role of the region,
 * provinsi above it, superadmin; writes: the region's admin daerah and superadmin
 * (domain/kelembagaan/access.ts). Phone and e-mail of people only to the managers.
 */
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema, okSchema } from '../../../api/common.js';
import {
  decreeBody,
  decreeParams,
  decreeSchema,
  fileInfo,
  figuresQuery,
  focalPointBody,
  focalPointList,
  focalPointParams,
  focalPointSchema,
  kelembagaanFiguresSchema,
  listFocalPointsQuery,
  listPeopleQuery,
  mergePeopleBody,
  officialsBody,
  officialsImportResult,
  officialsQuery,
  officialsSchema,
  staffTrainingBody,
  staffTrainingImportResult,
  staffTrainingQuery,
  staffTrainingSchema,
  partnerBody,
  partnerList,
  partnerParams,
  partnerSchema,
  peopleList,
  peoplePage,
  personDetail,
  personParams,
  personSchema,
  pokjaOverview,
  regionParams,
  searchPeopleQuery,
  teamBody,
  teamList,
  teamParams,
  teamSchema,
  updateFocalPointBody,
  updatePersonBody,
} from '../../../api/kelembagaan.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { contentDisposition } from '../monev/evidence.js';
import { getFigures } from './figures.js';
import { downloadSkFile, uploadSkFile, type FileDeps, type SkOwner } from './files.js';
import { createFocalPoint, deleteFocalPoint, listFocalPoints, updateFocalPoint } from './focal-points.js';
import { getOfficials, importOfficials, putOfficials } from './officials.js';
import { getStaffTraining, importStaffTraining, putStaffTraining } from './staff-training.js';
import { getPerson, listPeople, mergePeople, searchPeople, updatePerson } from './people.js';
import { createDecree, getDecree, getPokja, updateDecree } from './pokja.js';
import { deletePartner, deleteTeam, listPartners, listTeams, savePartner, saveTeam } from './teams.js';
import { KELEMBAGAAN_LIMITS } from '../../../domain/kelembagaan/constants.js';

const tags = ['kelembagaan'];
const BASE = '/api/regions/:code/kelembagaan';

export function kelembagaanRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const fileDeps: FileDeps = {
    db,
    files: ctx.files,
    scratchDir: path.join(ctx.config.importDir, 'kelembagaan'),
    maxMb: KELEMBAGAAN_LIMITS.pdfMaxMb,
  };

  // People --------------------------------------------------------------------------------------
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
  app.get(
    `${BASE}/people`,
    {
      schema: {
        tags,
        summary: 'The people registry, paged and searchable (merged rows hidden)',
        params: regionParams,
        querystring: searchPeopleQuery,
        response: { 200: peoplePage, ...errorResponses },
      },
    },
    async (request) => searchPeople(db, request.actor, request.params.code, request.query),
  );
  app.get(
    `${BASE}/people/:personId`,
    {
      schema: {
        tags,
        summary: 'One person with the roles they hold (Pokja, focal point, team, partner)',
        params: personParams,
        response: { 200: personDetail, ...errorResponses },
      },
    },
    async (request) => getPerson(db, request.actor, request.params.code, request.params.personId),
  );
  app.patch(
    `${BASE}/people/:personId`,
    {
      schema: {
        tags,
        summary: 'Correct a person (managers)',
        params: personParams,
        body: updatePersonBody,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request) =>
      updatePerson(db, request.actor, request.params.code, request.params.personId, request.body),
  );
  app.post(
    `${BASE}/people/:personId/merge`,
    {
      schema: {
        tags,
        summary:
          'Merge this person into `keepId` (one person typed twice): every reference moves to the kept row, this one stays merged for the history',
        params: personParams,
        body: mergePeopleBody,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request) =>
      mergePeople(db, request.actor, request.params.code, request.params.personId, request.body.keepId),
  );

  // Pokja PUG -----------------------------------------------------------------------------------
  app.get(
    `${BASE}/pokja`,
    {
      schema: {
        tags,
        summary: 'The Pokja PUG: the current SK with its members, and the earlier SKs',
        params: regionParams,
        response: { 200: pokjaOverview, ...errorResponses },
      },
    },
    async (request) => getPokja(db, request.actor, request.params.code),
  );
  app.get(
    `${BASE}/pokja/decrees/:decreeId`,
    {
      schema: {
        tags,
        summary: 'One SK of the Pokja PUG (current or past) with its members',
        params: decreeParams,
        response: { 200: decreeSchema, ...errorResponses },
      },
    },
    async (request) => getDecree(db, request.actor, request.params.code, request.params.decreeId),
  );
  app.post(
    `${BASE}/pokja/decrees`,
    {
      schema: {
        tags,
        summary:
          'A new SK of the Pokja PUG with its members; it replaces the current one, which stays in the history',
        params: regionParams,
        body: decreeBody,
        response: { 201: decreeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDecree(db, request.actor, request.params.code, request.body)),
  );
  app.put(
    `${BASE}/pokja/decrees/:decreeId`,
    {
      schema: {
        tags,
        summary: 'Correct an SK and its members',
        params: decreeParams,
        body: decreeBody,
        response: { 200: decreeSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDecree(db, request.actor, request.params.code, request.params.decreeId, request.body),
  );

  // Focal points ----------------------------------------------------------------------------------
  app.get(
    `${BASE}/focal-points`,
    {
      schema: {
        tags,
        summary: 'Focal points PUG per OPD (open ones; `includeEnded=true` for all)',
        params: regionParams,
        querystring: listFocalPointsQuery,
        response: { 200: focalPointList, ...errorResponses },
      },
    },
    async (request) => listFocalPoints(db, request.actor, request.params.code, request.query),
  );
  app.post(
    `${BASE}/focal-points`,
    {
      schema: {
        tags,
        summary: 'Name a focal point of an OPD',
        params: regionParams,
        body: focalPointBody,
        response: { 201: focalPointSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFocalPoint(db, request.actor, request.params.code, request.body)),
  );
  app.patch(
    `${BASE}/focal-points/:focalPointId`,
    {
      schema: {
        tags,
        summary: 'Change a focal point (SK, training, end)',
        params: focalPointParams,
        body: updateFocalPointBody,
        response: { 200: focalPointSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateFocalPoint(db, request.actor, request.params.code, request.params.focalPointId, request.body),
  );
  app.delete(
    `${BASE}/focal-points/:focalPointId`,
    {
      schema: {
        tags,
        summary: 'Remove a focal point typed by mistake (to record an end, set endedOn instead)',
        params: focalPointParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { fileKey } = await deleteFocalPoint(
        db,
        request.actor,
        request.params.code,
        request.params.focalPointId,
      );
      if (fileKey) await ctx.files.delete(fileKey).catch(() => undefined);
      return { ok: true as const };
    },
  );

  // SK files ---------------------------------------------------------------------------------------
  const fileRoutes: [SkOwner, string, z.ZodTypeAny][] = [
    ['decree', `${BASE}/pokja/decrees/:decreeId/file`, decreeParams],
    ['focal_point', `${BASE}/focal-points/:focalPointId/file`, focalPointParams],
  ];
  const idOf = (owner: SkOwner, params: Record<string, string>) =>
    owner === 'decree' ? params.decreeId! : params.focalPointId!;
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: KELEMBAGAAN_LIMITS.pdfMaxMb * 1024 * 1024, files: 1 },
    });
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    for (const [owner, url, params] of fileRoutes) {
      typed.post(
        url,
        {
          schema: {
            tags,
            summary: `Attach the SK as PDF (multipart field "file", up to ${KELEMBAGAAN_LIMITS.pdfMaxMb} MB; the kind is read from the bytes); replaces an earlier file`,
            consumes: ['multipart/form-data'],
            params,
            response: { 201: fileInfo, 413: errorSchema, ...errorResponses },
          },
        },
        async (request, reply) => {
          const p = request.params as Record<string, string>;
          const info = await uploadSkFile(fileDeps, request.actor, owner, p.code!, idOf(owner, p), request);
          return reply.status(201).send(info);
        },
      );
    }
    typed.post(
      `${BASE}/officials/import`,
      {
        schema: {
          tags,
          summary:
            'Import officials by echelon and sex from CSV or XLSX (columns tahun, opd (optional), eselon, perempuan, laki_laki); any bad row stores nothing',
          consumes: ['multipart/form-data'],
          params: regionParams,
          response: { 200: officialsImportResult, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) =>
        importOfficials({ ...fileDeps, maxMb: 5 }, request.actor, request.params.code, request),
    );
    typed.post(
      `${BASE}/staff-training/import`,
      {
        schema: {
          tags,
          summary:
            'Import staff (ASN) and those trained in PUG/PPRG from CSV or XLSX (columns tahun, opd (optional), jumlah_asn, terlatih); any bad row stores nothing',
          consumes: ['multipart/form-data'],
          params: regionParams,
          response: { 200: staffTrainingImportResult, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) =>
        importStaffTraining({ ...fileDeps, maxMb: 5 }, request.actor, request.params.code, request),
    );
  });
  for (const [owner, url, params] of fileRoutes) {
    app.get(
      url,
      {
        schema: {
          tags,
          summary: 'Download the SK PDF',
          params,
          response: { 200: z.unknown().describe('The PDF'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const p = request.params as Record<string, string>;
        const { fileName, body } = await downloadSkFile(
          fileDeps,
          request.actor,
          owner,
          p.code!,
          idOf(owner, p),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition(fileName))
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  }

  // Teams and partners ------------------------------------------------------------------------
  app.get(
    `${BASE}/teams`,
    {
      schema: {
        tags,
        summary: 'Tim Driver / Tim Teknis PPRG and other teams, with members',
        params: regionParams,
        response: { 200: teamList, ...errorResponses },
      },
    },
    async (request) => listTeams(db, request.actor, request.params.code),
  );
  app.post(
    `${BASE}/teams`,
    {
      schema: {
        tags,
        summary: 'Add a team',
        params: regionParams,
        body: teamBody,
        response: { 201: teamSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveTeam(db, request.actor, request.params.code, null, request.body)),
  );
  app.put(
    `${BASE}/teams/:teamId`,
    {
      schema: {
        tags,
        summary: 'Change a team and its members',
        params: teamParams,
        body: teamBody,
        response: { 200: teamSchema, ...errorResponses },
      },
    },
    async (request) => saveTeam(db, request.actor, request.params.code, request.params.teamId, request.body),
  );
  app.delete(
    `${BASE}/teams/:teamId`,
    {
      schema: {
        tags,
        summary: 'Remove a team',
        params: teamParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deleteTeam(db, request.actor, request.params.code, request.params.teamId),
  );
  app.get(
    `${BASE}/partners`,
    {
      schema: {
        tags,
        summary: 'Partners (PSW/PSGA, LSM, Forum PUSPA, instansi vertikal, others) with contacts',
        params: regionParams,
        response: { 200: partnerList, ...errorResponses },
      },
    },
    async (request) => listPartners(db, request.actor, request.params.code),
  );
  app.post(
    `${BASE}/partners`,
    {
      schema: {
        tags,
        summary: 'Add a partner',
        params: regionParams,
        body: partnerBody,
        response: { 201: partnerSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await savePartner(db, request.actor, request.params.code, null, request.body)),
  );
  app.put(
    `${BASE}/partners/:partnerId`,
    {
      schema: {
        tags,
        summary: 'Change a partner and its contacts',
        params: partnerParams,
        body: partnerBody,
        response: { 200: partnerSchema, ...errorResponses },
      },
    },
    async (request) =>
      savePartner(db, request.actor, request.params.code, request.params.partnerId, request.body),
  );
  app.delete(
    `${BASE}/partners/:partnerId`,
    {
      schema: {
        tags,
        summary: 'Remove a partner',
        params: partnerParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => deletePartner(db, request.actor, request.params.code, request.params.partnerId),
  );

  // Officials by echelon and figures -----------------------------------------------------------
  app.get(
    `${BASE}/officials`,
    {
      schema: {
        tags,
        summary: "A year's officials by echelon and sex (the region's and per OPD)",
        params: regionParams,
        querystring: officialsQuery,
        response: { 200: officialsSchema, ...errorResponses },
      },
    },
    async (request) => getOfficials(db, request.actor, request.params.code, request.query.year),
  );
  app.put(
    `${BASE}/officials`,
    {
      schema: {
        tags,
        summary: "Set a year's officials by echelon and sex for the region (opdId null) or one OPD",
        params: regionParams,
        body: officialsBody,
        response: { 200: officialsSchema, ...errorResponses },
      },
    },
    async (request) => putOfficials(db, request.actor, request.params.code, request.body),
  );
  app.get(
    `${BASE}/staff-training`,
    {
      schema: {
        tags,
        summary: "A year's staff (ASN) and those trained in PUG/PPRG (the region's and per OPD)",
        params: regionParams,
        querystring: staffTrainingQuery,
        response: { 200: staffTrainingSchema, ...errorResponses },
      },
    },
    async (request) => getStaffTraining(db, request.actor, request.params.code, request.query.year),
  );
  app.put(
    `${BASE}/staff-training`,
    {
      schema: {
        tags,
        summary:
          "Set a year's staff (ASN) and those trained in PUG/PPRG for the region (opdId null) or one OPD; both null clears",
        params: regionParams,
        body: staffTrainingBody,
        response: { 200: staffTrainingSchema, ...errorResponses },
      },
    },
    async (request) => putStaffTraining(db, request.actor, request.params.code, request.body),
  );
  app.get(
    `${BASE}/figures`,
    {
      schema: {
        tags,
        summary:
          "A year's figures: current Pokja SK, OPDs with a focal-point SK, focal points trained in PUG/PPRG, % staff trained in PUG/PPRG (with Bimtek certificates as a hint), % women among officials by echelon; per region and per OPD",
        params: regionParams,
        querystring: figuresQuery,
        response: { 200: kelembagaanFiguresSchema, ...errorResponses },
      },
    },
    async (request) => getFigures(db, request.actor, request.params.code, request.query.year),
  );
}
