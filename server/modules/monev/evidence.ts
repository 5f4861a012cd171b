/**
 * Evidence files of a report (photos, attendance lists, PDFs, spreadsheets, documents), kept
 * in the product's file store under a random key. An upload streams to this server's scratch
 * folder, is refused when empty, too large (EVIDENCE_MAX_MB) or not an allowed kind by its
 * bytes (a renamed .exe is not a photo), then enters the store and its row is written in one
 * transaction with the audit entry; if that transaction fails the stored file is removed, so a
 * refused or failed upload leaves neither a row nor a file. Downloads check that the caller
 * may read the owning report; only the OPD's editors add or remove files, and only while the
 * report is a draft or returned. Removing the row removes the file.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { canEditMonev, canWriteMonevOf } from '../../../domain/monev/access.js';
import type { Db } from '../../db/connection.js';
import { monevEvidence } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload } from '../../lib/file-store/receive.js';
import { IMAGE_KINDS, sniffFile, type SniffedKind } from '../../lib/file-store/sniff.js';
import { readableReport, type ReportRow } from './load.js';
import { evidenceDto } from './report.js';

/** What monev accepts as evidence: pictures, PDF, spreadsheets and documents. */
export const EVIDENCE_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf', 'xlsx', 'docx'];

export interface EvidenceDeps {
  db: Db;
  files: FileStore;
  /** This server's scratch folder (uploads land here first). */
  scratchDir: string;
  maxMb: number;
}

function tooLarge(maxMb: number): AppError {
  return new AppError(
    413,
    'payload_too_large',
    'monev_file_too_large',
    { file: 'monev_file_too_large' },
    { max: maxMb },
  );
}

/** Adding or removing files: the OPD's editors (403 otherwise), on a draft or returned report. */
function assertEditable(a: Actor, report: ReportRow) {
  if (!canWriteMonevOf(a, report.regionCode, report.opdId)) throw new Forbidden();
  if (!canEditMonev(a, report)) throw new Invalid({ status: 'monev_not_editable' }, 'monev_not_editable');
}

export async function uploadEvidence(
  deps: EvidenceDeps,
  actor: Actor | null,
  reportId: string,
  request: FastifyRequest,
) {
  const { db, files } = deps;
  // Permission before the bytes are read: a refused caller's upload is never stored.
  const { actor: a, report } = await readableReport(db, actor, reportId);
  assertEditable(a, report);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'monev_file_missing',
    tooLarge,
    prefix: '.evidence-',
  });
  const key = `monev/${report.regionCode}/${report.id}/${randomUUID()}`;
  let stored = false;
  try {
    if (file.bytes === 0) throw new Invalid({ file: 'monev_file_empty' }, 'monev_file_empty');
    const kind = await sniffFile(file.tempPath);
    if (!kind || !EVIDENCE_KINDS.includes(kind.kind))
      throw new Invalid({ file: 'monev_file_type' }, 'monev_file_type');
    await files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    return await db.transaction(async (tx) => {
      // The report may have been submitted while the file was arriving.
      const { report: now } = await readableReport(tx, a, reportId, true);
      assertEditable(a, now);
      const [row] = await tx
        .insert(monevEvidence)
        .values({
          regionCode: now.regionCode,
          reportId: now.id,
          fileKey: key,
          fileName: file.fileName,
          contentType: kind.contentType,
          bytes: file.bytes,
          uploadedBy: a.userId,
        })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'monev_evidence',
        entityId: row.id,
        regionCode: now.regionCode,
        after: {
          subActivityId: now.subActivityId,
          reportId: now.id,
          fileName: row.fileName,
          contentType: row.contentType,
          bytes: row.bytes,
        },
      });
      return evidenceDto(row);
    });
  } catch (error) {
    if (stored) await files.delete(key);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

export async function listEvidence(db: Db, actor: Actor | null, reportId: string) {
  const { report } = await readableReport(db, actor, reportId);
  const rows = await db
    .select()
    .from(monevEvidence)
    .where(and(eq(monevEvidence.regionCode, report.regionCode), eq(monevEvidence.reportId, report.id)))
    .orderBy(asc(monevEvidence.createdAt));
  return { items: rows.map(evidenceDto) };
}

async function evidenceOf(db: Db, report: ReportRow, evidenceId: string) {
  const [row] = await db
    .select()
    .from(monevEvidence)
    .where(
      and(
        eq(monevEvidence.regionCode, report.regionCode),
        eq(monevEvidence.reportId, report.id),
        eq(monevEvidence.id, evidenceId),
      ),
    );
  if (!row) throw new NotFound();
  return row;
}

/** The file's bytes, for a caller who may read the owning report (404 otherwise). */
export async function downloadEvidence(
  deps: EvidenceDeps,
  actor: Actor | null,
  reportId: string,
  evidenceId: string,
) {
  const { report } = await readableReport(deps.db, actor, reportId);
  const row = await evidenceOf(deps.db, report, evidenceId);
  return { row, body: await deps.files.get(row.fileKey) };
}

export async function deleteEvidence(
  deps: EvidenceDeps,
  actor: Actor | null,
  reportId: string,
  evidenceId: string,
) {
  const row = await deps.db.transaction(async (tx) => {
    const { actor: a, report } = await readableReport(tx, actor, reportId, true);
    assertEditable(a, report);
    const row = await evidenceOf(tx, report, evidenceId);
    await tx
      .delete(monevEvidence)
      .where(and(eq(monevEvidence.regionCode, row.regionCode), eq(monevEvidence.id, row.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'monev_evidence',
      entityId: row.id,
      regionCode: row.regionCode,
      before: {
        subActivityId: report.subActivityId,
        reportId: report.id,
        fileName: row.fileName,
        bytes: row.bytes,
      },
    });
    return row;
  });
  // After the commit: a failed delete must not leave the row pointing at a removed file.
  await deps.files.delete(row.fileKey);
  return { ok: true as const };
}

/** `attachment` with the name in ASCII for old clients and in UTF-8 (RFC 6266/5987) for the rest. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
