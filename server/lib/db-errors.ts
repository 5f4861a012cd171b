/** Recognises PostgreSQL errors that are the caller's fault, whichever driver raised them. */

interface PgLikeError {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
  cause?: unknown;
}

function pgErrorOf(error: unknown): PgLikeError | null {
  let e = error as PgLikeError | undefined;
  // Drizzle wraps driver errors in DrizzleQueryError with the original as `cause`.
  for (let depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    e = e.cause as PgLikeError | undefined;
  }
  return null;
}

/** The name of the violated unique constraint or index, or null if it is another error. */
export function uniqueViolation(error: unknown): string | null {
  const e = pgErrorOf(error);
  if (e?.code !== '23505') return null;
  if (e.constraint) return e.constraint;
  // PGlite may not fill `constraint`; the message names it.
  return /constraint "([^"]+)"/.exec(e.message ?? '')?.[1] ?? '';
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgErrorOf(error)?.code === '23503';
}

/** Runs `work`; a unique violation on a known constraint becomes the given error. */
export async function mapUniqueViolations<T>(
  work: () => Promise<T>,
  map: Record<string, () => Error>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const make = constraint !== null ? map[constraint] : undefined;
    if (make) throw make();
    throw error;
  }
}

/** The statement ran past its statement_timeout (or was cancelled): 57014 query_canceled. */
export function isStatementTimeout(error: unknown): boolean {
  return pgErrorOf(error)?.code === '57014';
}
