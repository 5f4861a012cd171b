/**
 * API keys of the open read API (docs/api-keys.md): registration by e-mail, confirmation (the
 * JSON route and the page the e-mail links to), revocation by the holder, and the
 * superadmin's list and revocation. The key check on every `/api/public/…` request is
 * request-key.ts.
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiKeyList,
  apiKeyListQuery,
  confirmAnswer,
  confirmParams,
  prefixParams,
  registerApiKeyAnswer,
  registerApiKeyBody,
  revokeAnswer,
} from '../../../api/api-keys.js';
import { errorResponses, errorSchema, uuidParam } from '../../../api/common.js';
import { isConfirmationTokenFormat } from '../../../domain/api-keys.js';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { clientAddress } from '../../lib/rate-limit.js';
import { createMailer } from '../notifications/mailer.js';
import { confirmApiKey, listApiKeys, revokeByHolder, revokeBySuperadmin } from './keys.js';
import { confirmPage, createdPage, failedPage } from './page.js';
import { CONFIRMATION_EMAIL_JOB, confirmationEmailJob, registerApiKey } from './registration.js';
import { registerApiKeyAuth } from './request-key.js';

const tags = ['api-keys'];
const HOUR_MS = 3_600_000;
/** Confirmations a minute per address: a token is 256 random bits, this only caps wasted work. */
const CONFIRM_PER_MINUTE = 30;

function confirmRateLimit(): RateLimitOptions {
  return {
    max: CONFIRM_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `api-key-confirm:${clientAddress(request)}`,
    // The app-wide limit skips pages outside /api; this one counts the page too.
    allowList: () => false,
  };
}

const pageHeaders = { 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8' };

export function apiKeyRoutes(app: ZodApp, ctx: AppContext): void {
  const { db } = ctx.database;
  const { config } = ctx;
  const resolver = registerApiKeyAuth(app, ctx);

  // The confirmation e-mail goes to an address that is no Setara user: this module's job,
  // through the notifications module's mailer (as the meetings module mails invitees).
  const mailer = config.smtp ? createMailer(config.smtp) : null;
  app.addHook('onClose', async () => mailer?.close());
  ctx.jobs.register(CONFIRMATION_EMAIL_JOB, confirmationEmailJob(config, mailer));

  app.post(
    '/api/public/api-keys',
    {
      config: {
        rateLimit: {
          max: config.rateLimitApiKeyRegisterPerHour,
          timeWindow: HOUR_MS,
          keyGenerator: (request: FastifyRequest) => `api-key-register:${clientAddress(request)}`,
        },
      },
      schema: {
        tags,
        summary:
          'Ask for an API key: a confirmation link is mailed to the address (the same answer for every address)',
        security: [],
        body: registerApiKeyBody,
        response: { 202: registerApiKeyAnswer, 503: errorSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const answer = await registerApiKey(db, config, request.body, request.ip);
      return reply.code(202).send(answer);
    },
  );

  app.post(
    '/api/public/api-keys/confirm/:token',
    {
      config: { rateLimit: confirmRateLimit() },
      schema: {
        tags,
        summary: 'Spend the e-mailed token and get the key: shown this once, only its hash is kept',
        security: [],
        params: confirmParams,
        response: { 200: confirmAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return confirmApiKey(db, config, request.params.token, request.ip);
    },
  );

  app.delete(
    '/api/public/api-keys/:prefix',
    {
      schema: {
        tags,
        summary:
          'Revoke your key: send the key itself in X-API-Key (or Authorization: Bearer) to prove you hold it',
        security: [],
        params: prefixParams,
        response: { 200: revokeAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const answer = await revokeByHolder(db, request.apiKey, request.params.prefix, request.ip);
      if (request.apiKey) resolver.forget(request.apiKey.id);
      return answer;
    },
  );

  app.get(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Every API key (superadmin): prefix, holder, purpose, created, last used, revoked',
        querystring: apiKeyListQuery,
        response: { 200: apiKeyList, ...errorResponses },
      },
    },
    async (request) => listApiKeys(db, request.actor, request.query),
  );

  app.post(
    '/api/api-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a key (superadmin); other app servers stop accepting it within 10 s',
        params: uuidParam,
        response: { 200: revokeAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const answer = await revokeBySuperadmin(db, request.actor, request.params.id);
      resolver.forget(request.params.id);
      return answer;
    },
  );

  // The page the e-mail links to; outside /api, so no JSON and no CSRF rule: a form posts here.
  app.register(async (scope) => {
    // A plain HTML form posts url-encoded; its only field is the token in the path.
    scope.addContentTypeParser('application/x-www-form-urlencoded', (_request, _payload, done) => done(null));
    const pages = scope.withTypeProvider<ZodTypeProvider>();
    const pageParams = z.object({ token: z.string().max(200) });
    pages.get(
      '/kunci-api/:token',
      { config: { rateLimit: confirmRateLimit() }, schema: { hide: true, params: pageParams } },
      async (request, reply) => {
        const valid = isConfirmationTokenFormat(request.params.token);
        return reply
          .headers(pageHeaders)
          .code(valid ? 200 : 404)
          .send(valid ? confirmPage() : failedPage('api_key_confirmation_invalid'));
      },
    );
    pages.post(
      '/kunci-api/:token',
      { config: { rateLimit: confirmRateLimit() }, schema: { hide: true, params: pageParams } },
      async (request, reply) => {
        reply.headers(pageHeaders);
        if (!isConfirmationTokenFormat(request.params.token)) {
          return reply.code(404).send(failedPage('api_key_confirmation_invalid'));
        }
        try {
          return reply.send(createdPage(await confirmApiKey(db, config, request.params.token, request.ip)));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          return reply.code(error.status).send(failedPage(error.messageKey, error.params));
        }
      },
    );
  });
}
