/**
 * The evidence sweep: a stored file under `monev/` that no evidence row names is an orphan — a
 * server that crashed between storing an upload and committing its row, or a removal whose
 * file delete failed after the commit. A daily job (and one at start) removes orphans older
 * than a grace period (an upload in progress stores its file a moment before its row commits),
 * and this server's scratch copies of uploads that never finished.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { monevEvidence } from '../../db/schema-monev.js';
import type { AppContext } from '../../lib/context.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { enqueueJob } from '../../lib/jobs/index.js';

export const EVIDENCE_SWEEP_JOB = 'monev.evidence_sweep';
const GRACE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

/** Removes orphan evidence files last written before `before`; answers how many. */
export async function sweepEvidence(
  db: Db,
  files: FileStore,
  before: Date,
  scratchDir?: string,
): Promise<number> {
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const known = await db
      .select({ key: monevEvidence.fileKey })
      .from(monevEvidence)
      .where(inArray(monevEvidence.fileKey, batch));
    const kept = new Set(known.map((k) => k.key));
    for (const key of batch) {
      if (kept.has(key)) continue;
      await files.delete(key);
      removed++;
    }
    batch = [];
  };
  for await (const file of files.list('monev/')) {
    if (file.modifiedAt >= before) continue;
    batch.push(file.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (scratchDir) removed += await sweepScratch(scratchDir, before);
  return removed;
}

async function sweepScratch(dir: string, before: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.startsWith('.evidence-') && n.endsWith('.part'))) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => null);
    if (info && info.mtime < before) {
      await rm(full, { force: true });
      removed++;
    }
  }
  return removed;
}

/** The daily sweep on the shared job queue; its first run is queued when the queue starts. */
export function registerEvidenceSweep({ database, files, jobs }: AppContext, scratchDir: string): void {
  const dayKey = (at: Date) => `${EVIDENCE_SWEEP_JOB}:${at.toISOString().slice(0, 10)}`;
  jobs.register(EVIDENCE_SWEEP_JOB, async (_payload, { db, log }) => {
    const next = new Date(Date.now() + DAY_MS);
    await enqueueJob(db, { kind: EVIDENCE_SWEEP_JOB, runAt: next, dedupeKey: dayKey(next) });
    const removed = await sweepEvidence(db, files, new Date(Date.now() - GRACE_MS), scratchDir);
    if (removed) log.info({ removed }, 'orphan evidence files removed');
  });
  jobs.onStart(async () => {
    await enqueueJob(database.db, { kind: EVIDENCE_SWEEP_JOB, dedupeKey: dayKey(new Date()) });
  });
}
