/** What the API answers about a batch: status, progress, paged errors, summary and preview. */
import type { ImportLandingStatus } from '../../../domain/import-batch.js';
import type { Language } from '../../lib/messages.js';
import type { BatchRow, BatchSummary, StoredError } from './batches.js';
import { showError } from './error-log.js';

export interface ErrorsPage {
  page: number;
  pageSize: number;
}

type Batch = BatchRow & { uploaderName: string | null };

function percentOf(batch: Batch, summary: BatchSummary): number | null {
  switch (batch.status) {
    case 'uploaded':
      return 0;
    case 'checking':
      // An XLSX does not say how many rows it has until read: no estimate, no percent.
      return batch.rowsTotal > 0 ? Math.min(99, Math.floor((batch.rowsDone * 100) / batch.rowsTotal)) : null;
    case 'committing':
      return summary.phase === 'merging' ? null : 0;
    default:
      return 100;
  }
}

/**
 * `landings`: the statuses the reader may land the values in — empty for one who may see the
 * batch but not import (and so not commit).
 */
export function toBatchDto(
  batch: Batch,
  lang: Language,
  landings: ImportLandingStatus[],
  errorsPage?: ErrorsPage,
) {
  const canCommit = landings.length > 0;
  const summary = (batch.summary ?? {}) as BatchSummary;
  const stored = (batch.errors ?? []) as StoredError[];
  const page = errorsPage ?? { page: 1, pageSize: 50 };
  const start = (page.page - 1) * page.pageSize;
  return {
    id: batch.id,
    regionCode: batch.regionCode,
    fileName: batch.fileName,
    fileBytes: batch.fileBytes,
    format: summary.format ?? null,
    layout: summary.layout ?? null,
    status: batch.status,
    phase: summary.phase ?? null,
    uploadedBy: batch.uploaderName,
    committedBy: summary.committedBy ?? null,
    createdAt: batch.createdAt.toISOString(),
    finishedAt: batch.finishedAt ? batch.finishedAt.toISOString() : null,
    progress: {
      rowsDone: batch.rowsDone,
      rowsTotal: batch.rowsTotal,
      estimated: summary.rowsEstimated ?? false,
      percent: percentOf(batch, summary),
    },
    rowsTotal: batch.rowsTotal,
    rowsValid: batch.rowsValid,
    rowsSkipped: summary.rowsSkipped ?? 0,
    values: summary.values ?? 0,
    errorCount: batch.errorCount,
    indicators: summary.indicators ?? [],
    periods: summary.periods ?? [],
    storedInScope: summary.stored ?? null,
    comparison: summary.comparison ?? null,
    preview: summary.preview ?? [],
    canCommit: canCommit && batch.status === 'checked' && batch.errorCount === 0,
    canCommitValid: canCommit && batch.status === 'checked' && Boolean(summary.validOnly),
    landingStatuses: landings,
    commitMode: summary.commitMode ?? null,
    landingStatus: summary.landingStatus ?? null,
    saveWhenClean: Boolean(summary.saveWhenClean),
    refused: { rows: summary.refusedRows ?? 0, file: Boolean(summary.refusedFile) },
    errors: {
      items: errorsPage ? stored.slice(start, start + page.pageSize).map((e) => showError(e, lang)) : [],
      total: batch.errorCount,
      stored: stored.length,
      page: page.page,
      pageSize: page.pageSize,
    },
  };
}

export type BatchDto = ReturnType<typeof toBatchDto>;
