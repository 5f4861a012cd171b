/**
 * The import service: upload (then check in the background), read a batch, list a region's
 * batches, and commit (in the background). Imports belong to a region (who may import is
 * domain/access.ts canImport): its admin daerah (or superadmin) may import any indicator and
 * see every batch; an operator OPD only their OPD's indicators and their own batches.
 * Reviewers, pokja and provinsi users read data but do not import it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { canLandImportAs, canManageRegion, type AccessActor } from '../../../domain/access.js';
import { IMPORT_LANDING_STATUSES, type ImportLandingStatus } from '../../../domain/import-batch.js';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../lib/actor.js';
import { AppError, NotFound } from '../../lib/errors.js';
import type { Language } from '../../lib/messages.js';
import type { PageQuery } from '../../lib/pagination.js';
import { assertCanImport, requireActor } from '../../lib/permissions.js';
import {
  createBatch,
  findBatch,
  listBatches,
  summaryPatch,
  transition,
  type BatchSummary,
} from './batches.js';
import { runCheck } from './check.js';
import { runCommit, type CommitChoice } from './commit.js';
import { toBatchDto, type ErrorsPage } from './dto.js';
import { batchFiles } from './files.js';
import { renderRefused } from './refused-file.js';
import type { ImportDeps, ImportJobs } from './jobs.js';
import { moveInto, receiveImport } from './upload.js';

/** The landing statuses the actor may choose in the region; none when they may not commit. */
function landingsOf(a: AccessActor, regionCode: string): ImportLandingStatus[] {
  return IMPORT_LANDING_STATUSES.filter((status) => canLandImportAs(a, regionCode, status));
}

/** Whether the actor may see (and, when allowed to import, commit) the batch. */
function owns(a: Actor, batch: { regionCode: string; uploadedBy: string | null }): boolean {
  return canManageRegion(a, batch.regionCode) || batch.uploadedBy === a.userId;
}

export async function uploadImport(
  deps: ImportDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
  lang: Language,
) {
  const a = assertCanImport(actor, regionCode);
  const dir = path.join(deps.config.importDir, regionCode);
  const received = await receiveImport(request, dir, deps.config.importMaxMb);
  const db = deps.database.db;
  let batch;
  try {
    batch = await createBatch(db, {
      regionCode,
      uploadedBy: a.userId,
      fileName: received.fileName,
      fileBytes: received.bytes,
      saveWhenClean: received.saveWhenClean,
    });
    await moveInto(received, deps.files, batchFiles(deps, regionCode, batch.id, batch.fileName).uploadKey);
  } catch (error) {
    await rm(received.tempPath, { force: true });
    throw error;
  }
  const started = batch;
  jobs.enqueue(batch.id, () => runCheck(deps, started, a, jobs));
  return toBatchDto({ ...batch, uploaderName: a.username }, lang, landingsOf(a, regionCode));
}

async function visibleBatch(deps: ImportDeps, actor: Actor | null, id: number) {
  const a = requireActor(actor);
  const batch = await findBatch(deps.database.db, id);
  if (!batch || !owns(a, batch)) throw new NotFound();
  return { a, batch };
}

export async function getImport(
  deps: ImportDeps,
  actor: Actor | null,
  id: number,
  lang: Language,
  errorsPage: ErrorsPage,
) {
  const { a, batch } = await visibleBatch(deps, actor, id);
  return toBatchDto(batch, lang, landingsOf(a, batch.regionCode), errorsPage);
}

export async function listImports(
  deps: ImportDeps,
  actor: Actor | null,
  regionCode: string,
  query: PageQuery,
  lang: Language,
) {
  const a = assertCanImport(actor, regionCode);
  const mineOnly = canManageRegion(a, regionCode) ? null : a.userId;
  const { items, total } = await listBatches(deps.database.db, regionCode, mineOnly, query);
  return {
    items: items.map((b) => toBatchDto(b, lang, landingsOf(a, regionCode))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function commitImport(
  deps: ImportDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  id: number,
  lang: Language,
  choice: CommitChoice,
) {
  const { a, batch } = await visibleBatch(deps, actor, id);
  assertCanImport(a, batch.regionCode);
  // Landing the values submitted or verified skips a review step only DP3A may skip.
  if (!canLandImportAs(a, batch.regionCode, choice.landingStatus)) {
    throw new AppError(403, 'forbidden', 'import_landing_forbidden', {
      landingStatus: 'import_landing_forbidden',
    });
  }
  if (batch.status !== 'checked') {
    throw new AppError(409, 'conflict', 'import_not_checked', undefined, { status: batch.status });
  }
  const summary = (batch.summary ?? {}) as BatchSummary;
  if (batch.errorCount > 0 && choice.mode === 'all')
    throw new AppError(
      422,
      'invalid',
      'import_has_errors',
      { mode: 'import_has_errors' },
      { count: batch.errorCount },
    );
  if (batch.errorCount > 0 && !summary.validOnly)
    throw new AppError(422, 'invalid', 'import_nothing_valid', { mode: 'import_nothing_valid' });
  // Only one request wins the move to 'committing'; a second click gets the conflict above.
  const moved = await transition(deps.database.db, id, ['checked'], 'committing', {
    rowsDone: 0,
    summary: summaryPatch({ phase: 'staging', commitMode: choice.mode, landingStatus: choice.landingStatus }),
  });
  if (!moved) throw new AppError(409, 'conflict', 'import_not_checked', undefined, { status: 'committing' });
  jobs.enqueue(id, () => runCommit(deps, moved, a, choice));
  return toBatchDto({ ...moved, uploaderName: batch.uploaderName }, lang, landingsOf(a, batch.regionCode));
}

/**
 * The refused rows of a batch as a file in the upload's format, with the reasons in the
 * reader's language; for whoever may see the batch and its errors.
 */
export async function refusedRowsFile(deps: ImportDeps, actor: Actor | null, id: number, lang: Language) {
  const { batch } = await visibleBatch(deps, actor, id);
  const summary = (batch.summary ?? {}) as BatchSummary;
  const files = batchFiles(deps, batch.regionCode, batch.id, batch.fileName);
  if (!summary.refusedFile || !(await files.store.stat(files.refusedKey))) throw new NotFound();
  const format = summary.format ?? 'csv';
  const base = batch.fileName.replace(/\.[^.]*$/, '') || 'impor';
  return {
    fileName: `${base}-${lang === 'en' ? 'refused' : 'ditolak'}.${format}`,
    ...renderRefused(files.store, files.refusedKey, format, summary.delimiter ?? ';', lang),
  };
}
