/**
 * Materials of an event (slides as PDF, TOR, regulations, photos), kept in the file store under
 * a random key. Like monev evidence: the upload lands in scratch, is refused when empty, too
 * large or not an allowed kind by its bytes (a renamed .exe is not a PDF), then enters the store
 * and its row is written with the audit entry in one transaction; a refused or failed upload
 * leaves neither row nor file. Downloads are for whoever reads the event; organisers add and
 * remove.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { meetingMaterials } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload } from '../../lib/file-store/receive.js';
import { IMAGE_KINDS, sniffFile, type SniffedKind } from '../../lib/file-store/sniff.js';
import type { MeetingRow } from './load.js';
import { managedMeeting, readableMeeting } from './service.js';

export const MATERIAL_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf', 'xlsx', 'docx'];

export interface MaterialDeps {
  db: Db;
  files: FileStore;
  scratchDir: string;
  maxMb: number;
}

function tooLarge(maxMb: number): AppError {
  return new AppError(
    413,
    'payload_too_large',
    'meeting_file_too_large',
    { file: 'meeting_file_too_large' },
    { max: maxMb },
  );
}

function dto(row: typeof meetingMaterials.$inferSelect) {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function uploadMaterial(
  deps: MaterialDeps,
  actor: Actor | null,
  id: string,
  request: FastifyRequest,
) {
  const { db, files } = deps;
  const { a, row } = await managedMeeting(db, actor, id);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'meeting_file_missing',
    tooLarge,
    prefix: '.material-',
  });
  const key = `meetings/${row.regionCode}/${row.id}/${randomUUID()}`;
  let stored = false;
  try {
    if (file.bytes === 0) throw new Invalid({ file: 'meeting_file_empty' }, 'meeting_file_empty');
    const kind = await sniffFile(file.tempPath);
    if (!kind || !MATERIAL_KINDS.includes(kind.kind))
      throw new Invalid({ file: 'meeting_file_type' }, 'meeting_file_type');
    await files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    return await db.transaction(async (tx) => {
      const [m] = await tx
        .insert(meetingMaterials)
        .values({
          regionCode: row.regionCode,
          meetingId: row.id,
          fileKey: key,
          fileName: file.fileName,
          contentType: kind.contentType,
          bytes: file.bytes,
          uploadedBy: a.userId,
        })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'meeting_material',
        entityId: m.id,
        regionCode: row.regionCode,
        after: { meetingId: row.id, fileName: m.fileName, contentType: m.contentType, bytes: m.bytes },
      });
      return dto(m);
    });
  } catch (error) {
    if (stored) await files.delete(key);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

async function materialOf(db: Db, row: MeetingRow, materialId: string) {
  const [m] = await db
    .select()
    .from(meetingMaterials)
    .where(
      and(
        eq(meetingMaterials.regionCode, row.regionCode),
        eq(meetingMaterials.meetingId, row.id),
        eq(meetingMaterials.id, materialId),
      ),
    );
  if (!m) throw new NotFound();
  return m;
}

export async function downloadMaterial(
  deps: MaterialDeps,
  actor: Actor | null,
  id: string,
  materialId: string,
) {
  const { row } = await readableMeeting(deps.db, actor, id);
  const m = await materialOf(deps.db, row, materialId);
  return { row: m, body: await deps.files.get(m.fileKey) };
}

export async function deleteMaterial(
  deps: MaterialDeps,
  actor: Actor | null,
  id: string,
  materialId: string,
) {
  const { a, row } = await managedMeeting(deps.db, actor, id);
  const m = await deps.db.transaction(async (tx) => {
    const m = await materialOf(tx, row, materialId);
    await tx
      .delete(meetingMaterials)
      .where(and(eq(meetingMaterials.regionCode, m.regionCode), eq(meetingMaterials.id, m.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'meeting_material',
      entityId: m.id,
      regionCode: m.regionCode,
      before: { meetingId: row.id, fileName: m.fileName, bytes: m.bytes },
    });
    return m;
  });
  await deps.files.delete(m.fileKey);
  return { ok: true as const };
}
