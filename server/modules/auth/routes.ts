import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, ZodApp } from '../../lib/context.js';
import { TooManyAttempts } from '../../lib/errors.js';
import { clientAddress, signInRateLimit } from '../../lib/rate-limit.js';
import { SESSION_COOKIE } from '../../lib/sessions.js';
import { changeEmailBody, changePasswordBody, loginBody, meResponse } from '../../../api/auth.js';
import { errorResponses, okSchema } from '../../../api/common.js';
import { DEVICE_COOKIE, DEVICE_TRUST_DAYS } from './devices.js';
import {
  changeOwnEmail,
  changeOwnPassword,
  currentUser,
  login,
  logout,
  type SignInClient,
} from './service.js';

const tags = ['auth'];

function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

function signInClientOf(request: FastifyRequest): SignInClient {
  return {
    ...clientOf(request),
    address: clientAddress(request),
    deviceToken: request.cookies[DEVICE_COOKIE] ?? null,
    // The raw cookie, valid or not: whatever session it names ends with the new sign-in.
    sessionToken: request.cookies[SESSION_COOKIE] ?? null,
    sessionUserId: request.actor?.userId ?? null,
  };
}

function setCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, expires: Date) {
  reply.setCookie(name, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires,
  });
}

/** A throttled sign-in (or password check) tells the client how long to wait. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyAttempts) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

export function authRoutes(app: ZodApp, { database, config }: AppContext): void {
  const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: signInRateLimit(config) },
      schema: {
        tags,
        summary: 'Sign in with username (or email) and password',
        description:
          'Ends the session the browser already held. Throttled per address and per account: 429 with Retry-After (docs/security.md).',
        body: loginBody,
        response: { 200: meResponse, 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const signedIn = await withRetryAfter(reply, () =>
        login(database.db, policy, request.body, signInClientOf(request)),
      );
      setCookie(request, reply, SESSION_COOKIE, signedIn.token, signedIn.expiresAt);
      const deviceExpires = new Date(Date.now() + DEVICE_TRUST_DAYS * 86_400_000);
      setCookie(request, reply, DEVICE_COOKIE, signedIn.deviceToken, deviceExpires);
      return { user: signedIn.me };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out', response: { 200: okSchema, ...errorResponses } } },
    async (request, reply) => {
      await logout(database.db, request.actor, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: meResponse, ...errorResponses } } },
    async (request) => ({ user: await currentUser(database.db, request.actor) }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your own password',
        description:
          'A wrong current password counts as a failed sign-in from this address: five lock it (429 with Retry-After).',
        body: changePasswordBody,
        response: { 200: okSchema, 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () =>
        changeOwnPassword(
          database.db,
          request.actor,
          request.sessionToken,
          request.body,
          clientAddress(request),
        ),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/email',
    {
      schema: {
        tags,
        summary: 'Change your own e-mail address (where notifications are sent)',
        description:
          'Asks for the current password; a wrong one counts as a failed sign-in from this address (429 with Retry-After after five). The address is unique (409 on `email`); null removes it.',
        body: changeEmailBody,
        response: { 200: meResponse, 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => ({
      user: await withRetryAfter(reply, () =>
        changeOwnEmail(database.db, request.actor, request.body, clientAddress(request)),
      ),
    }),
  );
}
