/**
 * Refuses U+0000 (NUL) anywhere in a request's parsed input — JSON body, query string, path
 * parameters, object keys included — with the validation error every form understands (400,
 * `fields` naming each path). PostgreSQL's text and jsonb cannot hold NUL: without this guard
 * a NUL reached the database and failed there as a 500. One hook for every route, before its
 * schema runs, so no route can forget it; multipart bodies are streamed by their handlers and
 * clean their file names themselves (imports/upload.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldErrors } from './errors.js';

const NUL = '\u0000';

/** A field path as the validation errors name it (`members.1.code`); a NUL in a key is shown. */
function pathOf(parent: string, key: string | number): string {
  const part = typeof key === 'number' ? String(key) : key.replaceAll(NUL, '\\u0000');
  return parent ? `${parent}.${part}` : part;
}

/**
 * Every path in `value` whose string, or key, holds NUL. Iterative: a parsed body can nest
 * deeper than the call stack allows.
 */
export function nulPaths(value: unknown, root = ''): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [item, at] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes(NUL)) found.push(at || '_');
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], pathOf(at, i)]);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const childPath = pathOf(at, key);
        if (key.includes(NUL)) found.push(childPath);
        else stack.push([child, childPath]);
      }
    }
  }
  return found;
}

function check(request: FastifyRequest): void {
  const paths = [
    ...nulPaths(request.params),
    ...nulPaths(request.query),
    ...(typeof request.body === 'object' || typeof request.body === 'string' ? nulPaths(request.body) : []),
  ];
  if (paths.length === 0) return;
  const fields: FieldErrors = Object.fromEntries(paths.map((p) => [p, 'text_nul' as const]));
  throw new AppError(400, 'validation_failed', 'validation_failed', fields);
}

export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => check(request));
}
