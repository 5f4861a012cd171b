/**
 * Standardisation of service institutions (issue 12).
 *
 * A standard is versioned data, national (the superadmin's): a version with its elements and
 * their criteria (scoring kind, weight, evidence expected). A published version is frozen —
 * the service refuses to change it — and a new version starts as a copy. The official LPLPP
 * borang is not public (research.md §6), so the shipped standards are examples (`example`),
 * labelled so wherever they show.
 *
 * A dossier is one institution's answers against one standard version (one per institution
 * and version; a new round of the same dossier reopens it): an answer per criterion with its
 * evidence files (file store) and DP3A's review, the stage it is at, the decision and the
 * certificate's public verification code. Every move is kept in its history; the decision is
 * copied to the registry's `institutions.standard_*` in the same transaction.
 *
 * The progress board reads a region's dossiers by stage (institution_dossiers_board_idx);
 * the national bench holds 50 k of them.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CRITERION_REVIEWS,
  DOSSIER_ACTIONS,
  DOSSIER_OUTCOMES,
  DOSSIER_STAGES,
  SCORING_KINDS,
  STANDARD_VERSION_STATUSES,
} from '../../domain/institution-standards/constants.js';
import type { Threshold } from '../../domain/institution-standards/scoring.js';
import { createdAt, updatedAt } from './columns.js';
import { institutions } from './schema-institutions.js';

export const institutionStandards = pgTable(
  'institution_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable across versions, e.g. LPLPP-CONTOH. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    /** The institution type code it applies to (institution_types.code: lplpp, puspaga, …). */
    institutionType: text('institution_type').notNull(),
    status: text('status', { enum: STANDARD_VERSION_STATUSES }).notNull().default('draft'),
    /** Where the items come from, and what is not public. */
    sourceNote: text('source_note').notNull().default(''),
    /** How long a terstandar decision is valid by default; null: no end unless the decider gives one. */
    validityMonths: integer('validity_months'),
    /** Whether the national level reviews after the province. */
    nationalReview: boolean('national_review').notNull().default(false),
    /** An example shipped with Setara: "CONTOH — bukan standar resmi" wherever it shows. */
    example: boolean('example').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('institution_standards_code_version_uq').on(t.code, t.version),
    // One draft per code at a time: a new version is started from the latest.
    uniqueIndex('institution_standards_one_draft_uq')
      .on(t.code)
      .where(sql`${t.status} = 'draft'`),
    check(
      'institution_standards_validity',
      sql`${t.validityMonths} is null or ${t.validityMonths} between 1 and 240`,
    ),
  ],
);

export const institutionStandardElements = pgTable(
  'institution_standard_elements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => institutionStandards.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [uniqueIndex('institution_standard_elements_code_uq').on(t.standardId, t.code)],
);

export const institutionStandardCriteria = pgTable(
  'institution_standard_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => institutionStandards.id, { onDelete: 'cascade' }),
    elementId: uuid('element_id')
      .notNull()
      .references(() => institutionStandardElements.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    text: text('text').notNull(),
    help: text('help').notNull().default(''),
    kind: text('kind', { enum: SCORING_KINDS }).notNull(),
    scaleMax: integer('scale_max'),
    thresholds: jsonb('thresholds').$type<Threshold[]>(),
    weight: doublePrecision('weight').notNull(),
    /** What evidence is expected; empty: none. */
    evidenceExpected: text('evidence_expected').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('institution_standard_criteria_code_uq').on(t.standardId, t.code),
    index('institution_standard_criteria_element_idx').on(t.elementId, t.position),
  ],
);

export const institutionDossiers = pgTable(
  'institution_dossiers',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => institutionStandards.id),
    stage: text('stage', { enum: DOSSIER_STAGES }).notNull().default('draft'),
    /** 1, then one more each time a decided dossier is reopened. */
    round: integer('round').notNull().default(1),
    outcome: text('outcome', { enum: DOSSIER_OUTCOMES }),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    validUntil: date('valid_until'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    /** The certificate's public code (a terstandar decision); random, 80 bits. */
    verificationCode: text('verification_code'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Optimistic locking: a write names the version it saw. */
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('institution_dossiers_id_uq').on(t.id),
    uniqueIndex('institution_dossiers_one_per_version_uq').on(t.institutionId, t.standardId),
    uniqueIndex('institution_dossiers_code_uq').on(t.verificationCode),
    index('institution_dossiers_board_idx').on(t.regionCode, t.stage),
    index('institution_dossiers_valid_until_idx')
      .on(t.validUntil)
      .where(sql`${t.outcome} = 'terstandar' and ${t.revokedAt} is null`),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }).onDelete('cascade'),
  ],
);

/** One answer per criterion: the value (by the criterion's kind), a note, and DP3A's review. */
export const institutionDossierAnswers = pgTable(
  'institution_dossier_answers',
  {
    regionCode: text('region_code').notNull(),
    dossierId: uuid('dossier_id').notNull(),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => institutionStandardCriteria.id),
    /** yes_no: boolean; scale and number: a number; null: not answered. */
    value: jsonb('value').$type<boolean | number | null>(),
    note: text('note').notNull().default(''),
    review: text('review', { enum: CRITERION_REVIEWS }),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.dossierId, t.criterionId] }),
    foreignKey({
      columns: [t.regionCode, t.dossierId],
      foreignColumns: [institutionDossiers.regionCode, institutionDossiers.id],
    }).onDelete('cascade'),
  ],
);

/** Evidence files of one criterion of a dossier (file store; kind sniffed from the bytes). */
export const institutionDossierEvidence = pgTable(
  'institution_dossier_evidence',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    dossierId: uuid('dossier_id').notNull(),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => institutionStandardCriteria.id),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('institution_dossier_evidence_id_uq').on(t.id),
    uniqueIndex('institution_dossier_evidence_key_uq').on(t.fileKey),
    index('institution_dossier_evidence_dossier_idx').on(t.regionCode, t.dossierId, t.criterionId),
    foreignKey({
      columns: [t.regionCode, t.dossierId],
      foreignColumns: [institutionDossiers.regionCode, institutionDossiers.id],
    }).onDelete('cascade'),
  ],
);

/** Every move of a dossier: who, when, from which stage to which, and the note or decision. */
export const institutionDossierHistory = pgTable(
  'institution_dossier_history',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    dossierId: uuid('dossier_id').notNull(),
    action: text('action', { enum: DOSSIER_ACTIONS }).notNull(),
    fromStage: text('from_stage', { enum: DOSSIER_STAGES }),
    toStage: text('to_stage', { enum: DOSSIER_STAGES }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('institution_dossier_history_idx').on(t.regionCode, t.dossierId, t.at),
    foreignKey({
      columns: [t.regionCode, t.dossierId],
      foreignColumns: [institutionDossiers.regionCode, institutionDossiers.id],
    }).onDelete('cascade'),
  ],
);
