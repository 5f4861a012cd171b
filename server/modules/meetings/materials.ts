/**
 * Materials of an event (slides as PDF, TOR, regulations, photos), through the attachments
 * service (server/lib/attachments): refused when missing, empty, too large or not an allowed
 * kind by its bytes (a renamed .exe is not a PDF); a refused or failed upload leaves neither row
 * nor file. Downloads are for whoever reads the event; organisers add and remove. The files of
 * a deleted event go with it (the trigger of migration 0025).
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { meetingMaterials } from '../../db/schema-meetings.js';
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
import { IMAGE_KINDS } from '../../lib/file-store/sniff.js';
import type { MeetingRow } from './load.js';
import { managedMeeting, readableMeeting } from './service.js';

export type MaterialDeps = AttachmentDeps;

const RULES: AttachmentRules = {
  kinds: [...IMAGE_KINDS, 'pdf', 'xlsx', 'docx'],
  messages: {
    missing: 'meeting_file_missing',
    empty: 'meeting_file_empty',
    tooLarge: 'meeting_file_too_large',
    type: 'meeting_file_type',
  },
  scratchPrefix: '.material-',
};

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
  const { a, row } = await managedMeeting(deps.db, actor, id);
  return uploadAttachment(deps, request, RULES, {
    folder: `meetings/${row.regionCode}/${row.id}`,
    save: async (tx, file) => {
      const [m] = await tx
        .insert(meetingMaterials)
        .values({ ...file, regionCode: row.regionCode, meetingId: row.id, uploadedBy: a.userId })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'meeting_material',
        entityId: m.id,
        regionCode: row.regionCode,
        after: { meetingId: row.id, fileName: m.fileName, contentType: m.contentType, bytes: m.bytes },
      });
      return dto(m);
    },
  });
}

function materialOf(db: Db, row: MeetingRow, materialId: string) {
  const owner = { regionCode: row.regionCode, column: meetingMaterials.meetingId, id: row.id };
  return findAttachment(db, meetingMaterials, owner, materialId);
}

export async function downloadMaterial(
  deps: MaterialDeps,
  actor: Actor | null,
  id: string,
  materialId: string,
) {
  const { row } = await readableMeeting(deps.db, actor, id);
  const m = await materialOf(deps.db, row, materialId);
  return openAttachment(deps.files, m);
}

export async function deleteMaterial(
  deps: MaterialDeps,
  actor: Actor | null,
  id: string,
  materialId: string,
) {
  const { a, row } = await managedMeeting(deps.db, actor, id);
  await deleteAttachments(deps, async (tx) => {
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
  return { ok: true as const };
}
