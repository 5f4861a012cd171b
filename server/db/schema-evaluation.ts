/**
 * Evaluasi PUG worksheets (issue 13, feature `evaluation`): one per region per cycle.
 *
 * A worksheet holds the region's answers (one row per question that was answered or
 * assigned), every earlier version of each answer, the evidence links confirmed for each
 * question (domain/evaluation/evidence-kinds.ts `EvidenceLink`: a live record named by module
 * and id, or an uploaded document of the evidence repository — named, never copied, so a link
 * resolves to the record's current state and keeps the title seen when confirmed), the
 * verifiers' decisions per stage and question, and the region's replies to their comments.
 *
 * The worksheet row also caches its scores (self and after each stage, total and per area),
 * tier and evidence completeness, rewritten in the transaction of every answer, link and
 * decision, so the province side-by-side and the national recap (552 regions) read one row
 * per region (evaluation_worksheets_cycle_idx) instead of scoring 250 k answers.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { DECISIONS } from '../../domain/evaluation/verification.js';
import { VERIFICATION_STAGES, WORKSHEET_STATUSES } from '../../domain/evaluation/worksheet.js';
import { createdAt, updatedAt } from './columns.js';
import { regions } from './schema.js';
import { evaluationCycles } from './schema-evaluation-instruments.js';

/** The cached scores of a worksheet: total and per area (after weights), self and per stage reached. */
export interface WorksheetScoreCache {
  total: number;
  byArea: Record<string, number>;
}
export type WorksheetScores = {
  self: WorksheetScoreCache;
} & Partial<Record<(typeof VERIFICATION_STAGES)[number], WorksheetScoreCache>>;

export const evaluationWorksheets = pgTable(
  'evaluation_worksheets',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id),
    status: text('status', { enum: WORKSHEET_STATUSES }).notNull().default('draft'),
    /** Frozen by hand (the superadmin stopping a worksheet); a submitted one is frozen anyway. */
    frozen: boolean('frozen').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    administrativeClosedAt: timestamp('administrative_closed_at', { withTimezone: true }),
    administrativeClosedBy: uuid('administrative_closed_by'),
    fieldClosedAt: timestamp('field_closed_at', { withTimezone: true }),
    fieldClosedBy: uuid('field_closed_by'),
    /** The latest total (after the last stage reached), its tier, and all scores (cache). */
    total: doublePrecision('total').notNull().default(0),
    tier: text('tier'),
    scores: jsonb('scores')
      .$type<WorksheetScores>()
      .notNull()
      .default({ self: { total: 0, byArea: {} } }),
    /** Shown questions that require evidence, and how many of them have at least one link. */
    evidenceRequired: integer('evidence_required').notNull().default(0),
    evidenceComplete: integer('evidence_complete').notNull().default(0),
    answered: integer('answered').notNull().default(0),
    shown: integer('shown').notNull().default(0),
    /** Optimistic locking and the live score's freshness: one more on each write. */
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('evaluation_worksheets_id_uq').on(t.id),
    uniqueIndex('evaluation_worksheets_cycle_region_uq').on(t.cycleId, t.regionCode),
    index('evaluation_worksheets_cycle_idx').on(t.cycleId, t.status),
  ],
);

/** One answer per question (or only its assignment, value null): the latest version. */
export const evaluationAnswers = pgTable(
  'evaluation_answers',
  {
    regionCode: text('region_code').notNull(),
    worksheetId: uuid('worksheet_id').notNull(),
    questionCode: text('question_code').notNull(),
    /** choice: option code; yes_no: boolean; number/percentage: number; text: string; null: not answered. */
    value: jsonb('value').$type<string | boolean | number | null>(),
    /** Self-assessed points before the weight (scoring.ts pointsOf), kept for the exports. */
    points: doublePrecision('points').notNull().default(0),
    note: text('note').notNull().default(''),
    assigneeOpdId: uuid('assignee_opd_id'),
    assigneeUserId: uuid('assignee_user_id'),
    /** 0 while only assigned; 1 on the first answer, one more each change. */
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.worksheetId, t.questionCode] }),
    foreignKey({
      columns: [t.regionCode, t.worksheetId],
      foreignColumns: [evaluationWorksheets.regionCode, evaluationWorksheets.id],
    }).onDelete('cascade'),
    index('evaluation_answers_opd_idx').on(t.regionCode, t.assigneeOpdId),
  ],
);

/** Every earlier version of an answer (the current one is in evaluation_answers). */
export const evaluationAnswerVersions = pgTable(
  'evaluation_answer_versions',
  {
    regionCode: text('region_code').notNull(),
    worksheetId: uuid('worksheet_id').notNull(),
    questionCode: text('question_code').notNull(),
    version: integer('version').notNull(),
    value: jsonb('value').$type<string | boolean | number | null>(),
    note: text('note').notNull().default(''),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.worksheetId, t.questionCode, t.version] }),
    foreignKey({
      columns: [t.regionCode, t.worksheetId],
      foreignColumns: [evaluationWorksheets.regionCode, evaluationWorksheets.id],
    }).onDelete('cascade'),
  ],
);

/** A confirmed evidence link of a question (EvidenceLink of domain/evaluation/evidence-kinds.ts). */
export const evaluationAnswerLinks = pgTable(
  'evaluation_answer_links',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    worksheetId: uuid('worksheet_id').notNull(),
    questionCode: text('question_code').notNull(),
    kind: text('kind').notNull(),
    source: text('source', { enum: ['live', 'upload'] }).notNull(),
    /** live: the module and the record's id in it (a computed figure's id is its kind code). */
    module: text('module'),
    recordId: text('record_id'),
    /** upload: evaluation_evidence_documents.id (no foreign key: a removed document shows its title). */
    documentId: uuid('document_id'),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      columns: [t.regionCode, t.worksheetId],
      foreignColumns: [evaluationWorksheets.regionCode, evaluationWorksheets.id],
    }).onDelete('cascade'),
    // A record is linked to a question once.
    uniqueIndex('evaluation_answer_links_once_uq').on(
      t.worksheetId,
      t.questionCode,
      sql`coalesce(${t.module}, '')`,
      sql`coalesce(${t.recordId}, ${t.documentId}::text)`,
    ),
    index('evaluation_answer_links_question_idx').on(t.regionCode, t.worksheetId, t.questionCode),
    check(
      'evaluation_answer_links_ref',
      sql`(${t.source} = 'live' and ${t.module} is not null and ${t.recordId} is not null and ${t.documentId} is null)
       or (${t.source} = 'upload' and ${t.documentId} is not null and ${t.recordId} is null)`,
    ),
  ],
);

/** A verifier's decision on one question at one stage (the latest; the audit log keeps each change). */
export const evaluationDecisions = pgTable(
  'evaluation_decisions',
  {
    regionCode: text('region_code').notNull(),
    worksheetId: uuid('worksheet_id').notNull(),
    stage: text('stage', { enum: VERIFICATION_STAGES }).notNull(),
    questionCode: text('question_code').notNull(),
    decision: text('decision', { enum: DECISIONS }).notNull(),
    adjustedScore: doublePrecision('adjusted_score'),
    comment: text('comment').notNull().default(''),
    /** True when the stage's close accepted it on the verifier's behalf. */
    byClose: boolean('by_close').notNull().default(false),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.worksheetId, t.stage, t.questionCode] }),
    foreignKey({
      columns: [t.regionCode, t.worksheetId],
      foreignColumns: [evaluationWorksheets.regionCode, evaluationWorksheets.id],
    }).onDelete('cascade'),
    check('evaluation_decisions_score', sql`(${t.decision} = 'adjusted') = (${t.adjustedScore} is not null)`),
  ],
);

/** The region's reply to a verifier's comment on a question, before the stage closes. */
export const evaluationReplies = pgTable(
  'evaluation_replies',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    worksheetId: uuid('worksheet_id').notNull(),
    stage: text('stage', { enum: VERIFICATION_STAGES }).notNull(),
    questionCode: text('question_code').notNull(),
    body: text('body').notNull(),
    repliedBy: uuid('replied_by'),
    repliedAt: timestamp('replied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      columns: [t.regionCode, t.worksheetId],
      foreignColumns: [evaluationWorksheets.regionCode, evaluationWorksheets.id],
    }).onDelete('cascade'),
    index('evaluation_replies_question_idx').on(t.regionCode, t.worksheetId, t.stage, t.questionCode),
  ],
);
