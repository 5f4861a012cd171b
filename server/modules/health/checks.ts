/**
 * What /api/health and /api/health/ready report. Each check names its state in words an
 * operator can act on (`database: unreachable`, `schema: behind`); the answer is 503 when any
 * check fails. A new check (say, a replica's lag) adds one entry to `checks`.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.js';
import { replicaLag } from '../../db/replica-lag.js';
import { compareSchema, databaseSchemaVersion, type SchemaState } from '../../db/schema-version.js';

/** A database that does not answer within this is as good as gone for a balancer. */
export const CHECK_TIMEOUT_MS = 3_000;

export interface Readiness {
  status: 'ok' | 'unavailable';
  /** Which database the server is configured for. */
  database: Database['kind'];
  checks: {
    database: 'ok' | 'unreachable';
    /** `unknown` while the database is unreachable. */
    schema: SchemaState | 'unknown';
  };
  /**
   * Only with DATABASE_READ_URL: the replica's state and lag. Reported, never a reason for 503:
   * a stale or missing replica fails some analytics, while turning every server away would
   * fail everything.
   */
  replica?: ReplicaHealth;
}

export interface ReplicaHealth {
  state: 'ok' | 'unreachable' | 'not_standby';
  lagSeconds: number | null;
  replayBytes: number | null;
}

async function replicaHealth(database: Database, timeoutMs: number): Promise<ReplicaHealth> {
  try {
    const lag = (await withTimeout(replicaLag(database), timeoutMs))!;
    return {
      state: lag.inRecovery ? 'ok' : 'not_standby',
      lagSeconds: lag.lagSeconds,
      replayBytes: lag.replayBytes,
    };
  } catch {
    return { state: 'unreachable', lagSeconds: null, replayBytes: null };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function readiness(database: Database, timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  // Asked alongside the primary, so a hanging replica never makes the answer slower than one timeout.
  const replica = database.hasReplica ? replicaHealth(database, timeoutMs) : null;
  const primary = primaryReadiness(database, timeoutMs);
  const [answer, replicaAnswer] = await Promise.all([primary, replica]);
  return replicaAnswer ? { ...answer, replica: replicaAnswer } : answer;
}

async function primaryReadiness(database: Database, timeoutMs: number): Promise<Readiness> {
  const base = { database: database.kind };
  let version;
  try {
    version = await withTimeout(
      (async () => {
        // A real round trip first: "unreachable" is told apart from a schema problem.
        await database.db.execute(sql`select 1`);
        return databaseSchemaVersion(database.db);
      })(),
      timeoutMs,
    );
  } catch {
    return { ...base, status: 'unavailable', checks: { database: 'unreachable', schema: 'unknown' } };
  }
  const schema = compareSchema(version);
  // A database ahead of the code (an older release started on it) may not match its queries.
  const ok = schema === 'current';
  return { ...base, status: ok ? 'ok' : 'unavailable', checks: { database: 'ok', schema } };
}
