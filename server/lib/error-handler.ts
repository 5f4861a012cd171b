/**
 * The one place where errors become HTTP answers: `{"error": {code, message, fields?}}`,
 * messages in the caller's language.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldErrors } from './errors.js';
import { isMessageKey, languageOf, translate, type MessageKey } from './messages.js';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

/** Zod issue -> field path and message key (with the numbers the message needs). */
function fieldErrorsOf(issues: ValidationIssue[]): {
  fields: FieldErrors;
  params: Record<string, Record<string, string | number>>;
} {
  const fields: FieldErrors = {};
  const params: Record<string, Record<string, string | number>> = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (issue.keyword === 'unrecognized_keys') {
      for (const key of (issue.params.keys as string[]) ?? []) {
        fields[path ? `${path}.${key}` : key] = 'unknown_field';
      }
      continue;
    }
    const field = path || '_';
    if (fields[field]) continue;
    const origin = issue.params.origin;
    switch (issue.keyword) {
      case 'invalid_type':
        fields[field] = /received undefined/.test(issue.message) ? 'required' : 'wrong_type';
        break;
      case 'too_small':
        fields[field] =
          origin === 'string' ? (issue.params.minimum === 1 ? 'required' : 'too_short') : 'too_small';
        params[field] = { min: Number(issue.params.minimum) };
        break;
      case 'too_big':
        fields[field] = origin === 'string' ? 'too_long' : 'too_big';
        params[field] = { max: Number(issue.params.maximum) };
        break;
      case 'invalid_value':
        fields[field] = 'not_allowed_value';
        break;
      case 'custom':
        // Custom refinements name a message key as their message.
        fields[field] = isMessageKey(issue.message) ? issue.message : 'bad_format';
        break;
      default:
        fields[field] = 'bad_format';
    }
  }
  return { fields, params };
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  key: MessageKey,
  fields?: FieldErrors,
  params: Record<string, string | number> = {},
  fieldParams: Record<string, Record<string, string | number>> = {},
) {
  const lang = languageOf(request.headers['accept-language']);
  const body: { code: string; message: string; fields?: Record<string, string> } = {
    code,
    message: translate(key, lang, params),
  };
  if (fields && Object.keys(fields).length > 0) {
    body.fields = Object.fromEntries(
      Object.entries(fields).map(([f, k]) => [f, translate(k, lang, fieldParams[f])]),
    );
  }
  return reply.status(status).send({ error: body });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'unauthenticated' && request.sessionExpired) {
        return sendError(reply, request, 401, 'unauthenticated', 'session_expired');
      }
      // A field's message takes the error's parameters too ("larger than {max} MB" at `file`).
      const fieldParams = Object.fromEntries(Object.keys(error.fields ?? {}).map((f) => [f, error.params]));
      return sendError(
        reply,
        request,
        error.status,
        error.code,
        error.messageKey,
        error.fields,
        error.params,
        fieldParams,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const { fields, params } = fieldErrorsOf(error.validation as unknown as ValidationIssue[]);
      return sendError(reply, request, 400, 'validation_failed', 'validation_failed', fields, {}, params);
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, request, 413, 'payload_too_large', 'payload_too_large');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendError(reply, request, 400, 'validation_failed', 'malformed_json');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, request, 415, 'validation_failed', 'bad_format');
    }
    if (error.statusCode === 404 || error.statusCode === 403) {
      return sendError(reply, request, 404, 'not_found', 'not_found');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, request, error.statusCode, 'validation_failed', 'validation_failed');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 500, 'internal', 'internal');
  });
}
