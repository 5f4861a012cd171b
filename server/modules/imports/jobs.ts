/**
 * Background work of imports, in-process (no queue server): a few jobs at a time, each one
 * check or commit of one batch. The batch row is the job's only state, so a server that dies
 * mid-job leaves a row behind, not a lock: batches whose heartbeat stopped are failed by
 * whichever server sweeps next. On PGlite only one process can open the database, so at
 * start every unfinished batch is known to be dead; on PostgreSQL other servers may be
 * working, so only a stale heartbeat counts.
 */
import { and, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/connection.js';
import { importBatches } from '../../db/schema-data.js';
import { ACTIVE_STATUSES, type StoredError } from './batches.js';
import { batchFiles, removeBatchFiles } from './files.js';

export interface ImportDeps {
  database: Database;
  config: Config;
  log: FastifyBaseLogger;
}

export interface JobControl {
  /** Stops a long job between rows when the server shuts down. */
  throwIfStopping(): void;
}

export class JobStopped extends Error {
  constructor() {
    super('import job stopped: server shutting down');
  }
}

export interface JobOptions {
  concurrency: number;
  heartbeatMs: number;
  /** A heartbeat older than this means the job's server is gone. */
  staleMs: number;
  /** A checked batch nobody committed is dropped after this long. */
  expireCheckedMs: number;
}

const DEFAULTS: JobOptions = {
  concurrency: 2,
  heartbeatMs: 15_000,
  staleMs: 120_000,
  expireCheckedMs: 7 * 24 * 3600_000,
};

const reason = (code: string): StoredError[] => [{ row: null, column: null, code, params: {} }];

export class ImportJobs implements JobControl {
  private readonly options: JobOptions;
  /** Batches queued or running here: heartbeats are written for them. */
  private readonly mine = new Set<number>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  /** The heartbeat in progress, which close() lets finish before the database goes. */
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: ImportDeps,
    options: Partial<JobOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  throwIfStopping(): void {
    if (this.stopping) throw new JobStopped();
  }

  async start(): Promise<void> {
    await this.sweep(this.deps.database.kind === 'pglite');
    this.timer = setInterval(() => {
      this.ticking = this.tick();
    }, this.options.heartbeatMs);
    this.timer.unref();
  }

  /** Runs `work` for the batch when a slot is free; a throw fails the batch, never the server. */
  enqueue(batchId: number, work: () => Promise<void>): void {
    this.mine.add(batchId);
    const job = (async () => {
      if (this.running >= this.options.concurrency) await new Promise<void>((go) => this.waiting.push(go));
      this.running++;
      try {
        if (!this.stopping) await work();
      } catch (error) {
        if (!(error instanceof JobStopped)) this.deps.log.error({ err: error, batchId }, 'import job failed');
        await this.failQuietly(batchId, error instanceof JobStopped ? 'import_interrupted' : 'import_failed');
      } finally {
        this.running--;
        this.mine.delete(batchId);
        this.waiting.shift()?.();
      }
    })();
    this.inflight.add(job);
    void job.finally(() => this.inflight.delete(job));
  }

  /** Lets running jobs stop at their next checkpoint and waits for them (app close). */
  async close(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    for (const go of this.waiting.splice(0)) go();
    await Promise.allSettled([...this.inflight, this.ticking]);
  }

  private async tick(): Promise<void> {
    try {
      const db = this.deps.database.db;
      if (this.mine.size) {
        await db
          .update(importBatches)
          .set({ summary: sql`${importBatches.summary} || jsonb_build_object('heartbeatAt', now())` })
          .where(inArray(importBatches.id, [...this.mine]));
      }
      await this.sweep(false);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'import heartbeat failed');
    }
  }

  /** Fails batches whose server is gone and checked batches left too long; removes their files. */
  async sweep(everyUnfinished: boolean): Promise<void> {
    const notMine = this.mine.size ? notInArray(importBatches.id, [...this.mine]) : undefined;
    const beat = sql`coalesce((${importBatches.summary}->>'heartbeatAt')::timestamptz, ${importBatches.createdAt})`;
    const stale: SQL = everyUnfinished
      ? sql`true`
      : sql`${beat} < now() - make_interval(secs => ${this.options.staleMs / 1000})`;
    const dead = await this.failWhere(
      and(inArray(importBatches.status, ACTIVE_STATUSES), stale, notMine)!,
      'import_interrupted',
    );
    const expired = await this.failWhere(
      and(
        eq(importBatches.status, 'checked'),
        lt(
          importBatches.createdAt,
          sql`now() - make_interval(secs => ${this.options.expireCheckedMs / 1000})`,
        ),
      )!,
      'import_expired',
    );
    for (const b of [...dead, ...expired]) {
      await removeBatchFiles(batchFiles(this.deps.config.importDir, b.regionCode, b.id, b.fileName));
    }
  }

  private async failWhere(where: SQL, code: string) {
    return this.deps.database.db
      .update(importBatches)
      .set({
        status: 'failed',
        errors: reason(code),
        errorCount: sql`greatest(${importBatches.errorCount}, 1)`,
        finishedAt: sql`now()`,
      })
      .where(where)
      .returning({
        id: importBatches.id,
        regionCode: importBatches.regionCode,
        fileName: importBatches.fileName,
      });
  }

  private async failQuietly(batchId: number, code: string): Promise<void> {
    try {
      const failed = await this.failWhere(
        and(eq(importBatches.id, batchId), inArray(importBatches.status, ACTIVE_STATUSES))!,
        code,
      );
      for (const b of failed) {
        await removeBatchFiles(batchFiles(this.deps.config.importDir, b.regionCode, b.id, b.fileName));
      }
    } catch (error) {
      this.deps.log.error({ err: error, batchId }, 'could not mark the import as failed');
    }
  }
}
