/**
 * A starting server whose PostgreSQL is not reachable yet (it boots after the app, a network
 * blip, a database still being created) waits for it with back-off for a configured time,
 * saying so in one line per try; then gives up with one line, not a stack trace. Errors that
 * waiting cannot fix (a wrong password, a URL that is not a PostgreSQL URL) end it at once.
 */

/** Network failures and PostgreSQL's "not now" answers: worth another try. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  '57P03', // the database system is starting up
  '3D000', // database does not exist (yet)
]);

export class DatabaseUnreachable extends Error {}

/** The URL as it may be printed: no password. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: { message?: string }[] };
  const message = e.message || e.errors?.map((x) => x.message).join('; ') || String(error);
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

function isTransient(error: unknown): boolean {
  const e = error as { code?: string; errors?: { code?: string }[] };
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  if (e.code?.startsWith('08')) return true; // connection exception class
  return Boolean(e.errors?.some((x) => x.code && TRANSIENT_CODES.has(x.code)));
}

export interface WaitOptions {
  url: string;
  /** How long to keep trying, in seconds; 0 tries once. */
  waitSeconds: number;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs `connect` until it succeeds, fails for good, or the wait is over. */
export async function connectWithRetry<T>(connect: () => Promise<T>, options: WaitOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const where = redactedUrl(options.url);
  const deadline = Date.now() + options.waitSeconds * 1000;
  for (let delay = 500; ; delay = Math.min(delay * 2, 15_000)) {
    try {
      return await connect();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isTransient(error))
        throw new DatabaseUnreachable(`Cannot use the database at ${where}: ${describe(error)}`);
      if (left <= 0)
        throw new DatabaseUnreachable(
          `Database at ${where} not reachable: ${describe(error)}` +
            (options.waitSeconds ? `; gave up after ${options.waitSeconds} s (DATABASE_WAIT_SECONDS).` : '.'),
        );
      const wait = Math.min(delay, left);
      options.log(
        `Database at ${where} not reachable: ${describe(error)}; retrying in ${(wait / 1000).toFixed(1)} s ` +
          `(up to ${options.waitSeconds} s).`,
      );
      await sleep(wait);
    }
  }
}
