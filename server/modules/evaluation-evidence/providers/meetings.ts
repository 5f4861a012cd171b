/**
 * PUG events of the year as evidence: the minutes (notulen) of Rakor, Bimtek and the other
 * events held (meetings with minutes written), and the Bimtek with the certificates Setara
 * issued for them (training). Both open the event's page, where minutes, attendance and
 * certificates are.
 */
import { and, count, desc, eq, gte, isNull, lte, ne } from 'drizzle-orm';
import { meetingMinutes, meetings } from '../../../db/schema-meetings.js';
import { trainingCertificates } from '../../../db/schema-training.js';
import { count as countText } from '../../annual-report/format.js';
import { isoDay, liveCandidate, providerOf, webPath, yearBounds, type EvidenceContext } from './provider.js';

const KIND_WORDS: Record<string, string> = {
  rakor: 'Rakor',
  bimtek: 'Bimtek',
  advokasi: 'Advokasi',
  sosialisasi: 'Sosialisasi',
  verifikasi: 'Verifikasi',
};

function inYear(year: number) {
  const { from, to } = yearBounds(year);
  return and(gte(meetings.startsOn, from), lte(meetings.startsOn, to), ne(meetings.status, 'cancelled'));
}

async function minutes({ db, regionCode, year }: EvidenceContext) {
  const rows = await db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      startsOn: meetings.startsOn,
      status: meetings.status,
    })
    .from(meetings)
    .innerJoin(
      meetingMinutes,
      and(eq(meetingMinutes.regionCode, meetings.regionCode), eq(meetingMinutes.meetingId, meetings.id)),
    )
    .where(and(eq(meetings.regionCode, regionCode), inYear(year)))
    .orderBy(desc(meetings.startsOn));
  return rows.map((r) =>
    liveCandidate({
      kind: 'event_minutes',
      module: 'meetings',
      id: r.id,
      title: `Notulen ${KIND_WORDS[r.kind] ?? r.kind}: ${r.title}`,
      year,
      href: webPath(`/kelembagaan/kegiatan/${r.id}`, regionCode),
      date: isoDay(r.startsOn),
      status: r.status,
    }),
  );
}

/** Bimtek of the year with their valid (not revoked) certificates. */
async function trainings({ db, regionCode, year }: EvidenceContext) {
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsOn: meetings.startsOn,
      status: meetings.status,
      certificates: count(trainingCertificates.id),
    })
    .from(meetings)
    .leftJoin(
      trainingCertificates,
      and(
        eq(trainingCertificates.regionCode, meetings.regionCode),
        eq(trainingCertificates.meetingId, meetings.id),
        isNull(trainingCertificates.revokedAt),
      ),
    )
    .where(and(eq(meetings.regionCode, regionCode), eq(meetings.kind, 'bimtek'), inYear(year)))
    .groupBy(meetings.id, meetings.title, meetings.startsOn, meetings.status)
    .orderBy(desc(meetings.startsOn));
  return rows.map((r) =>
    liveCandidate({
      kind: 'training_certificates',
      module: 'training',
      id: r.id,
      title: `Bimtek ${r.title} (${countText(r.certificates)} sertifikat)`,
      year,
      href: webPath(`/kelembagaan/kegiatan/${r.id}`, regionCode),
      date: isoDay(r.startsOn),
      status: r.certificates > 0 ? 'certified' : r.status,
    }),
  );
}

export const meetingEvidence = providerOf('meetings', { event_minutes: minutes });
export const trainingEvidence = providerOf('training', { training_certificates: trainings });
