/**
 * Uploaded evidence documents: upload (multipart, through the attachments service: sniffed
 * type, size limit, the row and its audit entry in one transaction), edit of the description,
 * removal (the file leaves the store after the commit) and permission-checked download.
 * Permission comes first, before any byte is read (domain/evaluation/evidence-access.ts).
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  documentFields,
  type DocumentFields,
  type UpdateDocumentBody,
} from '../../../api/evaluation-evidence.js';
import {
  canManageEvidence,
  canReadEvidence,
  canUploadEvidenceIn,
  canWriteEvidence,
} from '../../../domain/evaluation/evidence-access.js';
import { evidenceKind } from '../../../domain/evaluation/evidence-kinds.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { evaluationEvidenceDocuments as docs } from '../../db/schema-evaluation-evidence.js';
import type { Actor } from '../../lib/actor.js';
import {
  deleteAttachments,
  formField,
  openAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
  type FormFields,
} from '../../lib/attachments/index.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { uniqueViolation } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { IMAGE_KINDS, type SniffedKind } from '../../lib/file-store/sniff.js';
import { isMessageKey } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { ensureDemoFile } from './demo-files.js';

/** Scans and PDFs of decrees and reports, photos, and the Word/Excel files regions keep. */
export const EVIDENCE_FILE_KINDS: readonly SniffedKind[] = [...IMAGE_KINDS, 'pdf', 'docx', 'xlsx'];

const RULES: AttachmentRules = {
  kinds: EVIDENCE_FILE_KINDS,
  messages: {
    missing: 'evidence_file_missing',
    empty: 'evidence_file_empty',
    tooLarge: 'evidence_file_too_large',
    type: 'evidence_file_type',
  },
  scratchPrefix: '.evaluation-evidence-',
};

type Row = typeof docs.$inferSelect;

/** Where a document downloads from (the API route). */
export const fileUrl = (id: string) => `/api/evaluation-evidence/${id}/file`;

const FIELD_NAMES = ['kind', 'year', 'title', 'note', 'validFrom', 'validUntil', 'opdId'] as const;

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (fields[field]) continue;
    if (isMessageKey(issue.message)) fields[field] = issue.message;
    else if (issue.code === 'too_big') fields[field] = 'too_long';
    else if (issue.code === 'unrecognized_keys') fields[field] = 'unknown_field';
    else fields[field] = 'evidence_field_invalid';
  }
  return fields;
}

/** The multipart form's text fields through the same schema as the JSON edit. */
export function parseFormFields(form: FormFields): DocumentFields {
  const raw: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = formField(form, name);
    if (value === undefined) continue;
    // An empty optional field of a form is "not given".
    raw[name] = value === '' && ['validFrom', 'validUntil', 'opdId'].includes(name) ? null : value;
  }
  const parsed = documentFields.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldErrorsOf(parsed.error), 'validation_failed');
  return parsed.data;
}

export function documentDto(
  actor: Actor,
  row: Row & { opdName: string | null; uploaderName: string | null },
) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    kind: row.kind,
    year: row.year,
    opd: row.opdId ? { id: row.opdId, name: row.opdName ?? '' } : null,
    title: row.title,
    note: row.note,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    fileName: row.fileName,
    contentType: row.contentType,
    bytes: row.bytes,
    version: row.version,
    isDemo: row.isDemo,
    uploadedBy: row.uploaderName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    downloadUrl: fileUrl(row.id),
    canWrite: canWriteEvidence(actor, row.regionCode, row.opdId),
  };
}

/** Documents with their OPD's and uploader's names, for the list and single answers. */
export function documentsQuery(db: Db) {
  return db
    .select({
      row: docs,
      opdName: opd.name,
      uploaderName: users.fullName,
    })
    .from(docs)
    .leftJoin(opd, and(eq(opd.regionCode, docs.regionCode), eq(opd.id, docs.opdId)))
    .leftJoin(users, eq(users.id, docs.uploadedBy));
}

async function dtoOf(db: Db, actor: Actor, id: string) {
  const [r] = await documentsQuery(db).where(eq(docs.id, id));
  if (!r) throw new NotFound('evidence_not_found');
  return documentDto(actor, { ...r.row, opdName: r.opdName, uploaderName: r.uploaderName });
}

/** The kind must exist and be one a document can show (not a figure Setara computes). */
function assertUploadableKind(kind: string) {
  const def = evidenceKind(kind);
  if (!def) throw new Invalid({ kind: 'evidence_kind_unknown' }, 'evidence_kind_unknown');
  if (def.source === 'live')
    throw new Invalid({ kind: 'evidence_kind_live_only' }, 'evidence_kind_live_only');
}

/**
 * The OPD a write names, checked: an operator's own (filled in when left empty), an OPD of the
 * region for DP3A.
 */
async function checkedOpd(
  db: Db,
  actor: Actor,
  regionCode: string,
  opdId: string | null,
): Promise<string | null> {
  const chosen = opdId ?? (canManageEvidence(actor, regionCode) ? null : actor.opdId);
  if (!canWriteEvidence(actor, regionCode, chosen))
    throw new Forbidden('evidence_opd_not_yours', { opdId: 'evidence_opd_not_yours' });
  if (chosen === null) return null;
  const [o] = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.id, chosen)));
  if (!o) throw new Invalid({ opdId: 'evidence_opd_unknown' }, 'evidence_opd_unknown');
  return chosen;
}

const duplicateTitle = () => new Conflict({ title: 'evidence_title_duplicate' }, 'evidence_title_duplicate');

/** Refuses a second document of the same title, kind and year (the unique index backs it up). */
async function assertNoDuplicate(tx: Db, regionCode: string, f: DocumentFields, exceptId?: string) {
  const [dup] = await tx
    .select({ id: docs.id })
    .from(docs)
    .where(
      and(
        eq(docs.regionCode, regionCode),
        eq(docs.year, f.year),
        eq(docs.kind, f.kind),
        sql`lower(${docs.title}) = lower(${f.title})`,
        exceptId ? ne(docs.id, exceptId) : undefined,
      ),
    );
  if (dup) throw duplicateTitle();
}

async function mapDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) === 'evaluation_evidence_documents_title_uq') throw duplicateTitle();
    throw error;
  }
}

export async function uploadDocument(
  deps: AttachmentDeps,
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
) {
  const a = requireActor(actor);
  if (!canUploadEvidenceIn(a, regionCode)) throw new Forbidden();
  await getRegion(deps.db, regionCode);
  return mapDuplicate(() =>
    uploadAttachment(deps, request, RULES, {
      folder: `evaluation-evidence/${regionCode}`,
      fields: async (form) => {
        const f = parseFormFields(form);
        assertUploadableKind(f.kind);
        return { ...f, opdId: await checkedOpd(deps.db, a, regionCode, f.opdId) };
      },
      save: async (tx, file, f) => {
        await assertNoDuplicate(tx, regionCode, f);
        const [row] = await tx
          .insert(docs)
          .values({ ...f, ...file, regionCode, uploadedBy: a.userId, updatedBy: a.userId })
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'evaluation_evidence',
          entityId: row.id,
          regionCode,
          after: { ...f, fileName: file.fileName, contentType: file.contentType, bytes: file.bytes },
        });
        return dtoOf(tx, a, row.id);
      },
    }),
  );
}

/** The row, for a reader of its region (404 otherwise: an id of another region is not told apart). */
async function readableRow(db: Db, actor: Actor | null, id: string): Promise<{ a: Actor; row: Row }> {
  const a = requireActor(actor);
  const [row] = await db.select().from(docs).where(eq(docs.id, id));
  if (!row || !canReadEvidence(a, row.regionCode)) throw new NotFound('evidence_not_found');
  return { a, row };
}

async function writableRow(db: Db, actor: Actor | null, id: string) {
  const { a, row } = await readableRow(db, actor, id);
  if (!canWriteEvidence(a, row.regionCode, row.opdId)) throw new Forbidden();
  return { a, row };
}

export async function getDocument(db: Db, actor: Actor | null, id: string) {
  const { a } = await readableRow(db, actor, id);
  return dtoOf(db, a, id);
}

export async function updateDocument(db: Db, actor: Actor | null, id: string, body: UpdateDocumentBody) {
  const { a, row } = await writableRow(db, actor, id);
  const { version, ...f } = body;
  assertUploadableKind(f.kind);
  const opdId = await checkedOpd(db, a, row.regionCode, f.opdId);
  return mapDuplicate(() =>
    db.transaction(async (tx) => {
      await assertNoDuplicate(tx, row.regionCode, f, row.id);
      const [updated] = await tx
        .update(docs)
        .set({ ...f, opdId, version: row.version + 1, updatedBy: a.userId, updatedAt: new Date() })
        .where(and(eq(docs.id, row.id), eq(docs.version, version)))
        .returning();
      if (!updated) throw new Conflict({ version: 'evidence_version_stale' }, 'evidence_version_stale');
      const before = Object.fromEntries(Object.keys(f).map((k) => [k, row[k as keyof typeof f]]));
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'evaluation_evidence',
        entityId: row.id,
        regionCode: row.regionCode,
        before,
        after: { ...f, opdId },
      });
      return dtoOf(tx, a, row.id);
    }),
  );
}

export async function deleteDocument(deps: AttachmentDeps, actor: Actor | null, id: string) {
  const { a, row } = await writableRow(deps.db, actor, id);
  await deleteAttachments(deps, async (tx) => {
    await tx.delete(docs).where(eq(docs.id, row.id));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'evaluation_evidence',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { kind: row.kind, year: row.year, title: row.title, fileName: row.fileName },
    });
    return row;
  });
  return { ok: true as const };
}

export async function downloadDocument(deps: AttachmentDeps, actor: Actor | null, id: string) {
  const { row } = await readableRow(deps.db, actor, id);
  await ensureDemoFile(deps.files, row);
  return openAttachment(deps.files, row);
}
