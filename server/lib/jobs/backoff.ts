/**
 * How long a failed job waits before its next attempt: doubling from `baseMs`, capped at
 * `maxMs`, so a mail server that is down for an hour is not hammered, and one that hiccuped
 * is retried within a minute.
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 3_600_000 };

/** The wait after the `attempt`-th failure (1 = the first attempt failed). */
export function backoffMs(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, attempt - 1);
  // 2 ** 40 overflows no number but dwarfs any cap: clamp before multiplying.
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(exponent, 30));
}
