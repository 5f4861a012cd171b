/**
 * Meetings of the PUG institutions (Rakor, Bimtek, advokasi, sosialisasi, verifikasi) and who
 * attended each day. Attendance is the national bench's big table (552 regions × 40 events ×
 * 80 attendees × 5 years ≈ 8.8 M rows): it stays narrow, and the drawn signatures live in their
 * own table so lists and counts never read them.
 *
 * Personal data of an attendee (phone, e-mail, signature) can be erased on request (UU PDP
 * 27/2022): the fields are emptied and `erased_at` set, while the row — and so the counts by sex
 * and institution — stays.
 */
import {
  boolean,
  customType,
  date,
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
import { SEXES } from '../../domain/indicators.js';
import { ATTENDANCE_SOURCES, MEETING_KINDS, MEETING_STATUSES } from '../../domain/meetings/constants.js';
import type { MinutesContent } from '../../domain/meetings/minutes.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';
import { pugPeople } from './schema-kelembagaan.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** An agenda item or an intended outcome: an id the minutes refer to, and its text. */
export interface MeetingListItem {
  id: string;
  text: string;
}

export const meetings = pgTable(
  'meetings',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    title: text('title').notNull(),
    theme: text('theme').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Local start and end time of each day ("08:00"), for the invitation and the calendar. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    venue: text('venue').notNull().default(''),
    onlineUrl: text('online_url'),
    organiserOpdId: uuid('organiser_opd_id'),
    agenda: jsonb('agenda').$type<MeetingListItem[]>().notNull().default([]),
    intendedOutcomes: jsonb('intended_outcomes').$type<MeetingListItem[]>().notNull().default([]),
    /** Lesson hours (jam pelajaran) of a Bimtek, printed on its certificates. */
    trainingHours: integer('training_hours'),
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
    uniqueIndex('meetings_id_uq').on(t.id),
    index('meetings_region_date_idx').on(t.regionCode, t.startsOn),
    foreignKey({ columns: [t.regionCode, t.organiserOpdId], foreignColumns: [opd.regionCode, opd.id] }),
  ],
);

/**
 * One day of an event, with the token of its public sign-in link (QR code); signing in is
 * possible only between `sign_in_opens_at` and `sign_in_closes_at`.
 */
export const meetingDays = pgTable(
  'meeting_days',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    day: date('day').notNull(),
    /** Random and unguessable (domain/meetings decides its form); the public page's only key. */
    signInToken: text('sign_in_token').notNull(),
    signInOpensAt: timestamp('sign_in_opens_at', { withTimezone: true }).notNull(),
    signInClosesAt: timestamp('sign_in_closes_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.meetingId, t.day] }),
    uniqueIndex('meeting_days_token_uq').on(t.signInToken),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
  ],
);

/**
 * One person present on one day of an event. `dedup_key` (domain/meetings: the compared name
 * and phone or e-mail) is unique per day, so signing in twice updates the first presence.
 */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    day: date('day').notNull(),
    /** The registry's person, when the attendee is known to it (an invitee, a member). */
    personId: uuid('person_id'),
    fullName: text('full_name').notNull(),
    dedupKey: text('dedup_key').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    institution: text('institution').notNull().default(''),
    position: text('position').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    /** Optional, self-declared (e.g. "netra", "daksa"); counted, never required. */
    disability: text('disability'),
    source: text('source', { enum: ATTENDANCE_SOURCES }).notNull(),
    hasSignature: boolean('has_signature').notNull().default(false),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('meeting_attendance_id_uq').on(t.id),
    uniqueIndex('meeting_attendance_dedup_uq').on(t.regionCode, t.meetingId, t.day, t.dedupKey),
    foreignKey({
      columns: [t.regionCode, t.meetingId, t.day],
      foreignColumns: [meetingDays.regionCode, meetingDays.meetingId, meetingDays.day],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
  ],
);

/** The signature drawn on the sign-in page (PNG, size-limited by the route); erased with the personal data. */
export const meetingSignatures = pgTable(
  'meeting_signatures',
  {
    regionCode: text('region_code').notNull(),
    attendanceId: uuid('attendance_id').notNull(),
    png: bytea('png').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.attendanceId] }),
    foreignKey({
      columns: [t.regionCode, t.attendanceId],
      foreignColumns: [meetingAttendance.regionCode, meetingAttendance.id],
    }).onDelete('cascade'),
  ],
);

// ---------------------------------------------------------------------------------------------
// Migration 0015 (meetings): invitees, the invitation letter, materials, minutes, templates.

/**
 * A person invited to an event (a Pokja member, a focal point, a partner's contact or anyone
 * the organiser typed in; always a row of pug_people). `emailed_at` is set when the invitation
 * letter was queued to their e-mail, `notified_at` when a user with their e-mail got the in-app
 * notification, `reminded_at` when the reminder one day before went out (once per invitee).
 */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    personId: uuid('person_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.meetingId, t.personId] }),
    index('meeting_invitees_person_idx').on(t.regionCode, t.personId),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.personId], foreignColumns: [pugPeople.regionCode, pugPeople.id] }),
  ],
);

/**
 * The invitation letter of an event (one per event): its number and date as the secretariat
 * gives them, and the signatory printed in the signature block. `sent_at` is the last time it
 * was sent to the invitees.
 */
export const meetingLetters = pgTable(
  'meeting_letters',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    letterNumber: text('letter_number').notNull(),
    letterDate: date('letter_date').notNull(),
    signatoryName: text('signatory_name').notNull(),
    signatoryPosition: text('signatory_position').notNull(),
    signatoryNip: text('signatory_nip'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by'),
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

/**
 * A material of an event (slides, TOR, a regulation), kept in the file store under `file_key`
 * (a random name); its type is sniffed from the bytes, never taken from the name.
 */
export const meetingMaterials = pgTable(
  'meeting_materials',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('meeting_materials_id_uq').on(t.id),
    uniqueIndex('meeting_materials_key_uq').on(t.fileKey),
    index('meeting_materials_meeting_idx').on(t.regionCode, t.meetingId),
    foreignKey({
      columns: [t.regionCode, t.meetingId],
      foreignColumns: [meetings.regionCode, meetings.id],
    }),
  ],
);

/**
 * The minutes (notulen) of an event: a summary per agenda item, the decisions, and each
 * intended outcome marked achieved / partly / not with a note (domain/meetings/minutes.ts).
 * Follow-ups are their own table (follow-ups module). Optimistic locking by `version`.
 */
export const meetingMinutes = pgTable(
  'meeting_minutes',
  {
    regionCode: text('region_code').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    content: jsonb('content').$type<MinutesContent>().notNull(),
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
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

/**
 * A region's own event template (the built-in Rakor template is in domain/meetings/templates.ts):
 * kind, theme, agenda, intended outcomes and lesson hours an admin applies to a new event.
 */
export const meetingTemplates = pgTable(
  'meeting_templates',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    title: text('title').notNull().default(''),
    theme: text('theme').notNull().default(''),
    agenda: jsonb('agenda').$type<MeetingListItem[]>().notNull().default([]),
    intendedOutcomes: jsonb('intended_outcomes').$type<MeetingListItem[]>().notNull().default([]),
    trainingHours: integer('training_hours'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('meeting_templates_id_uq').on(t.id),
    uniqueIndex('meeting_templates_name_uq').on(t.regionCode, t.name),
  ],
);
