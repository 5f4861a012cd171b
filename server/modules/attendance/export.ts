/**
 * The daftar hadir of an event (one day, or every day one after the other) as PDF — on the
 * PDF worker thread, with the drawn signatures — or XLSX. Any reader of the event may export
 * it; phone, e-mail and signatures are printed only for who may see attendees' personal data
 * (the organisers), and only when they do not ask for the copy to publish (`personal=0`).
 */
import { PassThrough } from 'node:stream';
import { and, eq, inArray } from 'drizzle-orm';
import type { ExportQuery } from '../../../api/attendance.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { meetingSignatures } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { CONTENT_TYPES, fileNamePart, type ExportFile } from '../documents/service.js';
import { loadLetterheadView } from '../letterhead/service.js';
import type { DaftarHadirModel } from './daftar-hadir-model.js';
import { attendanceRows } from './list.js';
import { daysOf, dayOf, readableMeeting } from './load.js';
import { formatDay } from './time.js';

export async function exportDaftarHadir(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  format: 'pdf' | 'xlsx',
  query: ExportQuery,
): Promise<ExportFile> {
  const { meeting, canSeePersonalData } = await readableMeeting(db, actor, meetingId);
  if (query.day) await dayOf(db, meeting, query.day);
  const personal = canSeePersonalData && query.personal === '1';
  const [days, rows, unit, letterheadView] = await Promise.all([
    daysOf(db, meeting),
    attendanceRows(db, meeting.regionCode, meeting.id, query.day),
    meeting.organiserOpdId
      ? db
          .select({ name: opd.name })
          .from(opd)
          .where(and(eq(opd.regionCode, meeting.regionCode), eq(opd.id, meeting.organiserOpdId)))
      : Promise.resolve([]),
    loadLetterheadView(db, meeting.regionCode),
  ]);
  const signed = personal ? rows.filter((r) => r.hasSignature).map((r) => r.id) : [];
  const signatures = new Map<string, Uint8Array>();
  // In slices: an event of several hundred people must not make one huge parameter list.
  for (let i = 0; i < signed.length; i += 500) {
    const part = await db
      .select({ id: meetingSignatures.attendanceId, png: meetingSignatures.png })
      .from(meetingSignatures)
      .where(
        and(
          eq(meetingSignatures.regionCode, meeting.regionCode),
          inArray(meetingSignatures.attendanceId, signed.slice(i, i + 500)),
        ),
      );
    for (const s of part) signatures.set(s.id, new Uint8Array(s.png));
  }
  const time = meeting.startTime
    ? `${meeting.startTime.replace(':', '.')}${meeting.endTime ? `–${meeting.endTime.replace(':', '.')}` : ''}`
    : '';
  const model: DaftarHadirModel = {
    title: meeting.title,
    venue: meeting.venue,
    time,
    unitName: unit[0]?.name ?? null,
    isDemo: meeting.isDemo,
    personal,
    days: days
      .filter((d) => !query.day || d.day === query.day)
      .map((d) => {
        const ofDay = rows.filter((r) => r.day === d.day);
        return {
          day: d.day,
          dayLabel: formatDay(d.day, 'id'),
          counts: {
            P: ofDay.filter((r) => r.sex === 'P').length,
            L: ofDay.filter((r) => r.sex === 'L').length,
            total: ofDay.length,
          },
          rows: ofDay.map((r, i) => ({
            no: i + 1,
            fullName: r.fullName,
            sex: r.sex,
            institution: r.institution,
            position: r.position,
            contact: personal ? [r.phone, r.email].filter(Boolean).join(' / ') : '',
            signature: personal ? (signatures.get(r.id) ?? null) : null,
            erased: r.erasedAt !== null,
          })),
        };
      }),
  };
  const issue = { letterhead: letterheadView, date: new Date(), paper: query.paper };
  const fileName = `Daftar-Hadir-${fileNamePart(meeting.title).slice(0, 60)}${query.day ? `-${query.day}` : ''}${
    personal ? '' : '-publik'
  }.${format}`;
  if (format === 'pdf') {
    return {
      fileName,
      contentType: CONTENT_TYPES.pdf,
      body: await renderPdfInWorker(
        new URL('./pdf-daftar-hadir.js', import.meta.url).href,
        'daftarHadirPdf',
        [model, issue],
      ),
    };
  }
  const body = new PassThrough();
  const { writeDaftarHadirXlsx } = await import('./xlsx-daftar-hadir.js');
  writeDaftarHadirXlsx(model, issue, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}
