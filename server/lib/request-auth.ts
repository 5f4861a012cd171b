/**
 * Per-request identity and CSRF defence, applied to every /api route:
 * - the session cookie becomes `request.actor` (null for the anonymous public);
 * - a cookie-authenticated write must come from our own origin (or a configured one), or,
 *   from a non-browser client that sends no Origin, with a JSON body: a cross-site HTML
 *   form can do neither, and SameSite=Lax already keeps the cookie off most of them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import type { AppContext, ZodApp } from './context.js';
import { AppError } from './errors.js';
import { resolveSession, SESSION_COOKIE } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The cookie named a session that has expired (so "sign in again", not "sign in"). */
    sessionExpired: boolean;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function isSameOriginWrite(request: FastifyRequest, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (origin) return origin === requestOrigin(request) || allowedOrigins.includes(origin);
  const contentType = request.headers['content-type'] ?? '';
  // No Origin (curl, scripts): only a JSON body, or no body at all, which forms cannot send.
  return contentType === ''
    ? !request.headers['content-length'] || request.headers['content-length'] === '0'
    : contentType.startsWith('application/json');
}

export function registerRequestAuth(app: ZodApp, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method) && !isSameOriginWrite(request, ctx.config.allowedOrigins)) {
      throw new AppError(403, 'csrf_rejected', 'csrf_rejected');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(ctx.database.db, token, {
      idleMinutes: ctx.config.sessionIdleMinutes,
      maxHours: ctx.config.sessionMaxHours,
    });
    if (session.status === 'valid') {
      request.actor = { ...session.actor, ip: request.ip };
      request.sessionToken = token;
    } else {
      request.sessionExpired = session.status === 'expired';
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  });
}
