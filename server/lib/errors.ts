/**
 * Typed errors thrown by services. Each carries an HTTP status, a stable code, and a message
 * key (translated in one place, server/lib/error-handler.ts). Field errors map a field path
 * to a message key, so forms can show the message beside the field.
 */
import type { MessageKey } from './messages.js';

export type FieldErrors = Record<string, MessageKey>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly fields?: FieldErrors,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
}

export class Unauthenticated extends AppError {
  constructor(messageKey: MessageKey = 'unauthenticated') {
    super(401, 'unauthenticated', messageKey);
  }
}

export class InvalidCredentials extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'invalid_credentials');
  }
}

export class Forbidden extends AppError {
  /** `fields` names what the caller may not touch when a request mixes allowed and refused parts. */
  constructor(messageKey: MessageKey = 'forbidden', fields?: FieldErrors) {
    super(403, 'forbidden', messageKey, fields);
  }
}

export class NotFound extends AppError {
  constructor(messageKey: MessageKey = 'not_found') {
    super(404, 'not_found', messageKey);
  }
}

export class Conflict extends AppError {
  constructor(fields: FieldErrors, messageKey: MessageKey = 'conflict') {
    super(409, 'conflict', messageKey, fields);
  }
}

/** Well-formed input that breaks a rule (HTTP 422). */
export class Invalid extends AppError {
  constructor(
    fields: FieldErrors,
    messageKey: MessageKey = 'invalid',
    params: Record<string, string | number> = {},
  ) {
    super(422, 'invalid', messageKey, fields, params);
  }
}

/** Sign-in refused for a while (modules/auth/throttle.ts); the route sends Retry-After. */
export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too_many_attempts', 'too_many_attempts', undefined, {
      minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
    });
  }
}
