/**
 * Evidence of a follow-up's completion (photos, PDF, spreadsheets, documents), through the
 * attachments service (server/lib/attachments): refused when missing, empty, too large or not
 * an allowed kind by its bytes (a renamed .exe is not a PDF); a refused or failed upload leaves
 * neither a row nor a file. The organisers and the owner add and remove files
 * (domain/follow-ups/access.ts); whoever reads the follow-up downloads them.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { canUpdateFollowUp } from '../../../domain/follow-ups/access.js';
import type { Db } from '../../db/connection.js';
import { followUpEvidence, followUps } from '../../db/schema-follow-ups.js';
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
import { EVIDENCE_KINDS } from '../monev/evidence.js';
import { ownerFacts, readableFollowUp } from './load.js';
import { evidenceDto } from './service.js';

export type FollowUpEvidenceDeps = AttachmentDeps;

const RULES: AttachmentRules = {
  kinds: EVIDENCE_KINDS,
  messages: {
    missing: 'follow_up_file_missing',
    empty: 'follow_up_file_empty',
    tooLarge: 'follow_up_file_too_large',
    type: 'follow_up_file_type',
  },
  scratchPrefix: '.follow-up-',
};

/** Whoever may update the follow-up (403 otherwise); the row is locked in a transaction. */
async function updatable(db: Db, actor: Actor | null, id: string, forUpdate = false) {
  const r = await readableFollowUp(db, actor, id, forUpdate);
  if (!canUpdateFollowUp(r.actor, ownerFacts(r.j))) throw new Forbidden();
  return r;
}

export async function uploadFollowUpEvidence(
  deps: FollowUpEvidenceDeps,
  actor: Actor | null,
  id: string,
  request: FastifyRequest,
) {
  // Permission before the bytes are read: a refused caller's upload is never stored.
  const { actor: a, j } = await updatable(deps.db, actor, id);
  return uploadAttachment(deps, request, RULES, {
    folder: `follow-ups/${j.row.regionCode}/${j.row.id}`,
    save: async (tx, file) => {
      const { j: now } = await updatable(tx, a, id, true);
      const [row] = await tx
        .insert(followUpEvidence)
        .values({ ...file, regionCode: now.row.regionCode, followUpId: now.row.id, uploadedBy: a.userId })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'follow_up_evidence',
        entityId: row.id,
        regionCode: row.regionCode,
        after: {
          followUpId: now.row.id,
          fileName: row.fileName,
          contentType: row.contentType,
          bytes: row.bytes,
        },
      });
      return evidenceDto(row);
    },
  });
}

function evidenceOf(db: Db, regionCode: string, followUpId: string, evidenceId: string) {
  const owner = { regionCode, column: followUpEvidence.followUpId, id: followUpId };
  return findAttachment(db, followUpEvidence, owner, evidenceId);
}

export async function downloadFollowUpEvidence(
  deps: FollowUpEvidenceDeps,
  actor: Actor | null,
  id: string,
  evidenceId: string,
) {
  const { j } = await readableFollowUp(deps.db, actor, id);
  const row = await evidenceOf(deps.db, j.row.regionCode, j.row.id, evidenceId);
  return openAttachment(deps.files, row);
}

/**
 * Removing a file. A done follow-up must keep its proof: the last file of a done follow-up
 * without a completion note cannot be removed (422 at `file`).
 */
export async function deleteFollowUpEvidence(
  deps: FollowUpEvidenceDeps,
  actor: Actor | null,
  id: string,
  evidenceId: string,
) {
  await deleteAttachments(deps, async (tx) => {
    const { actor: a, j } = await updatable(tx, actor, id, true);
    const row = await evidenceOf(tx, j.row.regionCode, j.row.id, evidenceId);
    if (j.row.status === 'done' && !j.row.completionNote?.trim() && Number(j.evidenceCount) <= 1) {
      throw new Invalid({ file: 'follow_up_done_needs_proof' }, 'follow_up_done_needs_proof');
    }
    await tx
      .delete(followUpEvidence)
      .where(and(eq(followUpEvidence.regionCode, row.regionCode), eq(followUpEvidence.id, row.id)));
    await tx
      .update(followUps)
      .set({ updatedAt: new Date(), updatedBy: a.userId })
      .where(and(eq(followUps.regionCode, j.row.regionCode), eq(followUps.id, j.row.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'follow_up_evidence',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { followUpId: j.row.id, fileName: row.fileName, bytes: row.bytes },
    });
    return row;
  });
  return { ok: true as const };
}
