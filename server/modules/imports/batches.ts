/**
 * The import_batches row is the whole state of an import — status, progress, errors, summary —
 * so any app server can answer about a batch another one is working on. This file reads and
 * writes it; the summary jsonb also carries the job's phase and heartbeat.
 */
import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import {
  ACTIVE_IMPORT_STATUSES,
  type ImportCommitMode,
  type ImportLandingStatus,
  type ImportPhase,
} from '../../../domain/import-batch.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { importBatches } from '../../db/schema-data.js';
import { offsetOf, type PageQuery } from '../../lib/pagination.js';

export type BatchRow = typeof importBatches.$inferSelect;
export type BatchStatus = BatchRow['status'];
export const ACTIVE_STATUSES: BatchStatus[] = [...ACTIVE_IMPORT_STATUSES];

export interface StoredError {
  row: number | null;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
}

export interface PreviewRow {
  row: number;
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: string;
  members: Record<string, string>;
  value: string;
  note: string | null;
}

export interface Comparison {
  new: number;
  changed: number;
  unchanged: number;
  /** When it was counted: at the end of the check (small files) or by the commit itself. */
  at: 'check' | 'commit';
}

export interface BatchSummary {
  format?: 'csv' | 'xlsx';
  layout?: 'long' | 'wide';
  phase?: ImportPhase | null;
  rowsEstimated?: boolean;
  values?: number;
  rowsSkipped?: number;
  indicators?: string[];
  periods?: string[];
  /** Values already stored for the file's indicators and periods (what a commit may change). */
  stored?: number | null;
  comparison?: Comparison | null;
  preview?: PreviewRow[];
  heartbeatAt?: string;
  committedBy?: string | null;
  /** The file's header cells, for a refused-rows file the commit starts. */
  header?: string[];
  /** The check found errors but also rows without: those may be saved alone (mode "valid"). */
  validOnly?: boolean;
  refusedRows?: number;
  /** Whether the refused rows are in the file store (files.ts refusedKey). */
  refusedFile?: boolean;
  /** The CSV upload's delimiter, which its refused-rows file uses too. */
  delimiter?: ',' | ';';
  commitMode?: ImportCommitMode;
  landingStatus?: ImportLandingStatus;
  /** Chosen at upload: saved as drafts while it is checked, if no row is refused (merge-as-checked.ts). */
  saveWhenClean?: boolean;
}

export async function createBatch(
  db: Db,
  input: {
    regionCode: string;
    uploadedBy: string;
    fileName: string;
    fileBytes: number;
    saveWhenClean?: boolean;
  },
): Promise<BatchRow> {
  const { saveWhenClean, ...columns } = input;
  const summary: BatchSummary = { phase: 'queued', ...(saveWhenClean ? { saveWhenClean } : {}) };
  const [row] = await db
    .insert(importBatches)
    .values({ ...columns, summary })
    .returning();
  return row;
}

export async function findBatch(
  db: Db,
  id: number,
): Promise<(BatchRow & { uploaderName: string | null }) | null> {
  const [row] = await db
    .select({ batch: importBatches, uploaderName: users.username })
    .from(importBatches)
    .leftJoin(users, eq(users.id, importBatches.uploadedBy))
    .where(eq(importBatches.id, id));
  return row ? { ...row.batch, uploaderName: row.uploaderName } : null;
}

/** Moves a batch from one status to another only if nobody moved it first. */
export async function transition(
  db: Db,
  id: number,
  from: BatchStatus[],
  to: BatchStatus,
  extra: Partial<typeof importBatches.$inferInsert> = {},
): Promise<BatchRow | null> {
  const [row] = await db
    .update(importBatches)
    .set({ ...extra, status: to })
    .where(and(eq(importBatches.id, id), inArray(importBatches.status, from)))
    .returning();
  return row ?? null;
}

/** Merges keys into the summary without replacing what other writers put there. */
export function summaryPatch(patch: Partial<BatchSummary>) {
  return sql`${importBatches.summary} || ${JSON.stringify(patch)}::jsonb`;
}

export async function reportProgress(
  db: Db,
  id: number,
  progress: { rowsDone: number; rowsTotal?: number; summary?: Partial<BatchSummary> },
): Promise<void> {
  await db
    .update(importBatches)
    .set({
      rowsDone: progress.rowsDone,
      ...(progress.rowsTotal !== undefined ? { rowsTotal: progress.rowsTotal } : {}),
      // The database's clock, so servers with different clocks agree on staleness (jobs.ts).
      summary: sql`${summaryPatch(progress.summary ?? {})} || jsonb_build_object('heartbeatAt', now())`,
    })
    .where(eq(importBatches.id, id));
}

/** Ends a batch as failed with its reasons; only a batch still being worked on. */
export async function failBatch(db: Db, id: number, errors: StoredError[]): Promise<void> {
  await db
    .update(importBatches)
    .set({
      status: 'failed',
      errors,
      errorCount: sql`greatest(${importBatches.errorCount}, ${errors.length})`,
      summary: summaryPatch({ phase: null }),
      finishedAt: sql`now()`,
    })
    .where(and(eq(importBatches.id, id), inArray(importBatches.status, ACTIVE_STATUSES)));
}

export async function listBatches(
  db: Db,
  regionCode: string,
  uploadedBy: string | null,
  query: PageQuery,
): Promise<{ items: (BatchRow & { uploaderName: string | null })[]; total: number }> {
  const where = and(
    eq(importBatches.regionCode, regionCode),
    uploadedBy ? eq(importBatches.uploadedBy, uploadedBy) : undefined,
  );
  // A list shows no errors: leave the (up to 1,000-entry) errors column in the database.
  const { errors: _errors, ...columns } = getTableColumns(importBatches);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ batch: columns, uploaderName: users.username })
      .from(importBatches)
      .leftJoin(users, eq(users.id, importBatches.uploadedBy))
      .where(where)
      .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(importBatches).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r.batch, errors: [], uploaderName: r.uploaderName })),
    total,
  };
}
