import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { regionCodeParam } from '../../../api/regions.js';
import { errorResponses, errorSchema, uuidParam } from '../../../api/common.js';
import { LOGO_MAX_BYTES } from './logo.js';
import { letterheadBody, letterheadSchema, signatoryBody, signatorySchema } from '../../../api/letterhead.js';
import {
  deleteLogo,
  getLetterhead,
  getLogo,
  getSignatory,
  logoTooLarge,
  putLetterhead,
  putLogo,
  putSignatory,
} from './service.js';

const tags = ['pprg documents'];

/** The uploaded file's bytes (at most the logo limit), or null when no file was sent. */
async function readLogoUpload(request: FastifyRequest): Promise<Buffer | null> {
  try {
    const part = await request.file({ limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 5, parts: 6 } });
    return part ? await part.toBuffer() : null;
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw logoTooLarge();
    throw error;
  }
}

export function letterheadRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/regions/:code/letterhead',
    {
      schema: {
        tags,
        summary: "The region's letterhead (kop surat) for official exports; a default until one is saved",
        params: regionCodeParam,
        response: { 200: letterheadSchema, ...errorResponses },
      },
    },
    async (request) => getLetterhead(database.db, request.actor, request.params.code),
  );

  app.put(
    '/api/regions/:code/letterhead',
    {
      schema: {
        tags,
        summary: "Set the region's letterhead text (admin daerah)",
        params: regionCodeParam,
        body: letterheadBody,
        response: { 200: letterheadSchema, ...errorResponses },
      },
    },
    async (request) => putLetterhead(database.db, request.actor, request.params.code, request.body),
  );

  // Multipart only here, so every other route keeps the 1 MiB JSON body limit.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: LOGO_MAX_BYTES, files: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/api/regions/:code/letterhead/logo',
      {
        schema: {
          tags,
          summary: 'Upload the letterhead logo (multipart field "file": PNG or JPEG, up to 512 KB)',
          consumes: ['multipart/form-data'],
          params: regionCodeParam,
          response: { 200: letterheadSchema, 413: errorSchema, ...errorResponses },
        },
      },
      async (request) =>
        putLogo(database.db, request.actor, request.params.code, await readLogoUpload(request)),
    );
  });

  app.get(
    '/api/regions/:code/letterhead/logo',
    {
      schema: {
        tags,
        summary: 'The letterhead logo image',
        params: regionCodeParam,
        produces: ['image/png', 'image/jpeg'],
        response: { 200: z.unknown().describe('The image'), 304: z.unknown(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const logo = await getLogo(database.db, request.actor, request.params.code);
      // Private (it needs a session) but revalidated cheaply: the tag is the image's hash.
      reply.header('cache-control', 'private, max-age=300').header('etag', logo.etag);
      if (request.headers['if-none-match'] === logo.etag) return reply.status(304).send();
      return reply.header('content-type', logo.mime).send(logo.data);
    },
  );

  app.delete(
    '/api/regions/:code/letterhead/logo',
    {
      schema: {
        tags,
        summary: 'Remove the letterhead logo (admin daerah)',
        params: regionCodeParam,
        response: { 200: letterheadSchema, ...errorResponses },
      },
    },
    async (request) => deleteLogo(database.db, request.actor, request.params.code),
  );

  app.get(
    '/api/opd/:id/signatory',
    {
      schema: {
        tags,
        summary: "Who signs an OPD's documents (its head), with NIP",
        params: uuidParam,
        response: { 200: signatorySchema, ...errorResponses },
      },
    },
    async (request) => getSignatory(database.db, request.actor, request.params.id),
  );

  app.put(
    '/api/opd/:id/signatory',
    {
      schema: {
        tags,
        summary: "Set who signs an OPD's documents",
        params: uuidParam,
        body: signatoryBody,
        response: { 200: signatorySchema, ...errorResponses },
      },
    },
    async (request) => putSignatory(database.db, request.actor, request.params.id, request.body),
  );
}
