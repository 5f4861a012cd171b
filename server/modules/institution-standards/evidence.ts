/**
 * Evidence files of a dossier's criterion, through the shared attachments service
 * (server/lib/attachments: sniffed kinds, size limit, removal after the commit). Added and
 * removed by the fillers while the criterion is editable (draft, or asked to fix); downloaded
 * by whoever reads the dossier. Adding or removing a file moves the dossier's version, as an
 * answer does.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { canFillDossier } from '../../../domain/institution-standards/access.js';
import { canEditCriterion } from '../../../domain/institution-standards/workflow.js';
import type { Db } from '../../db/connection.js';
import {
  institutionDossierAnswers,
  institutionDossierEvidence,
  institutionStandardCriteria,
} from '../../db/schema-institution-standards.js';
import type { Actor } from '../../lib/actor.js';
import {
  deleteAttachments,
  openAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
} from '../../lib/attachments/index.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import { IMAGE_KINDS } from '../../lib/file-store/sniff.js';
import { touchDossier } from './dossiers.js';
import { criterionByCode, iso, readableDossier } from './load.js';

export const DOSSIER_EVIDENCE_RULES: AttachmentRules = {
  kinds: [...IMAGE_KINDS, 'pdf', 'xlsx', 'docx'],
  messages: {
    missing: 'dossier_file_missing',
    empty: 'dossier_file_empty',
    tooLarge: 'dossier_file_too_large',
    type: 'dossier_file_type',
  },
  scratchPrefix: '.dossier-evidence-',
};

/** The dossier and criterion the caller may change the files of (403/404/409 otherwise). */
async function editable(db: Db, actor: Actor | null, id: string, criterionCode: string, forUpdate = false) {
  const { actor: a, d } = await readableDossier(db, actor, id, forUpdate);
  if (!canFillDossier(a, d.row)) throw new Forbidden();
  const c = await criterionByCode(db, d.row.standardId, criterionCode);
  const [answer] = await db
    .select({ review: institutionDossierAnswers.review })
    .from(institutionDossierAnswers)
    .where(
      and(
        eq(institutionDossierAnswers.regionCode, d.row.regionCode),
        eq(institutionDossierAnswers.dossierId, d.row.id),
        eq(institutionDossierAnswers.criterionId, c.id),
      ),
    );
  if (!canEditCriterion(d.row.stage, answer?.review ?? null))
    throw new Conflict({ [criterionCode]: 'dossier_criterion_frozen' }, 'dossier_criterion_frozen');
  return { actor: a, d, c };
}

const dto = (row: typeof institutionDossierEvidence.$inferSelect) => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  bytes: row.bytes,
  createdAt: iso(row.createdAt)!,
});

export async function uploadDossierEvidence(
  deps: AttachmentDeps,
  actor: Actor | null,
  id: string,
  criterionCode: string,
  request: FastifyRequest,
) {
  // Permission and stage before the bytes are read.
  const { d } = await editable(deps.db, actor, id, criterionCode);
  return uploadAttachment(deps, request, DOSSIER_EVIDENCE_RULES, {
    folder: `institution-dossiers/${d.row.regionCode}/${d.row.id}`,
    save: async (tx, file) => {
      const { actor: a, d: now, c } = await editable(tx, actor, id, criterionCode, true);
      const [row] = await tx
        .insert(institutionDossierEvidence)
        .values({
          ...file,
          regionCode: now.row.regionCode,
          dossierId: now.row.id,
          criterionId: c.id,
          uploadedBy: a.userId,
        })
        .returning();
      await touchDossier(tx, now.row, a.userId);
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'institution_dossier_evidence',
        entityId: row.id,
        regionCode: row.regionCode,
        after: { dossierId: now.row.id, criterion: c.code, fileName: row.fileName, bytes: row.bytes },
      });
      return dto(row);
    },
  });
}

async function evidenceRow(db: Db, regionCode: string, dossierId: string, evidenceId: string) {
  const [row] = await db
    .select()
    .from(institutionDossierEvidence)
    .where(
      and(
        eq(institutionDossierEvidence.regionCode, regionCode),
        eq(institutionDossierEvidence.dossierId, dossierId),
        eq(institutionDossierEvidence.id, evidenceId),
      ),
    );
  if (!row) throw new NotFound();
  return row;
}

export async function downloadDossierEvidence(
  deps: AttachmentDeps,
  actor: Actor | null,
  id: string,
  evidenceId: string,
) {
  const { d } = await readableDossier(deps.db, actor, id);
  return openAttachment(deps.files, await evidenceRow(deps.db, d.row.regionCode, d.row.id, evidenceId));
}

export async function deleteDossierEvidence(
  deps: AttachmentDeps,
  actor: Actor | null,
  id: string,
  evidenceId: string,
) {
  await deleteAttachments(deps, async (tx) => {
    const { d } = await readableDossier(tx, actor, id, true);
    const row = await evidenceRow(tx, d.row.regionCode, d.row.id, evidenceId);
    const [criterion] = await tx
      .select({ code: institutionStandardCriteria.code })
      .from(institutionStandardCriteria)
      .where(eq(institutionStandardCriteria.id, row.criterionId));
    const { actor: a, d: now } = await editable(tx, actor, id, criterion.code);
    await tx
      .delete(institutionDossierEvidence)
      .where(
        and(
          eq(institutionDossierEvidence.regionCode, row.regionCode),
          eq(institutionDossierEvidence.id, row.id),
        ),
      );
    await touchDossier(tx, now.row, a.userId);
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'institution_dossier_evidence',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { dossierId: now.row.id, criterion: criterion.code, fileName: row.fileName, bytes: row.bytes },
    });
    return row;
  });
  return { ok: true as const };
}
