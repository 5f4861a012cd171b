/**
 * Follow-ups (tindak lanjut) of meetings (issue 11): each agreed in one meeting's minutes,
 * optionally under one agenda item, owned by exactly one OPD of the region or one person of its
 * PUG registry, with a due date and a status (domain/follow-ups). The evidence of completion is
 * kept in the file store (type sniffed from the bytes); every status change is kept in the
 * history.
 *
 * The board reads a region's follow-ups by status and due date (follow_ups_board_idx) or by
 * owner OPD (follow_ups_owner_opd_idx); the national bench holds 200 k of them.
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
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { FOLLOW_UP_STATUSES } from '../../domain/follow-ups/constants.js';
import { createdAt, updatedAt } from './columns.js';
import { opd } from './schema.js';
import { pugPeople } from './schema-kelembagaan.js';
import { meetings } from './schema-meetings.js';

export const followUps = pgTable(
  'follow_ups',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    /** The agenda item of the meeting (meetings.agenda[].id) it was agreed under, if any. */
    agendaItemId: text('agenda_item_id'),
    text: text('text').notNull(),
    /** Exactly one owner: an OPD of the region, or a person of its PUG registry. */
    ownerOpdId: uuid('owner_opd_id'),
    ownerPersonId: uuid('owner_person_id'),
    dueDate: date('due_date').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull().default('open'),
    completionNote: text('completion_note'),
    /** Optimistic locking: a save names the version it edited. */
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('follow_ups_id_uq').on(t.id),
    index('follow_ups_board_idx').on(t.regionCode, t.status, t.dueDate),
    index('follow_ups_owner_opd_idx').on(t.regionCode, t.ownerOpdId, t.dueDate),
    index('follow_ups_meeting_idx').on(t.regionCode, t.meetingId),
    index('follow_ups_owner_person_idx').on(t.regionCode, t.ownerPersonId),
    check('follow_ups_one_owner', sql`(${t.ownerOpdId} is null) <> (${t.ownerPersonId} is null)`),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.ownerOpdId], foreignColumns: [opd.regionCode, opd.id] }),
    foreignKey({
      columns: [t.regionCode, t.ownerPersonId],
      foreignColumns: [pugPeople.regionCode, pugPeople.id],
    }),
  ],
);

/** Evidence of completion: files in the file store, kind sniffed from the bytes. */
export const followUpEvidence = pgTable(
  'follow_up_evidence',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    followUpId: uuid('follow_up_id').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, never taken from the name or the request. */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('follow_up_evidence_id_uq').on(t.id),
    uniqueIndex('follow_up_evidence_key_uq').on(t.fileKey),
    index('follow_up_evidence_follow_up_idx').on(t.regionCode, t.followUpId),
    foreignKey({
      columns: [t.regionCode, t.followUpId],
      foreignColumns: [followUps.regionCode, followUps.id],
    }).onDelete('cascade'),
  ],
);

/** Every status a follow-up went through: created (from null), then each change, with its note. */
export const followUpStatusHistory = pgTable(
  'follow_up_status_history',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    followUpId: uuid('follow_up_id').notNull(),
    fromStatus: text('from_status', { enum: FOLLOW_UP_STATUSES }),
    toStatus: text('to_status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    note: text('note'),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('follow_up_status_history_idx').on(t.regionCode, t.followUpId, t.changedAt),
    foreignKey({
      columns: [t.regionCode, t.followUpId],
      foreignColumns: [followUps.regionCode, followUps.id],
    }).onDelete('cascade'),
  ],
);
