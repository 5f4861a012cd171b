/**
 * Training records of a meeting (a Bimtek, or any event with lesson hours): each participant's
 * pre-test and post-test score, the certificate settings, and the certificates issued.
 *
 * Participants are the meeting's attendees, merged across its days by the attendance dedup key
 * (domain/meetings/attendance-dedup.ts). That key carries a phone number or e-mail, so it is not
 * stored here: `participant_key` is its hash (domain/training/participants.ts), opaque, and the
 * id the API uses for a participant. Certificates keep the name, sex and institution as printed,
 * so a later erasure of the attendance's contact data (UU PDP 27/2022) leaves them verifiable.
 *
 * Certificate numbers run per region and year: `training_certificate_counters` holds the last
 * number given, incremented in the issuing transaction (its row lock orders concurrent issues,
 * a rolled back issue gives its numbers back), so the sequence has no gaps.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEXES } from '../../domain/indicators.js';
import { createdAt, updatedAt } from './columns.js';
import { regions } from './schema.js';
import { meetings } from './schema-meetings.js';

/** A test score 0–100 with up to two decimals (exact string). */
const score = (name: string) => numeric(name, { precision: 5, scale: 2 });

export const trainingScores = pgTable(
  'training_scores',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    participantKey: text('participant_key').notNull(),
    preScore: score('pre_score'),
    postScore: score('post_score'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.meetingId, t.participantKey] }),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
  ],
);

/** How a meeting's certificates are signed and numbered. */
export const trainingCertificateSettings = pgTable(
  'training_certificate_settings',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    signatoryName: text('signatory_name').notNull(),
    signatoryPosition: text('signatory_position').notNull(),
    signatoryNip: text('signatory_nip').notNull().default(''),
    /** E.g. `{seq:3}/SERT-BIMTEK/{org}/{year}`; placeholders in domain/training/numbering.ts. */
    numberPattern: text('number_pattern').notNull(),
    /** The text {org} stands for (the issuing agency's short name, e.g. DP3A). */
    orgCode: text('org_code').notNull().default(''),
    issuePlace: text('issue_place').notNull().default(''),
    issueDate: date('issue_date').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.meetingId] }),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
  ],
);

export const trainingCertificates = pgTable(
  'training_certificates',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    participantKey: text('participant_key').notNull(),
    /** As printed on the certificate. */
    fullName: text('full_name').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    institution: text('institution').notNull().default(''),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    /** Random and unguessable (domain/training/verification.ts); the public page's only key. */
    verificationCode: text('verification_code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('training_certificates_id_uq').on(t.id),
    uniqueIndex('training_certificates_number_uq').on(t.regionCode, t.number),
    uniqueIndex('training_certificates_seq_uq').on(t.regionCode, t.year, t.seq),
    uniqueIndex('training_certificates_code_uq').on(t.verificationCode),
    // One valid certificate per participant; a revoked one stays, and a new one may follow.
    uniqueIndex('training_certificates_active_uq')
      .on(t.regionCode, t.meetingId, t.participantKey)
      .where(sql`${t.revokedAt} is null`),
    index('training_certificates_meeting_idx').on(t.regionCode, t.meetingId),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
  ],
);

/** The last certificate number given per region and year. */
export const trainingCertificateCounters = pgTable(
  'training_certificate_counters',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/**
 * The verification codes of certificates that no longer exist — deleted with their event (or on
 * their own): the public page then says the certificate was withdrawn instead of "unknown",
 * which would read as a forgery to whoever holds the paper. Only the code, the issuing region
 * and when: no name or any other personal data outlives the certificate. Filled by a trigger on
 * training_certificates (migration 0026), so every way a certificate goes is covered,
 * including a cascade from its meeting.
 */
export const withdrawnCertificates = pgTable('withdrawn_certificates', {
  verificationCode: text('verification_code').primaryKey(),
  regionCode: text('region_code').notNull(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }).notNull().defaultNow(),
});
