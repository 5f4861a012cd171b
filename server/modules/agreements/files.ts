/**
 * The signed document of an agreement and the evidence of its activities, kept in the file
 * store under a random key. As monev evidence and meeting materials: the upload lands in
 * scratch, is refused when empty, too large or not a PDF or picture by its bytes, then enters
 * the store and the row is written with the audit entry in one transaction; a refused or failed
 * upload leaves neither row nor file, and a replaced document's old file is removed after the
 * commit. Downloads are for whoever reads the agreement.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { agreementActivities, agreements } from '../../db/schema-agreements.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload } from '../../lib/file-store/receive.js';
import { IMAGE_KINDS, sniffFile, type SniffedKind } from '../../lib/file-store/sniff.js';
import { detailOf, managedAgreement, readableAgreement } from './service.js';

/** A signed agreement is a scan or a PDF. */
export const AGREEMENT_FILE_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf'];

export interface AgreementFileDeps {
  db: Db;
  files: FileStore;
  scratchDir: string;
  maxMb: number;
}

function tooLarge(maxMb: number): AppError {
  return new AppError(
    413,
    'payload_too_large',
    'agreement_file_too_large',
    { file: 'agreement_file_too_large' },
    { max: maxMb },
  );
}

/** Receives, checks and stores one upload; runs `write` with its metadata (removing the file if it fails). */
async function storeUpload<T>(
  deps: AgreementFileDeps,
  request: FastifyRequest,
  keyPrefix: string,
  write: (f: { key: string; fileName: string; contentType: string; bytes: number }) => Promise<T>,
): Promise<T> {
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'agreement_file_missing',
    tooLarge,
    prefix: '.agreement-',
  });
  const key = `${keyPrefix}/${randomUUID()}`;
  let stored = false;
  try {
    if (file.bytes === 0) throw new Invalid({ file: 'agreement_file_empty' }, 'agreement_file_empty');
    const kind = await sniffFile(file.tempPath);
    if (!kind || !AGREEMENT_FILE_KINDS.includes(kind.kind))
      throw new Invalid({ file: 'agreement_file_type' }, 'agreement_file_type');
    await deps.files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    return await write({ key, fileName: file.fileName, contentType: kind.contentType, bytes: file.bytes });
  } catch (error) {
    if (stored) await deps.files.delete(key);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

export async function uploadDocument(
  deps: AgreementFileDeps,
  actor: Actor | null,
  id: string,
  request: FastifyRequest,
) {
  const { a, row, parties } = await managedAgreement(deps.db, actor, id);
  const oldKey = row.documentFileKey;
  const detail = await storeUpload(deps, request, `agreements/${row.regionCode}/${row.id}`, (f) =>
    deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(agreements)
        .set({
          documentFileKey: f.key,
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
    }),
  );
  if (oldKey) await deps.files.delete(oldKey);
  return detail;
}

export async function downloadDocument(deps: AgreementFileDeps, actor: Actor | null, id: string) {
  const { row } = await readableAgreement(deps.db, actor, id);
  if (!row.documentFileKey) throw new NotFound('agreement_no_document');
  return {
    fileName: row.documentFileName ?? 'dokumen',
    contentType: row.documentContentType ?? 'application/octet-stream',
    body: await deps.files.get(row.documentFileKey),
  };
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
  const detail = await storeUpload(deps, request, `agreements/${row.regionCode}/${row.id}/activities`, (f) =>
    deps.db.transaction(async (tx) => {
      await tx
        .update(agreementActivities)
        .set({
          evidenceFileKey: f.key,
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
    }),
  );
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
  return {
    fileName: x.evidenceFileName ?? 'bukti',
    contentType: x.evidenceContentType ?? 'application/octet-stream',
    body: await deps.files.get(x.evidenceFileKey),
  };
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
