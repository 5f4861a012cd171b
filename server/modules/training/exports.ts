/**
 * Certificate files: one certificate (PDF), every valid certificate of a meeting in one PDF, or
 * a ZIP of one PDF each. Rendered on worker threads; readers of the meeting may download them
 * (a certificate is what the participant shows anyway).
 */
import { Readable } from 'node:stream';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { dateRangeId, longDateId } from '../../../domain/training/dates.js';
import type { Db } from '../../db/connection.js';
import { trainingCertificates } from '../../db/schema-training.js';
import type { Actor } from '../../lib/actor.js';
import { csvBuffer } from '../../lib/csv-writer.js';
import { Invalid } from '../../lib/errors.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { CONTENT_TYPES, fileNamePart, type ExportFile } from '../documents/service.js';
import { getRegion } from '../regions/service.js';
import type { MeetingRow } from '../meetings/load.js';
import { findCertificate } from './certificates.js';
import { readableMeeting, organiserOpdName } from './load.js';
import { loadParticipants } from './participants.js';
import type { CertificateEvent, CertificatePrint } from './pdf.js';
import { loadSettings, scoresOf } from './service.js';
import { certificatesZipInWorker } from './zip-in-worker.js';

type CertificateRow = typeof trainingCertificates.$inferSelect;

const PDF_MODULE = new URL('./pdf.js', import.meta.url).href;

export const verifyUrl = (publicUrl: string, code: string) => `${publicUrl}/sertifikat/${code}`;

export async function certificateEvent(db: Db, meeting: MeetingRow): Promise<CertificateEvent> {
  const [settings, region, organiser] = await Promise.all([
    loadSettings(db, meeting),
    getRegion(db, meeting.regionCode),
    organiserOpdName(db, meeting),
  ]);
  if (!settings) throw new Invalid({ settings: 'training_settings_missing' }, 'training_settings_missing');
  return {
    regionName: region.name,
    organiser,
    title: meeting.title,
    dates: dateRangeId(meeting.startsOn, meeting.endsOn),
    hours: meeting.trainingHours ?? 0,
    place: settings.issuePlace,
    issueDate: longDateId(settings.issueDate),
    signatory: {
      name: settings.signatoryName,
      position: settings.signatoryPosition,
      nip: settings.signatoryNip,
    },
    isDemo: meeting.isDemo,
  };
}

export function printOf(row: CertificateRow, publicUrl: string): CertificatePrint {
  return {
    fullName: row.fullName,
    institution: row.institution,
    number: row.number,
    verifyUrl: verifyUrl(publicUrl, row.verificationCode),
    revoked: row.revokedAt !== null,
  };
}

const fileName = (row: CertificateRow) =>
  `Sertifikat-${fileNamePart(row.fullName)}-${fileNamePart(row.number)}.pdf`;

export async function certificateFile(
  db: Db,
  publicUrl: string,
  actor: Actor | null,
  meetingId: string,
  certificateId: string,
): Promise<ExportFile> {
  const { meeting } = await readableMeeting(db, actor, meetingId);
  const row = await findCertificate(db, meeting, certificateId);
  const event = await certificateEvent(db, meeting);
  return {
    fileName: fileName(row),
    contentType: CONTENT_TYPES.pdf,
    body: await renderPdfInWorker(PDF_MODULE, 'certificatesPdf', [event, [printOf(row, publicUrl)]]),
  };
}

export async function validCertificates(db: Db, meeting: MeetingRow): Promise<CertificateRow[]> {
  return db
    .select()
    .from(trainingCertificates)
    .where(
      and(
        eq(trainingCertificates.regionCode, meeting.regionCode),
        eq(trainingCertificates.meetingId, meeting.id),
        isNull(trainingCertificates.revokedAt),
      ),
    )
    .orderBy(asc(trainingCertificates.fullName), asc(trainingCertificates.seq));
}

/** Every valid certificate of the meeting: one PDF (a page each) or a ZIP of one PDF each. */
export async function bulkCertificatesFile(
  db: Db,
  publicUrl: string,
  actor: Actor | null,
  meetingId: string,
  format: 'pdf' | 'zip',
): Promise<ExportFile & { count: number }> {
  const { meeting } = await readableMeeting(db, actor, meetingId);
  const rows = await validCertificates(db, meeting);
  if (!rows.length)
    throw new Invalid({ certificates: 'training_no_certificates' }, 'training_no_certificates');
  const event = await certificateEvent(db, meeting);
  const prints = rows.map((r) => printOf(r, publicUrl));
  const base = `Sertifikat-${fileNamePart(meeting.title).slice(0, 60)}-${meeting.startsOn}`;
  if (format === 'pdf') {
    return {
      fileName: `${base}.pdf`,
      contentType: CONTENT_TYPES.pdf,
      count: rows.length,
      body: await renderPdfInWorker(PDF_MODULE, 'certificatesPdf', [event, prints]),
    };
  }
  // Two participants may share a name: the number keeps each file's name unique.
  return {
    fileName: `${base}.zip`,
    contentType: 'application/zip',
    count: rows.length,
    body: await certificatesZipInWorker(event, prints, rows.map(fileName)),
  };
}

const scoreText = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));

/**
 * The participants with their scores as a CSV for Excel (semicolons, UTF-8 with BOM, decimal
 * commas): the file the import reads back, so scores can be typed offline and uploaded again.
 */
export async function scoresCsv(db: Db, actor: Actor | null, meetingId: string): Promise<ExportFile> {
  const { meeting } = await readableMeeting(db, actor, meetingId);
  const [participants, scores] = await Promise.all([
    loadParticipants(db, meeting.regionCode, meeting.id),
    scoresOf(db, meeting),
  ]);
  const rows = participants.map((p) => {
    const s = scores.get(p.id);
    return [p.id, p.fullName, p.sex, p.institution, scoreText(s?.pre ?? null), scoreText(s?.post ?? null)];
  });
  return {
    fileName: `Nilai-${fileNamePart(meeting.title).slice(0, 60)}-${meeting.startsOn}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Readable.from([
      csvBuffer([['id', 'nama', 'jenis kelamin', 'instansi', 'pre', 'post'], ...rows], {
        delimiter: ';',
        bom: true,
      }),
    ]),
  };
}
