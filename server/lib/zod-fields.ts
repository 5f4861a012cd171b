/**
 * Field errors from a zod issue list, for services that validate beyond the route's schema
 * (and so answer 422 rather than the schema's 400). Paths are joined with dots under an
 * optional prefix; a refinement's message that is a message key is kept as the field's message.
 */
import type { z } from 'zod';
import type { FieldErrors } from './errors.js';
import { isMessageKey } from './messages.js';

export function fieldErrorsOfZod(error: z.ZodError, prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_';
    if (fields[path]) continue;
    if (isMessageKey(issue.message)) fields[path] = issue.message;
    else if (issue.code === 'invalid_type')
      fields[path] = issue.input === undefined ? 'required' : 'wrong_type';
    else if (issue.code === 'unrecognized_keys') fields[path] = 'unknown_field';
    else fields[path] = 'bad_format';
  }
  return fields;
}
