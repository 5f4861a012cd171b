/**
 * The evidence repository of the Evaluasi PUG (issue 13, feature `evaluation-evidence`): the
 * documents a region uploads as bukti dukung — a Perda, a decree's scan, photos of a lactation
 * room — each of one evidence kind (domain/evaluation/evidence-kinds.ts) and year, with the
 * period it is valid for. Live evidence (Setara's own records) is not stored here: providers
 * read it from its modules each time, so a link always shows the record's current state.
 *
 * The file follows the attachments service (server/lib/attachments): the four file columns,
 * the sniffed type, and the trigger (in this table's migration) that queues the file's removal
 * for rows deleted by any path.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';

export const evaluationEvidenceDocuments = pgTable(
  'evaluation_evidence_documents',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    /** An evidence kind code (EVIDENCE_KINDS); kept as text so a kind added later needs no migration. */
    kind: text('kind').notNull(),
    /** The evaluation year it is evidence for (the year of the activity, not of the upload). */
    year: integer('year').notNull(),
    /** The OPD it belongs to (an operator's upload always has its own); null: the region's. */
    opdId: uuid('opd_id'),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    /** A decree's or an accreditation's validity; both null: not time-bound. */
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, never taken from the name or the request. */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    uploadedBy: uuid('uploaded_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('evaluation_evidence_documents_id_uq').on(t.id),
    uniqueIndex('evaluation_evidence_documents_key_uq').on(t.fileKey),
    // The same title twice for one kind and year is the same document uploaded twice.
    uniqueIndex('evaluation_evidence_documents_title_uq').on(
      t.regionCode,
      t.year,
      t.kind,
      sql`lower(${t.title})`,
    ),
    index('evaluation_evidence_documents_region_year_idx').on(t.regionCode, t.year, t.kind),
    // No cascade: an OPD that still has documents is deactivated, never deleted under them
    // (removing the demo keeps a demo OPD a region's own upload names).
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
    check(
      'evaluation_evidence_documents_validity_ck',
      sql`${t.validFrom} IS NULL OR ${t.validUntil} IS NULL OR ${t.validFrom} <= ${t.validUntil}`,
    ),
  ],
);
