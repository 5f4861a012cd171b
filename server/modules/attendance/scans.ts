/**
 * Scanned paper attendance lists (the daftar hadir signed on paper at the venue), uploaded by
 * the organisers for one event day as evidence of the rows typed from them (source 'paper').
 * A scan carries phone numbers and signatures, so only who may see attendees' personal data
 * lists or downloads it. Stored like monev evidence: the upload lands in the scratch folder,
 * is refused when empty, too large or not an image or PDF by its bytes, then enters the file
 * store and its row is written with the audit entry in one transaction (the stored file is
 * removed again if that fails).
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ScanDto } from '../../../api/attendance.js';
import type { Db } from '../../db/connection.js';
import { attendanceScans } from '../../db/schema-attendance.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { requireActor } from '../../lib/permissions.js';
import { receiveUpload } from '../../lib/file-store/receive.js';
import { sniffFile, type SniffedKind } from '../../lib/file-store/sniff.js';
import { dayOf, managedMeeting, readableMeeting } from './load.js';
import { scanDto } from './list.js';

const SCAN_KINDS: readonly SniffedKind[] = ['png', 'jpeg', 'webp', 'pdf'];

export interface ScanDeps {
  db: Db;
  files: FileStore;
  scratchDir: string;
  maxMb: number;
}

function tooLarge(maxMb: number): AppError {
  return new AppError(
    413,
    'payload_too_large',
    'attendance_scan_too_large',
    { file: 'attendance_scan_too_large' },
    { max: maxMb },
  );
}

export async function uploadScan(
  deps: ScanDeps,
  actor: Actor | null,
  meetingId: string,
  request: FastifyRequest,
): Promise<ScanDto> {
  const { db, files } = deps;
  // Permission before the bytes are read: a refused caller's upload is never stored.
  const { actor: a, meeting } = await managedMeeting(db, actor, meetingId);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'attendance_scan_missing',
    tooLarge,
    prefix: '.attendance-scan-',
  });
  const key = `attendance/${meeting.regionCode}/${meeting.id}/${randomUUID()}`;
  let stored = false;
  try {
    const day =
      typeof file.fields.day === 'object' && file.fields.day
        ? (file.fields.day as { value?: unknown }).value
        : undefined;
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day))
      throw new Invalid({ day: 'attendance_day_invalid' }, 'attendance_day_invalid');
    await dayOf(db, meeting, day);
    if (file.bytes === 0) throw new Invalid({ file: 'attendance_scan_empty' }, 'attendance_scan_empty');
    const kind = await sniffFile(file.tempPath);
    if (!kind || !SCAN_KINDS.includes(kind.kind))
      throw new Invalid({ file: 'attendance_scan_type' }, 'attendance_scan_type');
    await files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(attendanceScans)
        .values({
          regionCode: meeting.regionCode,
          meetingId: meeting.id,
          day,
          fileKey: key,
          fileName: file.fileName,
          contentType: kind.contentType,
          bytes: file.bytes,
          uploadedBy: a.userId,
        })
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
    });
  } catch (error) {
    if (stored) await files.delete(key);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
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
  return { row, body: await deps.files.get(row.fileKey) };
}

export async function deleteScan(deps: ScanDeps, actor: Actor | null, scanId: string) {
  const { row, actor: a, canManage } = await scanOf(deps.db, actor, scanId);
  if (!canManage) throw new Forbidden();
  await deps.db.transaction(async (tx) => {
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
  });
  // After the commit: a failed delete must not leave the row pointing at a removed file.
  await deps.files.delete(row.fileKey);
  return { ok: true as const };
}
