/**
 * Evaluasi PUG instruments and cycles (issue 13, feature `evaluation-instruments`).
 *
 * An instrument is versioned data, national (the superadmin's): areas → questions → options.
 * KemenPPPA's instrument is not public (research-2.md §2.2), so the shipped one is an example
 * (`example`), labelled "CONTOH — bukan instrumen resmi" wherever it shows. An instrument is
 * frozen once a cycle using it opens — the service refuses to change it — and a new version
 * starts as a copy (one unfrozen version per code at a time).
 *
 * A cycle is one year's evaluation for one award (APE / PPE): its instrument version, the
 * stage dates, the tiers as score bands, whether the national level also verifies kab/kota,
 * and its status. The pure shapes are domain/evaluation/instrument.ts.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ANSWER_TYPES,
  CYCLE_STATUSES,
  EVALUATION_AWARDS,
  type ScoreThreshold,
} from '../../domain/evaluation/instrument.js';
import { createdAt, updatedAt } from './columns.js';

export const evaluationInstruments = pgTable(
  'evaluation_instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable across versions, e.g. PUG-CONTOH. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    /** Where the content comes from, and what is not public. */
    sourceNote: text('source_note').notNull().default(''),
    /** Shipped with Setara as an example: "CONTOH — bukan instrumen resmi" wherever it shows. */
    example: boolean('example').notNull().default(false),
    /** Set when a cycle using it opens; a frozen instrument is never changed again. */
    frozen: boolean('frozen').notNull().default(false),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    /** The version this one was copied from, if any. */
    copiedFrom: uuid('copied_from'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluation_instruments_code_version_uq').on(t.code, t.version),
    // One editable version per code at a time: a new version is started from a frozen one.
    uniqueIndex('evaluation_instruments_one_draft_uq')
      .on(t.code)
      .where(sql`not ${t.frozen}`),
    check('evaluation_instruments_version_positive', sql`${t.version} >= 1`),
  ],
);

export const evaluationInstrumentAreas = pgTable(
  'evaluation_instrument_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => evaluationInstruments.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('evaluation_instrument_areas_code_uq').on(t.instrumentId, t.code)],
);

export const evaluationInstrumentQuestions = pgTable(
  'evaluation_instrument_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => evaluationInstruments.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => evaluationInstrumentAreas.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    text: text('text').notNull(),
    textEn: text('text_en'),
    help: text('help'),
    answerType: text('answer_type', { enum: ANSWER_TYPES }).notNull(),
    maxScore: doublePrecision('max_score').notNull(),
    weight: doublePrecision('weight').notNull(),
    /** number/percentage: steps (ascending by min); null or empty: scaled to `target`. */
    thresholds: jsonb('thresholds').$type<ScoreThreshold[]>(),
    target: doublePrecision('target'),
    /** Codes of domain/evaluation/evidence-kinds.ts; empty: none required. */
    evidenceKinds: jsonb('evidence_kinds').$type<string[]>().notNull().default([]),
    /** Shown only when question `condition_question_code` is answered with `condition_equals`. */
    conditionQuestionCode: text('condition_question_code'),
    conditionEquals: jsonb('condition_equals').$type<string | boolean | number>(),
    /** Order across the whole instrument. */
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_instrument_questions_code_uq').on(t.instrumentId, t.code),
    index('evaluation_instrument_questions_area_idx').on(t.areaId, t.position),
    check('evaluation_instrument_questions_weight', sql`${t.weight} > 0`),
    check('evaluation_instrument_questions_max', sql`${t.maxScore} >= 0`),
  ],
);

export const evaluationInstrumentOptions = pgTable(
  'evaluation_instrument_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => evaluationInstrumentQuestions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    label: text('label').notNull(),
    labelEn: text('label_en'),
    score: doublePrecision('score').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('evaluation_instrument_options_code_uq').on(t.questionId, t.code)],
);

export const evaluationCycles = pgTable(
  'evaluation_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    award: text('award', { enum: EVALUATION_AWARDS }).notNull(),
    name: text('name').notNull(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => evaluationInstruments.id),
    status: text('status', { enum: CYCLE_STATUSES }).notNull().default('draft'),
    /** Stage windows (inclusive dates); all required before the cycle opens. */
    selfAssessmentStart: date('self_assessment_start'),
    selfAssessmentEnd: date('self_assessment_end'),
    adminVerificationStart: date('admin_verification_start'),
    adminVerificationEnd: date('admin_verification_end'),
    fieldVerificationStart: date('field_verification_start'),
    fieldVerificationEnd: date('field_verification_end'),
    finalStart: date('final_start'),
    finalEnd: date('final_end'),
    /** Whether the national level verifies kab/kota too (it always verifies provinces). */
    nationalVerifiesKabKota: boolean('national_verifies_kab_kota').notNull().default(false),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedBy: uuid('opened_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Optimistic locking: a write names the version it saw. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluation_cycles_year_award_uq').on(t.year, t.award),
    index('evaluation_cycles_instrument_idx').on(t.instrumentId),
    check('evaluation_cycles_year', sql`${t.year} between 2000 and 2100`),
  ],
);

/** A cycle's tiers: name and score band (min inclusive, max exclusive but for the top band). */
export const evaluationCycleTiers = pgTable(
  'evaluation_cycle_tiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    minScore: doublePrecision('min_score').notNull(),
    maxScore: doublePrecision('max_score').notNull(),
    /** Lowest tier first. */
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_cycle_tiers_name_uq').on(t.cycleId, t.name),
    check('evaluation_cycle_tiers_band', sql`${t.minScore} < ${t.maxScore}`),
  ],
);
