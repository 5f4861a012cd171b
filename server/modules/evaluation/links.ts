/**
 * Evidence of a question: what the repository proposes for its evidence kinds (helper B's
 * proposeEvidence: live records of Setara's modules and uploaded documents of the year), the
 * operator confirming one as a link, and removing a link. A live link is accepted only when
 * the repository proposes that very record for the region and year, so a worksheet can never
 * point at another region's records; an upload link only to a document of the region's own
 * repository (uploaded through /api/regions/:code/evaluation-evidence first).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { evidenceLinkBody } from '../../../api/evaluation.js';
import { canAnswerQuestion } from '../../../domain/evaluation/access.js';
import type { Db } from '../../db/connection.js';
import { evaluationAnswerLinks } from '../../db/schema-evaluation.js';
import { evaluationEvidenceDocuments } from '../../db/schema-evaluation-evidence.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { proposeEvidence } from '../evaluation-evidence/propose.js';
import { answerRow, assertWritable, questionOf } from './answers.js';
import { linkOf } from './dto.js';
import { readableWorksheet, type LoadedWorksheet } from './load.js';
import { missingOf, refreshWorksheet, summaryOf } from './score.js';

async function assertAnswerer(tx: Db, w: LoadedWorksheet, code: string) {
  const a = await answerRow(tx, w, code);
  const assignment = a ? { opdId: a.assigneeOpdId, userId: a.assigneeUserId } : null;
  if (!canAnswerQuestion(w.actor, w.row.regionCode, assignment)) throw new Forbidden();
}

/** The repository's candidates for a question's evidence kinds, each marked when already linked. */
export async function proposalsFor(db: Db, actor: Actor | null, id: string, code: string) {
  const w = await readableWorksheet(db, actor, id);
  const q = questionOf(w, code);
  const [candidates, linked] = await Promise.all([
    q.evidenceKinds.length ? proposeEvidence(db, w.row.regionCode, w.cycle.row.year, q.evidenceKinds) : [],
    db
      .select()
      .from(evaluationAnswerLinks)
      .where(
        and(
          eq(evaluationAnswerLinks.regionCode, w.row.regionCode),
          eq(evaluationAnswerLinks.worksheetId, w.row.id),
          eq(evaluationAnswerLinks.questionCode, code),
        ),
      ),
  ]);
  const keys = new Set(linked.map((l) => `${l.module ?? ''}|${l.recordId ?? l.documentId}`));
  return {
    items: candidates.map((c) => ({
      ...c,
      linked: keys.has(
        c.link.source === 'live' ? `${c.link.ref.module}|${c.link.ref.id}` : `|${c.link.ref.documentId}`,
      ),
    })),
  };
}

type LinkBody = z.infer<typeof evidenceLinkBody>;

export async function addLink(db: Db, actor: Actor | null, id: string, code: string, body: LinkBody) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    questionOf(w, code);
    await assertAnswerer(tx, w, code);
    assertWritable(w);
    const region = w.row.regionCode;
    let ref: { module: string | null; recordId: string | null; documentId: string | null };
    if (body.source === 'live') {
      if (!body.module || !body.id || body.documentId)
        throw new Invalid({ id: 'evaluation_link_ref_missing' }, 'evaluation_link_ref_missing');
      const candidates = await proposeEvidence(tx, region, w.cycle.row.year, [body.kind]);
      const found = candidates.some(
        (c) => c.link.source === 'live' && c.link.ref.module === body.module && c.link.ref.id === body.id,
      );
      if (!found)
        throw new Invalid({ id: 'evaluation_link_document_unknown' }, 'evaluation_link_document_unknown');
      ref = { module: body.module, recordId: body.id, documentId: null };
    } else {
      if (!body.documentId || body.id || body.module)
        throw new Invalid({ documentId: 'evaluation_link_ref_missing' }, 'evaluation_link_ref_missing');
      const [doc] = await tx
        .select({ id: evaluationEvidenceDocuments.id })
        .from(evaluationEvidenceDocuments)
        .where(
          and(
            eq(evaluationEvidenceDocuments.regionCode, region),
            eq(evaluationEvidenceDocuments.id, body.documentId),
          ),
        );
      if (!doc)
        throw new Invalid(
          { documentId: 'evaluation_link_document_unknown' },
          'evaluation_link_document_unknown',
        );
      ref = { module: null, recordId: null, documentId: body.documentId };
    }
    const [dup] = await tx
      .select({ id: evaluationAnswerLinks.id })
      .from(evaluationAnswerLinks)
      .where(
        and(
          eq(evaluationAnswerLinks.regionCode, region),
          eq(evaluationAnswerLinks.worksheetId, w.row.id),
          eq(evaluationAnswerLinks.questionCode, code),
          sql`coalesce(${evaluationAnswerLinks.module}, '') = ${ref.module ?? ''}`,
          sql`coalesce(${evaluationAnswerLinks.recordId}, ${evaluationAnswerLinks.documentId}::text) = ${ref.recordId ?? ref.documentId}`,
        ),
      );
    if (dup) throw new Conflict({ link: 'evaluation_link_duplicate' }, 'evaluation_link_duplicate');
    const [link] = await tx
      .insert(evaluationAnswerLinks)
      .values({
        regionCode: region,
        worksheetId: w.row.id,
        questionCode: code,
        kind: body.kind,
        source: body.source,
        ...ref,
        title: body.title,
        year: body.year,
        confirmedBy: w.actor.userId,
      })
      .returning();
    const { row, computed, rows } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers);
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'create',
      entity: 'evaluation_answer',
      entityId: w.row.id,
      regionCode: region,
      after: { questionCode: code, link: linkOf(link) },
    });
    return {
      link: linkOf(link),
      version: row.version,
      score: summaryOf(computed, w.cycle.tiers),
      missing: missingOf(w.cycle.instrument, computed, w.cycle.tiers, rows.answers),
    };
  });
}

export async function removeLink(db: Db, actor: Actor | null, id: string, linkId: string) {
  return db.transaction(async (tx) => {
    const w = await readableWorksheet(tx, actor, id, true);
    const [link] = await tx
      .select()
      .from(evaluationAnswerLinks)
      .where(
        and(
          eq(evaluationAnswerLinks.regionCode, w.row.regionCode),
          eq(evaluationAnswerLinks.worksheetId, w.row.id),
          eq(evaluationAnswerLinks.id, linkId),
        ),
      );
    if (!link) throw new NotFound('evaluation_link_not_found');
    await assertAnswerer(tx, w, link.questionCode);
    assertWritable(w);
    await tx
      .delete(evaluationAnswerLinks)
      .where(
        and(eq(evaluationAnswerLinks.regionCode, w.row.regionCode), eq(evaluationAnswerLinks.id, linkId)),
      );
    const { row } = await refreshWorksheet(tx, w.row, w.cycle.instrument, w.cycle.tiers);
    await recordAudit(tx, subjectOf(w.actor), {
      action: 'delete',
      entity: 'evaluation_answer',
      entityId: w.row.id,
      regionCode: w.row.regionCode,
      before: { questionCode: link.questionCode, link: linkOf(link) },
    });
    return { ok: true as const, version: row.version };
  });
}
