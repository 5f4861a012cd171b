/**
 * Attendance beyond the rows of meeting_attendance (schema-meetings.ts): the scanned paper
 * attendance lists (daftar hadir) an organiser uploads for an event day, kept in the file store
 * as evidence of the rows typed from them (source 'paper').
 */
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { meetingDays } from './schema-meetings.js';

export const attendanceScans = pgTable(
  'attendance_scans',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    day: date('day').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, never taken from the name or the request. */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('attendance_scans_id_uq').on(t.id),
    uniqueIndex('attendance_scans_key_uq').on(t.fileKey),
    index('attendance_scans_meeting_idx').on(t.regionCode, t.meetingId, t.day),
    foreignKey({
      columns: [t.regionCode, t.meetingId, t.day],
      foreignColumns: [meetingDays.regionCode, meetingDays.meetingId, meetingDays.day],
    }).onDelete('cascade'),
  ],
);
