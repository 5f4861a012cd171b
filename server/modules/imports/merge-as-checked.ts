/**
 * "Save when clean" (chosen at upload): the checked values are merged into data_values while
 * the rest of the file is still being read, in one transaction that is committed only when the
 * whole file turned out clean — so a clean file is saved in about the time of the merge alone,
 * not the check followed by the merge (issue 9: end to end ≥ 80 % of a raw COPY). The first
 * refused row abandons it: the transaction is rolled back, nothing is stored, and the batch
 * ends "checked" with its report as any other, to be fixed or saved in part.
 *
 * The staged values arrive in pieces (stage-rows.ts) and are merged in chunks: the file's keys
 * are unique, so chunks merge independently. While no value of the file's slices (region,
 * indicator, period) is stored yet — a first import, a new year — a chunk is copied straight
 * into data_values, the whole cost of a raw COPY and no more; the batch and the uploader come
 * from the transaction's settings through the columns' defaults (migration 0021), so the text
 * stays the values alone. From the first chunk whose slices hold stored values on, chunks are
 * loaded into the session's temp table and merged with the same statements as a commit
 * (stage-table.ts). Values land as drafts, as an upload by anyone would; landing them
 * submitted or verified stays a choice made at commit.
 *
 * PGlite has one connection, which the transaction holds: the check's own queries (catalog
 * lookups, combination ids, progress) run inside it, and an abandoned transaction takes the
 * combinations it created along — so there the check starts again without saving
 * (`restartCheck`). On PostgreSQL they run on the pool beside it and the check reads on.
 */
import { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { canManageRegion } from '../../../domain/access.js';
import type { Db, DbSession } from '../../db/connection.js';
import { importBatches } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { summaryPatch, type BatchRow, type BatchSummary } from './batches.js';
import type { ImportDeps } from './jobs.js';
import { lockedRows, mergeIntoValues, stageTableOf, type Merged, type StageTable } from './stage-table.js';
import { PIECE_COLUMNS, type StagedPiece } from './staging.js';

/**
 * The merge takes whatever text waits, at least MIN_CHUNK_CHARS (~25,000 values, so it starts
 * early) and at most MAX_WAITING_CHARS: as the reading runs ahead of the merge, chunks grow
 * and their fixed costs (load, statistics, statements) are paid fewer times.
 */
const MIN_CHUNK_CHARS = 1024 * 1024;
/** Text waiting for the merge before the reader is held back. */
const MAX_WAITING_CHARS = 16 * 1024 * 1024;

/** The file cannot be saved as it is read; on PGlite the check starts over (see above). */
export class SaveWhenCleanAbandoned extends Error {
  constructor(readonly restartCheck: boolean) {
    super('save when clean abandoned: the file has refused rows');
  }
}

type Item = StagedPiece | 'end' | 'abandon';

/** What the committed batch records, given the merge's totals (check.ts builds it). */
export type CommittedPatch = (merged: Merged) => {
  columns: Pick<
    typeof importBatches.$inferInsert,
    'rowsTotal' | 'rowsDone' | 'rowsValid' | 'errorCount' | 'errors'
  >;
  summary: Partial<BatchSummary>;
};

export class MergeAsChecked {
  /** Where the check's own queries go while the transaction is open. */
  checkDb!: Db;
  private readonly queue: Item[] = [];
  private waitingChars = 0;
  private wake: (() => void) | null = null;
  private roomFreed: (() => void) | null = null;
  private abandoned = false;
  private finishWith: CommittedPatch | null = null;
  /** A merge statement that failed: the check stops with it. */
  private failure: unknown = null;
  /** Settles when the transaction has ended: the merge's totals, null when abandoned, or its failure. */
  private done!: Promise<Merged | null>;

  private constructor(
    private readonly deps: ImportDeps,
    private readonly batch: BatchRow,
    private readonly actor: Actor,
  ) {}

  /** Opens the transaction (on PGlite once the database is free) and answers when it holds. */
  static async start(deps: ImportDeps, batch: BatchRow, actor: Actor): Promise<MergeAsChecked> {
    const merge = new MergeAsChecked(deps, batch, actor);
    const pglite = deps.database.kind === 'pglite';
    await new Promise<void>((begun, failedToBegin) => {
      merge.done = deps.database
        .inTransaction(async (session) => {
          merge.checkDb = pglite ? session.db : deps.database.db;
          begun();
          return merge.run(session);
        })
        .catch((error: unknown) => {
          failedToBegin(error);
          if (error instanceof SaveWhenCleanAbandoned) {
            merge.markAbandoned();
            return null;
          }
          merge.failure = error;
          merge.roomFreed?.();
          throw error;
        });
      // Whoever waits for it sees the failure; meanwhile feed() reports it to the check.
      merge.done.catch(() => undefined);
    });
    return merge;
  }

  /** Hands a piece of staged values over; waits while the merge is far behind. */
  async feed(piece: StagedPiece): Promise<void> {
    this.throwIfOver();
    if (this.abandoned) return;
    this.push(piece);
    this.waitingChars += piece.text.length;
    while (this.waitingChars > MAX_WAITING_CHARS && !this.abandoned && !this.failure) {
      await new Promise<void>((go) => (this.roomFreed = go));
    }
    this.throwIfOver();
  }

  /** On PGlite the check cannot go on once the transaction it ran in is gone. */
  get restartsCheck(): boolean {
    return this.deps.database.kind === 'pglite';
  }

  private throwIfOver(): void {
    if (this.failure) throw this.failure;
    if (this.abandoned && this.restartsCheck) throw new SaveWhenCleanAbandoned(true);
  }

  private markAbandoned(): void {
    this.abandoned = true;
    this.roomFreed?.();
  }

  /**
   * A row was refused: nothing of this file is saved now. On PGlite this throws, which stops the
   * check (to start again without saving); on PostgreSQL the check reads on.
   */
  abandon(): void {
    if (!this.abandoned) {
      this.markAbandoned();
      this.push('abandon');
    }
    this.throwIfOver();
  }

  /** Rolls back if still open (the check failed or stopped); waits until it has. */
  async close(): Promise<void> {
    if (!this.abandoned) {
      this.abandoned = true;
      this.push('abandon');
    }
    await this.done.catch(() => null);
  }

  /**
   * The file was clean: merges what is left, marks the batch committed with `set` and the
   * summary, records the audit entry and commits. Answers the merge's totals.
   */
  async finish(patch: CommittedPatch): Promise<Merged> {
    this.finishWith = patch;
    this.push('end');
    const merged = await this.done;
    if (!merged) throw new SaveWhenCleanAbandoned(this.restartsCheck);
    return merged;
  }

  private push(item: Item): void {
    this.queue.push(item);
    this.wake?.();
  }

  private async next(): Promise<Item> {
    while (this.queue.length === 0) await new Promise<void>((go) => (this.wake = go));
    this.wake = null;
    return this.queue.shift()!;
  }

  private async run(session: DbSession): Promise<Merged> {
    const tx = session.db;
    // Read by data_values' defaults for batch_id and updated_by: the straight copy's values
    // carry their batch and uploader as the merge's INSERT gives them (decision 10).
    await tx.execute(sql`select set_config('setara.import_batch', ${String(this.batch.id)}, true),
      set_config('setara.import_user', ${this.actor.userId}, true)`);
    const total: Merged = { new: 0, changed: 0, history: 0, promoted: 0 };
    let chunk: StagedPiece[] = [];
    let chars = 0;
    const mergeChunk = async () => {
      if (chars === 0) return;
      const pieces = chunk;
      chunk = [];
      this.waitingChars -= chars;
      chars = 0;
      this.roomFreed?.();
      await this.mergePieces(session, pieces, total);
    };
    for (;;) {
      const item = await this.next();
      if (item === 'abandon') throw new SaveWhenCleanAbandoned(false);
      if (item === 'end') break;
      chunk.push(item);
      chars += item.text.length;
      // Pieces from a worker arrive as messages, each handled on its own: let the ones already
      // sent land before deciding, so the chunk takes all that waits rather than the first few.
      await new Promise<void>((go) => setImmediate(go));
      // Whatever else is already waiting joins this chunk.
      while (typeof this.queue[0] === 'object' && chars < MAX_WAITING_CHARS) {
        const piece = this.queue.shift() as StagedPiece;
        chunk.push(piece);
        chars += piece.text.length;
      }
      if (chars >= MIN_CHUNK_CHARS) await mergeChunk();
    }
    await mergeChunk();
    await this.markCommitted(tx, total);
    return total;
  }

  /** Whether some chunk's slices held stored values: from then on every chunk is merged. */
  private storedSeen = false;
  private table: StageTable | null = null;

  private async mergePieces(session: DbSession, pieces: StagedPiece[], total: Merged) {
    const tx = session.db;
    const text = pieces.map((p) => p.text).join('');
    if (!this.storedSeen)
      this.storedSeen = await anyStored(
        tx,
        pieces.flatMap((p) => p.newSlices),
      );
    if (!this.storedSeen) {
      // Every value of this chunk is new: slices first seen here have none stored, and those
      // met before hold only this file's values, whose keys differ from this chunk's.
      total.new += await session.copyFrom('data_values', [...PIECE_COLUMNS], Readable.from([text]));
      return;
    }
    const table = await this.stageTable(tx);
    await tx.execute(sql`truncate ${table.ref}`);
    await session.copyFrom(table.name, [...PIECE_COLUMNS], Readable.from([text]));
    // Temp tables get no automatic statistics; without them the planner guesses the join badly.
    await tx.execute(sql`analyze ${table.ref}`);
    // Values an operator may not change (submitted or verified) make the file not clean.
    if (!canManageRegion(this.actor, this.batch.regionCode) && (await lockedRows(tx, table, 1)).length) {
      throw new SaveWhenCleanAbandoned(false);
    }
    const merged = await mergeIntoValues(tx, table, this.batch.id, this.actor.userId, 'draft');
    total.new += merged.new;
    total.changed += merged.changed;
    total.history += merged.history;
  }

  /** The temp table for merged chunks, made at the first; row numbers are not needed here. */
  private async stageTable(tx: Db): Promise<StageTable> {
    if (this.table) return this.table;
    const table = stageTableOf(this.batch.id);
    await tx.execute(sql`drop table if exists ${table.ref}`);
    await tx.execute(sql`create temp table ${table.ref} (
      row_no integer, region_code text not null, indicator_code text not null,
      period text not null, sex text not null, combo_id integer not null, value numeric not null,
      note text) on commit drop`);
    this.table = table;
    return table;
  }

  private async markCommitted(tx: Db, merged: Merged): Promise<void> {
    const { columns, summary } = this.finishWith!(merged);
    const [done] = await tx
      .update(importBatches)
      .set({ ...columns, status: 'committed', finishedAt: sql`now()`, summary: summaryPatch(summary) })
      .where(and(eq(importBatches.id, this.batch.id), eq(importBatches.status, 'checking')))
      .returning({ id: importBatches.id });
    // Failed by a sweep meanwhile (it thought this server dead): keep its verdict.
    if (!done) throw new SaveWhenCleanAbandoned(false);
    await recordAudit(tx, subjectOf(this.actor), {
      action: 'update',
      entity: 'import_batch',
      entityId: String(this.batch.id),
      regionCode: this.batch.regionCode,
      after: {
        fileName: this.batch.fileName,
        values: summary.values,
        ...summary.comparison,
        history: merged.history,
        mode: 'all',
        landingStatus: 'draft',
        savedWhenClean: true,
        refusedRows: 0,
      },
    });
  }
}

/** Whether data_values holds any value of these slices (region, indicator, period joined by tabs). */
async function anyStored(tx: Db, slices: string[]): Promise<boolean> {
  if (slices.length === 0) return false;
  const keys = JSON.stringify(slices.map((slice) => slice.split('\t')));
  const result = await tx.execute(sql`select exists (
      select 1 from json_array_elements(${keys}::json) k
      where exists (select 1 from data_values d where d.region_code = k->>0
        and d.indicator_code = k->>1 and d.period = k->>2)) as found`);
  return (result as unknown as { rows: { found: boolean }[] }).rows[0].found;
}
