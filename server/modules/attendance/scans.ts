/**
 * Scanned paper attendance lists (the daftar hadir signed on paper at the venue), uploaded by
 * the organisers for one event day as evidence of the rows typed from them (source 'paper').
 * A scan carries phone numbers and signatures, so only who may see attendees' personal data
 * lists or downloads it. Through the attachments service (server/lib/attachments): the form's
 * `day` is checked first, then the file is refused when empty, too large or not an image or PDF
 * by its bytes; a refused or failed upload leaves neither row nor file. The scans of a day the
 * event no longer has, or of a deleted event, leave the store with their rows (migration 0025).
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ScanDto } from '../../../api/attendance.js';
import type { Db } from '../../db/connection.js';
import { attendanceScans } from '../../db/schema-attendance.js';
import type { Actor } from '../../lib/actor.js';
import {
  deleteAttachments,
  formField,
  openAttachment,
  uploadAttachment,
  type AttachmentDeps,
  type AttachmentRules,
} from '../../lib/attachments/index.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { dayOf, managedMeeting, readableMeeting } from './load.js';
import { scanDto } from './list.js';

export type ScanDeps = AttachmentDeps;

const RULES: AttachmentRules = {
  kinds: ['png', 'jpeg', 'webp', 'pdf'],
  messages: {
    missing: 'attendance_scan_missing',
    empty: 'attendance_scan_empty',
    tooLarge: 'attendance_scan_too_large',
    type: 'attendance_scan_type',
  },
  scratchPrefix: '.attendance-scan-',
};

export async function uploadScan(
  deps: ScanDeps,
  actor: Actor | null,
  meetingId: string,
  request: FastifyRequest,
): Promise<ScanDto> {
  // Permission before the bytes are read: a refused caller's upload is never stored.
  const { actor: a, meeting } = await managedMeeting(deps.db, actor, meetingId);
  return uploadAttachment(deps, request, RULES, {
    folder: `attendance/${meeting.regionCode}/${meeting.id}`,
    fields: async (fields) => {
      const day = formField(fields, 'day');
      if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw new Invalid({ day: 'attendance_day_invalid' }, 'attendance_day_invalid');
      await dayOf(deps.db, meeting, day);
      return day;
    },
    save: async (tx, file, day) => {
      const [row] = await tx
        .insert(attendanceScans)
        .values({ ...file, regionCode: meeting.regionCode, meetingId: meeting.id, day, uploadedBy: a.userId })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'attendance_scan',
        entityId: row.id,
        regionCode: meeting.regionCode,
        after: {
          meetingId: meeting.id,
          day,
          fileName: row.fileName,
          contentType: row.contentType,
          bytes: row.bytes,
        },
      });
      return scanDto(row);
    },
  });
}

async function scanOf(db: Db, actor: Actor | null, scanId: string) {
  requireActor(actor);
  const [row] = await db.select().from(attendanceScans).where(eq(attendanceScans.id, scanId));
  if (!row) throw new NotFound('attendance_scan_not_found');
  const m = await readableMeeting(db, actor, row.meetingId).catch((error: unknown) => {
    throw error instanceof NotFound ? new NotFound('attendance_scan_not_found') : error;
  });
  return { row, ...m };
}

export async function downloadScan(deps: ScanDeps, actor: Actor | null, scanId: string) {
  const { row, canSeePersonalData } = await scanOf(deps.db, actor, scanId);
  if (!canSeePersonalData) throw new Forbidden();
  return openAttachment(deps.files, row);
}

export async function deleteScan(deps: ScanDeps, actor: Actor | null, scanId: string) {
  const { row, actor: a, canManage } = await scanOf(deps.db, actor, scanId);
  if (!canManage) throw new Forbidden();
  await deleteAttachments(deps, async (tx) => {
    await tx
      .delete(attendanceScans)
      .where(and(eq(attendanceScans.regionCode, row.regionCode), eq(attendanceScans.id, row.id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'attendance_scan',
      entityId: row.id,
      regionCode: row.regionCode,
      before: { meetingId: row.meetingId, day: row.day, fileName: row.fileName, bytes: row.bytes },
    });
    return row;
  });
  return { ok: true as const };
}
