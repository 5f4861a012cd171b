/**
 * Adding work to the background queue. Takes a transaction handle, so a job is written in the
 * same transaction as the change that calls for it: the job exists exactly when the change
 * does (no mail for an event that rolled back, no event without its mail).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { jobs } from '../../db/schema-notifications.js';

/** A transaction or the database: both take the same queries. */
type Executor = Pick<Db, 'insert' | 'execute'>;

export interface JobSpec {
  kind: string;
  payload?: Record<string, unknown>;
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Attempts before the job is given up as failed (default 5). */
  maxAttempts?: number;
  /** A second job with the same key is not added: "enqueue once" (a schedule, one mail per notification). */
  dedupeKey?: string;
  regionCode?: string | null;
}

const row = (spec: JobSpec) => ({
  kind: spec.kind,
  payload: spec.payload ?? {},
  runAt: spec.runAt ?? sql`now()`,
  maxAttempts: spec.maxAttempts ?? 5,
  dedupeKey: spec.dedupeKey ?? null,
  regionCode: spec.regionCode ?? null,
});

/** Adds a job; answers its id, or null when a job with the same dedupe key exists already. */
export async function enqueueJob(db: Executor, spec: JobSpec): Promise<number | null> {
  return (await enqueueJobs(db, [spec]))[0] ?? null;
}

/** Adds several jobs in one statement (one mail per recipient of an event); answers the ids added. */
export async function enqueueJobs(db: Executor, specs: JobSpec[]): Promise<number[]> {
  if (!specs.length) return [];
  const rows = await db.insert(jobs).values(specs.map(row)).onConflictDoNothing().returning({ id: jobs.id });
  return rows.map((r) => r.id);
}
