/**
 * Issuing and revoking certificates. Issuing takes the meeting's settings (signatory, number
 * pattern, issue date), gives each participant without a valid certificate the next numbers of
 * the region's year — the counter row is incremented in the same transaction, so concurrent
 * issues wait for each other and a failed one gives its numbers back (no gaps) — and a random
 * verification code. A revoked certificate keeps its number; the participant may get a new one.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { IssueInput } from '../../../api/training.js';
import { formatCertificateNumber, numberingYear } from '../../../domain/training/numbering.js';
import type { Db } from '../../db/connection.js';
import { trainingCertificateCounters, trainingCertificates } from '../../db/schema-training.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Invalid, NotFound } from '../../lib/errors.js';
import type { MeetingRow } from '../meetings/load.js';
import { manageableMeeting } from './load.js';
import { loadParticipants } from './participants.js';
import { certificateDto, loadSettings } from './service.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 base32 characters of 80 random bits (domain/training/constants.ts VERIFICATION_CODE). */
export function newVerificationCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** Takes `count` numbers of the region's year; answers the first. Inside the issuing transaction. */
export async function takeNumbers(tx: Db, regionCode: string, year: number, count: number): Promise<number> {
  const [row] = await tx
    .insert(trainingCertificateCounters)
    .values({ regionCode, year, lastSeq: count })
    .onConflictDoUpdate({
      target: [trainingCertificateCounters.regionCode, trainingCertificateCounters.year],
      set: { lastSeq: sql`${trainingCertificateCounters.lastSeq} + ${count}` },
    })
    .returning({ lastSeq: trainingCertificateCounters.lastSeq });
  return row.lastSeq - count + 1;
}

export async function issueCertificates(db: Db, actor: Actor | null, meetingId: string, input: IssueInput) {
  const { actor: a, meeting } = await manageableMeeting(db, actor, meetingId);
  const settings = await loadSettings(db, meeting);
  if (!settings) throw new Invalid({ settings: 'training_settings_missing' }, 'training_settings_missing');
  if (!meeting.trainingHours) {
    throw new Invalid({ trainingHours: 'training_hours_missing' }, 'training_hours_missing');
  }
  const participants = await loadParticipants(db, meeting.regionCode, meeting.id);
  if (!participants.length)
    throw new Invalid({ participants: 'training_no_participants' }, 'training_no_participants');
  const byId = new Map(participants.map((p) => [p.id, p]));
  if (input.participantIds) {
    const fields: Record<string, 'training_participant_unknown' | 'training_participant_twice'> = {};
    const seen = new Set<string>();
    input.participantIds.forEach((id, i) => {
      if (!byId.has(id)) fields[`participantIds.${i}`] = 'training_participant_unknown';
      else if (seen.has(id)) fields[`participantIds.${i}`] = 'training_participant_twice';
      seen.add(id);
    });
    if (Object.keys(fields).length) throw new Invalid(fields, 'training_participants_invalid');
  }
  const year = numberingYear(settings.issueDate);
  const issued = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        // Who already holds a valid certificate, read under the meeting's lock so two issues of
        // the same meeting at once cannot both give one person a certificate.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`training:${meeting.id}`}))`);
        const held = new Set(
          (
            await tx
              .select({ key: trainingCertificates.participantKey })
              .from(trainingCertificates)
              .where(
                and(
                  eq(trainingCertificates.regionCode, meeting.regionCode),
                  eq(trainingCertificates.meetingId, meeting.id),
                  isNull(trainingCertificates.revokedAt),
                ),
              )
          ).map((r) => r.key),
        );
        const wanted = (input.participantIds ?? participants.map((p) => p.id)).filter((id) => !held.has(id));
        if (input.participantIds && wanted.length < input.participantIds.length) {
          throw new Conflict(
            { participantIds: 'training_certificate_exists' },
            'training_certificate_exists',
          );
        }
        if (!wanted.length) return [];
        const first = await takeNumbers(tx, meeting.regionCode, year, wanted.length);
        const org = settings.orgCode;
        const rows = await tx
          .insert(trainingCertificates)
          .values(
            wanted.map((id, i) => {
              const p = byId.get(id)!;
              const seq = first + i;
              return {
                regionCode: meeting.regionCode,
                meetingId: meeting.id,
                participantKey: id,
                fullName: p.fullName,
                sex: p.sex,
                institution: p.institution,
                year,
                seq,
                number: formatCertificateNumber(settings.numberPattern, {
                  seq,
                  issueDate: settings.issueDate,
                  org,
                  region: meeting.regionCode,
                }),
                verificationCode: newVerificationCode(),
                issuedAt: new Date(`${settings.issueDate}T00:00:00+07:00`),
                issuedBy: a.userId,
              };
            }),
          )
          .returning();
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'training_certificate',
          entityId: meeting.id,
          regionCode: meeting.regionCode,
          after: { count: rows.length, numbers: rows.map((r) => r.number) },
        });
        return rows;
      }),
    {
      training_certificates_number_uq: () =>
        new Conflict({ numberPattern: 'training_number_taken' }, 'training_number_taken'),
    },
  );
  return { issued: issued.sort((x, y) => x.seq - y.seq).map(certificateDto) };
}

export async function findCertificate(db: Db, meeting: MeetingRow, certificateId: string) {
  const [row] = await db
    .select()
    .from(trainingCertificates)
    .where(
      and(
        eq(trainingCertificates.regionCode, meeting.regionCode),
        eq(trainingCertificates.meetingId, meeting.id),
        eq(trainingCertificates.id, certificateId),
      ),
    );
  if (!row) throw new NotFound();
  return row;
}

export async function revokeCertificate(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  certificateId: string,
  reason: string,
) {
  const { actor: a, meeting } = await manageableMeeting(db, actor, meetingId);
  const cert = await findCertificate(db, meeting, certificateId);
  if (cert.revokedAt)
    throw new Conflict({ certificateId: 'training_already_revoked' }, 'training_already_revoked');
  const row = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingCertificates)
      .set({ revokedAt: new Date(), revokedBy: a.userId, revokeReason: reason })
      .where(and(eq(trainingCertificates.id, cert.id), isNull(trainingCertificates.revokedAt)))
      .returning();
    if (!row) throw new Conflict({ certificateId: 'training_already_revoked' }, 'training_already_revoked');
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'training_certificate',
      entityId: cert.id,
      regionCode: meeting.regionCode,
      before: { number: cert.number, revokedAt: null },
      after: { number: cert.number, revokedAt: row.revokedAt?.toISOString(), reason },
    });
    return row;
  });
  return certificateDto(row);
}
