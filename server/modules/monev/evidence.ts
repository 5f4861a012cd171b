/**
 * Evidence files of a report (photos, attendance lists, PDFs, spreadsheets, documents), through
 * the attachments service (server/lib/attachments): refused when missing, empty, too large
 * (EVIDENCE_MAX_MB) or not an allowed kind by its bytes (a renamed .exe is not a photo); a
 * refused or failed upload leaves neither a row nor a file. Downloads check that the caller
 * may read the owning report; only the OPD's editors add or remove files, and only while the
 * report is a draft or returned. Removing the row removes the file once that committed.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { canEditMonev, canWriteMonevOf } from '../../../domain/monev/access.js';
import type { Db } from '../../db/connection.js';
import { monevEvidence } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import {
  deleteAttachments,
  findAttachment,
  openAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
} from '../../lib/attachments/index.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import { IMAGE_KINDS, type SniffedKind } from '../../lib/file-store/sniff.js';
import { readableReport, type ReportRow } from './load.js';
import { evidenceDto } from './report.js';

/** Kept for the routes that still import it from here; the one definition is in file-name.ts. */
export { contentDisposition } from '../../lib/file-name.js';

/** What monev accepts as evidence: pictures, PDF, spreadsheets and documents. */
export const EVIDENCE_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf', 'xlsx', 'docx'];

export type EvidenceDeps = AttachmentDeps;

const RULES: AttachmentRules = {
  kinds: EVIDENCE_KINDS,
  messages: {
    missing: 'monev_file_missing',
    empty: 'monev_file_empty',
    tooLarge: 'monev_file_too_large',
    type: 'monev_file_type',
  },
  // The evidence sweep (sweep.ts) finds unfinished uploads by it.
  scratchPrefix: '.evidence-',
};

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
  // Permission before the bytes are read: a refused caller's upload is never stored.
  const { actor: a, report } = await readableReport(deps.db, actor, reportId);
  assertEditable(a, report);
  return uploadAttachment(deps, request, RULES, {
    folder: `monev/${report.regionCode}/${report.id}`,
    save: async (tx, file) => {
      // The report may have been submitted while the file was arriving.
      const { report: now } = await readableReport(tx, a, reportId, true);
      assertEditable(a, now);
      const [row] = await tx
        .insert(monevEvidence)
        .values({ ...file, regionCode: now.regionCode, reportId: now.id, uploadedBy: a.userId })
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
    },
  });
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

function evidenceOf(db: Db, report: ReportRow, evidenceId: string) {
  const owner = { regionCode: report.regionCode, column: monevEvidence.reportId, id: report.id };
  return findAttachment(db, monevEvidence, owner, evidenceId);
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
  return openAttachment(deps.files, row);
}

export async function deleteEvidence(
  deps: EvidenceDeps,
  actor: Actor | null,
  reportId: string,
  evidenceId: string,
) {
  await deleteAttachments(deps, async (tx) => {
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
  return { ok: true as const };
}
