/**
 * The signed document of an agreement and the evidence of its activities, through the shared
 * attachments service (server/lib/attachments): the upload is refused when empty, too large or
 * not a PDF or picture by its bytes, and the row is written with the audit entry in one
 * transaction; a refused or failed upload leaves neither row nor file, and a replaced file is
 * removed after the commit. Downloads are for whoever reads the agreement.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { agreementActivities, agreements } from '../../db/schema-agreements.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import {
  openAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
} from '../../lib/attachments/index.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { IMAGE_KINDS, type SniffedKind } from '../../lib/file-store/sniff.js';
import { detailOf, managedAgreement, readableAgreement } from './service.js';

/** A signed agreement is a scan or a PDF. */
export const AGREEMENT_FILE_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf'];

export type AgreementFileDeps = AttachmentDeps;

const RULES: AttachmentRules = {
  kinds: AGREEMENT_FILE_KINDS,
  messages: {
    missing: 'agreement_file_missing',
    empty: 'agreement_file_empty',
    tooLarge: 'agreement_file_too_large',
    type: 'agreement_file_type',
  },
  scratchPrefix: '.agreement-',
};

export async function uploadDocument(
  deps: AgreementFileDeps,
  actor: Actor | null,
  id: string,
  request: FastifyRequest,
) {
  const { a, row, parties } = await managedAgreement(deps.db, actor, id);
  const oldKey = row.documentFileKey;
  const detail = await uploadAttachment(deps, request, RULES, {
    folder: `agreements/${row.regionCode}/${row.id}`,
    save: async (tx, f) => {
      const [updated] = await tx
        .update(agreements)
        .set({
          documentFileKey: f.fileKey,
          documentFileName: f.fileName,
          documentContentType: f.contentType,
          documentBytes: f.bytes,
          version: row.version + 1,
          updatedBy: a.userId,
          updatedAt: new Date(),
        })
        .where(eq(agreements.id, row.id))
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'agreement',
        entityId: row.id,
        regionCode: row.regionCode,
        before: { document: row.documentFileName },
        after: { document: f.fileName, contentType: f.contentType, bytes: f.bytes },
      });
      return detailOf(tx, a, updated, parties);
    },
  });
  if (oldKey) await deps.files.delete(oldKey);
  return detail;
}

export async function downloadDocument(deps: AgreementFileDeps, actor: Actor | null, id: string) {
  const { row } = await readableAgreement(deps.db, actor, id);
  if (!row.documentFileKey) throw new NotFound('agreement_no_document');
  return openAttachment(deps.files, {
    fileKey: row.documentFileKey,
    fileName: row.documentFileName ?? 'dokumen',
    contentType: row.documentContentType ?? 'application/octet-stream',
  });
}

async function activityOf(db: Db, regionCode: string, agreementId: string, activityId: string) {
  const [x] = await db
    .select()
    .from(agreementActivities)
    .where(
      and(
        eq(agreementActivities.regionCode, regionCode),
        eq(agreementActivities.agreementId, agreementId),
        eq(agreementActivities.id, activityId),
      ),
    );
  if (!x) throw new NotFound('agreement_activity_not_found');
  return x;
}

export async function uploadEvidence(
  deps: AgreementFileDeps,
  actor: Actor | null,
  id: string,
  activityId: string,
  request: FastifyRequest,
) {
  const { a, row, parties } = await managedAgreement(deps.db, actor, id);
  const old = await activityOf(deps.db, row.regionCode, row.id, activityId);
  const detail = await uploadAttachment(deps, request, RULES, {
    folder: `agreements/${row.regionCode}/${row.id}/activities`,
    save: async (tx, f) => {
      await tx
        .update(agreementActivities)
        .set({
          evidenceFileKey: f.fileKey,
          evidenceFileName: f.fileName,
          evidenceContentType: f.contentType,
          evidenceBytes: f.bytes,
        })
        .where(eq(agreementActivities.id, activityId));
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'agreement_activity',
        entityId: activityId,
        regionCode: row.regionCode,
        before: { evidence: old.evidenceFileName },
        after: { evidence: f.fileName, contentType: f.contentType, bytes: f.bytes },
      });
      return detailOf(tx, a, row, parties);
    },
  });
  if (old.evidenceFileKey) await deps.files.delete(old.evidenceFileKey);
  return detail;
}

export async function downloadEvidence(
  deps: AgreementFileDeps,
  actor: Actor | null,
  id: string,
  activityId: string,
) {
  const { row } = await readableAgreement(deps.db, actor, id);
  const x = await activityOf(deps.db, row.regionCode, row.id, activityId);
  if (!x.evidenceFileKey) throw new NotFound('agreement_no_evidence');
  return openAttachment(deps.files, {
    fileKey: x.evidenceFileKey,
    fileName: x.evidenceFileName ?? 'bukti',
    contentType: x.evidenceContentType ?? 'application/octet-stream',
  });
}

export async function deleteActivity(
  deps: AgreementFileDeps,
  actor: Actor | null,
  id: string,
  activityId: string,
) {
  const { a, row, parties } = await managedAgreement(deps.db, actor, id);
  const x = await activityOf(deps.db, row.regionCode, row.id, activityId);
  const detail = await deps.db.transaction(async (tx) => {
    await tx.delete(agreementActivities).where(eq(agreementActivities.id, activityId));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'agreement_activity',
      entityId: activityId,
      regionCode: row.regionCode,
      before: { doneOn: x.doneOn, description: x.description, evidence: x.evidenceFileName },
    });
    return detailOf(tx, a, row, parties);
  });
  if (x.evidenceFileKey) await deps.files.delete(x.evidenceFileKey);
  return detail;
}

export async function addActivity(
  db: Db,
  actor: Actor | null,
  id: string,
  input: { doneOn: string; description: string },
) {
  const { a, row, parties } = await managedAgreement(db, actor, id);
  if (row.status !== 'signed') throw new Invalid({ status: 'agreement_not_signed' }, 'agreement_not_signed');
  return db.transaction(async (tx) => {
    const [x] = await tx
      .insert(agreementActivities)
      .values({
        regionCode: row.regionCode,
        agreementId: row.id,
        doneOn: input.doneOn,
        description: input.description,
        createdBy: a.userId,
      })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'agreement_activity',
      entityId: x.id,
      regionCode: row.regionCode,
      after: { agreementId: row.id, ...input },
    });
    return detailOf(tx, a, row, parties);
  });
}
