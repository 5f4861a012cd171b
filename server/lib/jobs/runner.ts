/**
 * The shared background job queue: rows of the `jobs` table, worked through by every app
 * server. A server claims due jobs of the kinds it has handlers for with `FOR UPDATE SKIP
 * LOCKED` (two servers never take the same job), records itself as the owner and beats a
 * heartbeat while it works; a job whose server died — heartbeat stale, or its process on this
 * host gone (the owner test of server/modules/imports/jobs.ts) — is put back in the queue by
 * whichever server sweeps next. A failed attempt is retried after a growing wait
 * (backoff.ts) until the job's attempts run out. On PGlite only one process opens the
 * database, so at start every running job is known to be dead.
 */
import os from 'node:os';
import { and, asc, eq, inArray, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db } from '../../db/connection.js';
import { jobs } from '../../db/schema-notifications.js';
import { ownerIsGone, PROCESS_BOOT, type JobOwner } from '../../modules/imports/jobs.js';
import { backoffMs, DEFAULT_BACKOFF, type Backoff } from './backoff.js';

export type JobRow = typeof jobs.$inferSelect;

export interface JobContext {
  job: JobRow;
  db: Db;
  log: FastifyBaseLogger;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

/** Thrown by a handler when retrying cannot help (its object is gone): the job fails at once. */
export class PermanentJobError extends Error {}

export interface RunnerOptions {
  /** Jobs worked on at once by this server. */
  concurrency: number;
  /** How often the queue is polled for due jobs (a job enqueued here wakes it at once). */
  pollMs: number;
  heartbeatMs: number;
  /** A heartbeat older than this means the job's server is gone. */
  staleMs: number;
  /** Finished jobs are deleted after this long (failed ones are kept for the operator). */
  keepDoneMs: number;
  backoff: Backoff;
}

const DEFAULTS: RunnerOptions = {
  concurrency: 4,
  pollMs: 2_000,
  heartbeatMs: 15_000,
  staleMs: 120_000,
  keepDoneMs: 7 * 24 * 3600_000,
  backoff: DEFAULT_BACKOFF,
};

const SELF: JobOwner = { host: os.hostname(), pid: process.pid, boot: PROCESS_BOOT };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

export class JobRunner {
  readonly options: RunnerOptions;
  private readonly handlers = new Map<string, JobHandler>();
  /** Jobs running here: their heartbeats are written and no sweep takes them. */
  private readonly mine = new Set<number>();
  private readonly startHooks: (() => Promise<void>)[] = [];
  private pollTimer: NodeJS.Timeout | null = null;
  private beatTimer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  /** The heartbeat in progress, which close() lets finish before the database goes. */
  private ticking: Promise<void> = Promise.resolve();
  private again = false;
  private stopping = false;
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    options: Partial<RunnerOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Handles jobs of `kind`; modules register theirs when the app is built. */
  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`job kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  /** Work to do once the queue runs (e.g. a module's first daily schedule). */
  onStart(hook: () => Promise<void>): void {
    this.startHooks.push(hook);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.sweep(this.database.kind === 'pglite');
    for (const hook of this.startHooks) await hook();
    this.pollTimer = setInterval(() => this.wake(), this.options.pollMs);
    this.pollTimer.unref();
    this.beatTimer = setInterval(() => {
      this.ticking = this.beat();
    }, this.options.heartbeatMs);
    this.beatTimer.unref();
    this.wake();
  }

  /** Looks for due jobs now (after a commit that enqueued one) instead of at the next poll. */
  wake(): void {
    if (this.stopping || !this.started) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = this.claimAndRun()
      .then(() => undefined)
      .catch((error: unknown) => this.log.warn({ err: error }, 'job poll failed'))
      .finally(() => {
        this.polling = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * Runs the due jobs until none is left and answers how many this call ran. Tests call it
   * directly: it first lets the app's own poll finish (a commit's wake() may already have
   * claimed the job a test waits for, and would still be sending its mail) and returns only
   * once that poll has finished too, so what was due has run when it answers.
   */
  async runDue(): Promise<number> {
    await this.pollsSettled();
    const ran = await this.claimAndRun();
    await this.pollsSettled();
    return ran;
  }

  private async pollsSettled(): Promise<void> {
    // A poll that ends may start another (wake() during it): wait until none is running.
    while (this.polling) await this.polling;
  }

  /** Claims and runs due jobs until none is left; answers how many ran. */
  private async claimAndRun(): Promise<number> {
    let ran = 0;
    while (!this.stopping) {
      const claimed = await this.claim(this.options.concurrency);
      if (!claimed.length) break;
      await Promise.all(claimed.map((job) => this.run(job)));
      ran += claimed.length;
    }
    return ran;
  }

  /** Stops polling and waits for the jobs running here (app close). */
  async close(): Promise<void> {
    this.stopping = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.beatTimer) clearInterval(this.beatTimer);
    await Promise.allSettled([this.polling, this.ticking]);
  }

  private async claim(limit: number): Promise<JobRow[]> {
    const kinds = [...this.handlers.keys()];
    if (!kinds.length) return [];
    const db = this.database.db;
    const due = db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, 'queued'), lte(jobs.runAt, sql`now()`), inArray(jobs.kind, kinds)))
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await db
      .update(jobs)
      .set({
        status: 'running',
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: SELF,
        heartbeatAt: sql`now()`,
      })
      .where(inArray(jobs.id, due))
      .returning();
    for (const job of claimed) this.mine.add(job.id);
    return claimed;
  }

  private async run(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    try {
      await handler((job.payload ?? {}) as Record<string, unknown>, {
        job,
        db: this.database.db,
        log: this.log,
      });
      await this.finish(job.id, { status: 'done', lastError: null });
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const last = permanent || job.attempts >= job.maxAttempts;
      this.log.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await this.finish(
        job.id,
        last
          ? { status: 'failed', lastError: errorText(error) }
          : {
              status: 'queued',
              lastError: errorText(error),
              runAt: new Date(Date.now() + backoffMs(job.attempts, this.options.backoff)),
            },
      );
    } finally {
      this.mine.delete(job.id);
    }
  }

  private async finish(
    id: number,
    outcome: { status: 'done' | 'failed' | 'queued'; lastError: string | null; runAt?: Date },
  ): Promise<void> {
    try {
      await this.database.db
        .update(jobs)
        .set({
          status: outcome.status,
          lastError: outcome.lastError,
          lockedBy: null,
          heartbeatAt: null,
          ...(outcome.runAt ? { runAt: outcome.runAt } : {}),
          finishedAt: outcome.status === 'queued' ? null : sql`now()`,
        })
        .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
    } catch (error) {
      // The sweep will find the job's heartbeat stale and queue it again.
      this.log.error({ err: error, jobId: id }, 'job outcome not recorded');
    }
  }

  private async beat(): Promise<void> {
    try {
      if (this.mine.size) {
        await this.database.db
          .update(jobs)
          .set({ heartbeatAt: sql`now()` })
          .where(inArray(jobs.id, [...this.mine]));
      }
      await this.sweep(false);
    } catch (error) {
      this.log.warn({ err: error }, 'job heartbeat failed');
    }
  }

  /**
   * Puts running jobs whose server is gone back in the queue (or fails them when their
   * attempts are spent) and deletes old finished jobs. `everyRunning`: at start on PGlite.
   */
  async sweep(everyRunning: boolean): Promise<number> {
    const db = this.database.db;
    const notMine = this.mine.size ? notInArray(jobs.id, [...this.mine]) : undefined;
    let dead: SQL = sql`true`;
    if (!everyRunning) {
      const owned = await db
        .select({ id: jobs.id, owner: jobs.lockedBy })
        .from(jobs)
        .where(and(eq(jobs.status, 'running'), sql`${jobs.lockedBy}->>'host' = ${SELF.host}`, notMine));
      const gone = owned.filter((j) => ownerIsGone(j.owner as Partial<JobOwner> | null)).map((j) => j.id);
      dead = sql`(${jobs.heartbeatAt} < now() - make_interval(secs => ${this.options.staleMs / 1000})
        or ${gone.length ? inArray(jobs.id, gone) : sql`false`})`;
    }
    const spent = sql`${jobs.attempts} >= ${jobs.maxAttempts}`;
    const requeued = await db
      .update(jobs)
      .set({
        status: sql`case when ${spent} then 'failed' else 'queued' end`,
        lastError: 'interrupted: its server stopped',
        lockedBy: null,
        heartbeatAt: null,
        runAt: sql`now()`,
        finishedAt: sql`case when ${spent} then now() end`,
      })
      .where(and(eq(jobs.status, 'running'), dead, notMine))
      .returning({ id: jobs.id });
    await db
      .delete(jobs)
      .where(
        and(
          eq(jobs.status, 'done'),
          sql`${jobs.finishedAt} < now() - make_interval(secs => ${this.options.keepDoneMs / 1000})`,
        ),
      );
    return requeued.length;
  }
}
