/**
 * Background work of imports, in-process (no queue server): a few jobs at a time, each one
 * check or commit of one batch. The batch row is the job's only state, so a server that dies
 * mid-job leaves a row behind, not a lock: batches whose heartbeat stopped are failed by
 * whichever server sweeps next. On PGlite only one process can open the database, so at
 * start every unfinished batch is known to be dead; on PostgreSQL other servers may be
 * working, so a stale heartbeat counts — and so does the owner a job records (host, pid and
 * a per-process boot id): a job whose process on this host is gone, or which this very pid
 * owned in an earlier life (a container restarted as pid 1), is failed at once, not minutes
 * later.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { and, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/connection.js';
import { importBatches } from '../../db/schema-data.js';
import { isProcessAlive } from '../../lib/processes.js';
import { ACTIVE_STATUSES, type StoredError } from './batches.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { batchFiles, removeBatchFiles } from './files.js';

export interface ImportDeps {
  database: Database;
  config: Config;
  log: FastifyBaseLogger;
  /** Where uploads and checked rows are kept (disk or S3), shared by every server. */
  files: FileStore;
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

/** Tells this process from an earlier one that had the same pid. */
export const PROCESS_BOOT = randomUUID();

export interface JobOwner {
  host: string;
  pid: number;
  boot: string;
}

const SELF: JobOwner = { host: os.hostname(), pid: process.pid, boot: PROCESS_BOOT };

/** Whether the owner recorded on a job is known to be gone (only this host can tell). */
export function ownerIsGone(owner: Partial<JobOwner> | null | undefined): boolean {
  if (!owner || owner.host !== SELF.host || typeof owner.pid !== 'number') return false;
  if (owner.pid === SELF.pid) return owner.boot !== SELF.boot;
  return !isProcessAlive(owner.pid);
}

const ownerPatch = sql`jsonb_build_object('owner', ${JSON.stringify(SELF)}::jsonb, 'heartbeatAt', now())`;

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
      await this.claim(batchId);
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

  /** Records this process as the job's owner, so a restart here can tell the job is dead. */
  private async claim(batchId: number): Promise<void> {
    try {
      await this.deps.database.db
        .update(importBatches)
        .set({ summary: sql`${importBatches.summary} || ${ownerPatch}` })
        .where(eq(importBatches.id, batchId));
    } catch (error) {
      // The heartbeat will try again; the job itself may still run.
      this.deps.log.warn({ err: error, batchId }, 'import job owner not recorded');
    }
  }

  private async tick(): Promise<void> {
    try {
      const db = this.deps.database.db;
      if (this.mine.size) {
        await db
          .update(importBatches)
          .set({ summary: sql`${importBatches.summary} || ${ownerPatch}` })
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
    const goneOwners = everyUnfinished ? [] : await this.batchesOfGoneOwners(notMine);
    const stale: SQL = everyUnfinished
      ? sql`true`
      : sql`(${beat} < now() - make_interval(secs => ${this.options.staleMs / 1000})
          or ${goneOwners.length ? inArray(importBatches.id, goneOwners) : sql`false`})`;
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
      await removeBatchFiles(batchFiles(this.deps, b.regionCode, b.id, b.fileName));
    }
  }

  /** Unfinished batches that a process of this host owned and that process is gone. */
  private async batchesOfGoneOwners(notMine: SQL | undefined): Promise<number[]> {
    const rows = await this.deps.database.db
      .select({
        id: importBatches.id,
        owner: sql<Partial<JobOwner> | null>`${importBatches.summary}->'owner'`,
      })
      .from(importBatches)
      .where(
        and(
          inArray(importBatches.status, ACTIVE_STATUSES),
          sql`${importBatches.summary}->'owner'->>'host' = ${SELF.host}`,
          notMine,
        ),
      );
    return rows.filter((r) => ownerIsGone(r.owner)).map((r) => r.id);
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
        await removeBatchFiles(batchFiles(this.deps, b.regionCode, b.id, b.fileName));
      }
    } catch (error) {
      this.deps.log.error({ err: error, batchId }, 'could not mark the import as failed');
    }
  }
}
