/**
 * The invitation letter of an event: its number, date and signatory (kept per event), the PDF
 * (kop surat of the region, on the PDF worker), and sending it. Sending tells every invitee
 * with an e-mail address once per send:
 * - an invitee whose address is an active Setara user's gets the in-app notification
 *   `meeting_invitation` (and its e-mail, per their preferences, through the notifications
 *   module's own job), linking to the event page where the letter is;
 * - anyone else with an address gets the letter PDF by e-mail through this module's job
 *   (`meetings.letter_email`, retried by the queue with backoff), using the notifications
 *   module's mailer; `emailed_at` is set when it went out.
 * The PDF is rendered once per send and kept in the file store for the jobs.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { letterBody } from '../../../api/meetings.js';
import { timeZoneOfRegion } from '../../../domain/meetings/days.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingInvitees, meetingLetters, meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { readAll } from '../../lib/file-store/index.js';
import { enqueueJobs, PermanentJobError, type JobContext } from '../../lib/jobs/index.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { translate } from '../../lib/messages.js';
import { loadLetterheadView } from '../letterhead/service.js';
import type { Mailer } from '../notifications/mailer.js';
import { notify } from '../notifications/notify.js';
import { getRegion } from '../regions/service.js';
import type { MeetingRow } from './load.js';
import type { LetterModel } from './pdf-letter.js';
import { managedMeeting, readableMeeting } from './service.js';

export const LETTER_EMAIL_JOB = 'meetings.letter_email';
const ZONE_LABEL = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as const;
const DATE_ID = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "4 Desember 2024" or "4 Desember 2024 s.d. 5 Desember 2024". */
export function meetingDateText(m: Pick<MeetingRow, 'startsOn' | 'endsOn'>): string {
  const one = (d: string) => DATE_ID.format(new Date(`${d}T00:00:00Z`));
  return m.startsOn === m.endsOn ? one(m.startsOn) : `${one(m.startsOn)} s.d. ${one(m.endsOn)}`;
}

export const venueText = (m: Pick<MeetingRow, 'venue' | 'onlineUrl'>) =>
  m.venue || (m.onlineUrl ? `daring (${m.onlineUrl})` : '—');

/**
 * The params of an event's in-app notice (invitation, reminder): the days as ISO dates, which
 * the notifications module formats in each reader's language when it renders the notice;
 * `date` is the Indonesian text, for a reader of an older server.
 */
export function meetingNoticeParams(
  m: Pick<MeetingRow, 'title' | 'startsOn' | 'endsOn' | 'venue' | 'onlineUrl'>,
) {
  return {
    meeting: m.title,
    date: meetingDateText(m),
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    venue: venueText(m),
  };
}

type LetterRow = typeof meetingLetters.$inferSelect;

function dto(row: LetterRow | undefined) {
  if (!row) return { letter: null };
  return {
    letter: {
      letterNumber: row.letterNumber,
      letterDate: row.letterDate,
      signatoryName: row.signatoryName,
      signatoryPosition: row.signatoryPosition,
      signatoryNip: row.signatoryNip,
      sentAt: row.sentAt?.toISOString() ?? null,
    },
  };
}

async function letterRow(db: Db, row: Pick<MeetingRow, 'regionCode' | 'id'>) {
  const [l] = await db
    .select()
    .from(meetingLetters)
    .where(and(eq(meetingLetters.regionCode, row.regionCode), eq(meetingLetters.meetingId, row.id)));
  return l;
}

export async function getLetter(db: Db, actor: Actor | null, id: string) {
  const { row } = await readableMeeting(db, actor, id);
  return dto(await letterRow(db, row));
}

export async function putLetter(db: Db, actor: Actor | null, id: string, input: z.infer<typeof letterBody>) {
  const { a, row } = await managedMeeting(db, actor, id);
  const values = {
    letterNumber: input.letterNumber,
    letterDate: input.letterDate,
    signatoryName: input.signatoryName,
    signatoryPosition: input.signatoryPosition,
    signatoryNip: input.signatoryNip ?? null,
    updatedAt: new Date(),
  };
  const saved = await db.transaction(async (tx) => {
    const before = await letterRow(tx, row);
    const [saved] = await tx
      .insert(meetingLetters)
      .values({ regionCode: row.regionCode, meetingId: id, ...values })
      .onConflictDoUpdate({ target: [meetingLetters.regionCode, meetingLetters.meetingId], set: values })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'meeting_letter',
      entityId: id,
      regionCode: row.regionCode,
      before: before ? dto(before).letter : null,
      after: values,
    });
    return saved;
  });
  return dto(saved);
}

async function inviteePeople(db: Db, row: Pick<MeetingRow, 'regionCode' | 'id'>) {
  return db
    .select({
      id: pugPeople.id,
      fullName: pugPeople.fullName,
      position: pugPeople.position,
      institution: pugPeople.institution,
      email: pugPeople.email,
    })
    .from(meetingInvitees)
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
    )
    .where(and(eq(meetingInvitees.regionCode, row.regionCode), eq(meetingInvitees.meetingId, row.id)))
    .orderBy(pugPeople.fullName);
}

async function renderLetter(db: Db, row: MeetingRow, letter: LetterRow): Promise<Readable> {
  const people = await inviteePeople(db, row);
  const model: LetterModel = {
    letterNumber: letter.letterNumber,
    title: row.title,
    theme: row.theme,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    startTime: row.startTime,
    endTime: row.endTime,
    zoneLabel: ZONE_LABEL[timeZoneOfRegion(row.regionCode)],
    venue: row.venue,
    onlineUrl: row.onlineUrl,
    agenda: row.agenda.map((a) => a.text),
    invitees: people.map((p) => ({ fullName: p.fullName, position: p.position, institution: p.institution })),
    signatory: {
      name: letter.signatoryName,
      position: letter.signatoryPosition,
      nip: letter.signatoryNip ?? '',
      rank: '',
    },
    isDemo: row.isDemo,
  };
  const issue = {
    letterhead: await loadLetterheadView(db, row.regionCode),
    date: new Date(`${letter.letterDate}T00:00:00Z`),
    paper: 'a4' as const,
  };
  return renderPdfInWorker(new URL('./pdf-letter.js', import.meta.url).href, 'invitationLetterPdf', [
    model,
    issue,
  ]);
}

export const letterFileName = (row: Pick<MeetingRow, 'title'>) =>
  `Undangan-${row.title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}.pdf`;

/** The letter PDF, for whoever reads the event; 422 naming `letter` while it has no number yet. */
export async function letterPdf(db: Db, actor: Actor | null, id: string) {
  const { row } = await readableMeeting(db, actor, id);
  const letter = await letterRow(db, row);
  if (!letter) throw new Invalid({ letter: 'meeting_letter_missing' }, 'meeting_letter_missing');
  return { fileName: letterFileName(row), body: await renderLetter(db, row, letter) };
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function sendLetter(db: Db, files: FileStore, actor: Actor | null, id: string) {
  const { a, row } = await managedMeeting(db, actor, id);
  if (row.status === 'cancelled') throw new Invalid({ status: 'meeting_cancelled' }, 'meeting_cancelled');
  const letter = await letterRow(db, row);
  if (!letter) throw new Invalid({ letter: 'meeting_letter_missing' }, 'meeting_letter_missing');
  const people = await inviteePeople(db, row);
  if (!people.length) throw new Invalid({ invitees: 'meeting_no_invitees' }, 'meeting_no_invitees');
  const withEmail = people.filter((p) => p.email);
  const emails = withEmail.map((p) => p.email!.toLowerCase());
  const accounts = emails.length
    ? await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          and(inArray(sql`lower(${users.email})`, emails), eq(users.active, true), isNotNull(users.email)),
        )
    : [];
  const userByEmail = new Map(accounts.map((u) => [u.email!.toLowerCase(), u.id]));
  const toUsers = withEmail.filter((p) => userByEmail.has(p.email!.toLowerCase()));
  const toMail = withEmail.filter((p) => !userByEmail.has(p.email!.toLowerCase()));
  let fileKey: string | null = null;
  if (toMail.length) {
    fileKey = `meetings/${row.regionCode}/${row.id}/undangan-${randomUUID()}.pdf`;
    const pdf = await streamToBuffer(await renderLetter(db, row, letter));
    await files.put(fileKey, pdf, { contentType: 'application/pdf' });
  }
  try {
    await db.transaction(async (tx) => {
      const now = new Date();
      if (toUsers.length) {
        await notify(tx, {
          regionCode: row.regionCode,
          kind: 'meeting_invitation',
          userIds: toUsers.map((p) => userByEmail.get(p.email!.toLowerCase())!),
          params: meetingNoticeParams(row),
          link: `/kelembagaan/kegiatan/${row.id}`,
          actorUserId: a.userId,
          dedupeKey: `meeting_invitation:${row.id}`,
        });
        await tx
          .update(meetingInvitees)
          .set({ notifiedAt: now })
          .where(
            and(
              eq(meetingInvitees.regionCode, row.regionCode),
              eq(meetingInvitees.meetingId, row.id),
              inArray(
                meetingInvitees.personId,
                toUsers.map((p) => p.id),
              ),
            ),
          );
      }
      await enqueueJobs(
        tx,
        toMail.map((p) => ({
          kind: LETTER_EMAIL_JOB,
          payload: {
            regionCode: row.regionCode,
            meetingId: row.id,
            personId: p.id,
            fileKey,
            sender: a.username ?? '',
          },
          regionCode: row.regionCode,
        })),
      );
      await tx
        .update(meetingLetters)
        .set({ sentAt: now, sentBy: a.userId })
        .where(and(eq(meetingLetters.regionCode, row.regionCode), eq(meetingLetters.meetingId, row.id)));
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'meeting_letter',
        entityId: row.id,
        regionCode: row.regionCode,
        after: {
          sent: true,
          notified: toUsers.length,
          emailed: toMail.length,
          withoutEmail: people.length - withEmail.length,
        },
      });
    });
  } catch (err) {
    if (fileKey) await files.delete(fileKey);
    throw err;
  }
  return { emailed: toMail.length, notified: toUsers.length, withoutEmail: people.length - withEmail.length };
}

/** The job that mails the letter PDF to one invitee who is not a Setara user. */
export function letterEmailJob(config: Config, files: FileStore, mailer: Mailer | null) {
  return async (payload: Record<string, unknown>, { db }: JobContext): Promise<void> => {
    const { regionCode, meetingId, personId, fileKey, sender } = payload as Record<string, string>;
    if (!regionCode || !meetingId || !personId || !fileKey) throw new PermanentJobError('incomplete payload');
    if (!mailer) return;
    const [r] = await db
      .select({
        m: meetings,
        email: pugPeople.email,
        name: pugPeople.fullName,
        number: meetingLetters.letterNumber,
      })
      .from(meetingInvitees)
      .innerJoin(
        meetings,
        and(eq(meetings.regionCode, meetingInvitees.regionCode), eq(meetings.id, meetingInvitees.meetingId)),
      )
      .innerJoin(
        pugPeople,
        and(eq(pugPeople.regionCode, meetingInvitees.regionCode), eq(pugPeople.id, meetingInvitees.personId)),
      )
      .leftJoin(
        meetingLetters,
        and(
          eq(meetingLetters.regionCode, meetingInvitees.regionCode),
          eq(meetingLetters.meetingId, meetingInvitees.meetingId),
        ),
      )
      .where(
        and(
          eq(meetingInvitees.regionCode, regionCode),
          eq(meetingInvitees.meetingId, meetingId),
          eq(meetingInvitees.personId, personId),
        ),
      );
    // Uninvited or gone meanwhile, or the address removed: nothing to send.
    if (!r || !r.email || r.m.status === 'cancelled') return;
    const region = await getRegion(db, regionCode);
    const params = {
      name: r.name,
      number: r.number ?? '',
      meeting: r.m.title,
      date: meetingDateText(r.m),
      venue: venueText(r.m),
      sender: sender ? `${sender}, ${region.name}` : region.name,
    };
    await mailer.send({
      to: r.email,
      subject: `[Setara] ${translate('meeting_letter_mail_subject', 'id', params)}`,
      text: `${translate('meeting_letter_mail_body', 'id', params)}\n\n${config.publicUrl}`,
      attachments: [
        {
          filename: letterFileName(r.m),
          content: await readAll(files, fileKey),
          contentType: 'application/pdf',
        },
      ],
    });
    await db
      .update(meetingInvitees)
      .set({ emailedAt: new Date() })
      .where(
        and(
          eq(meetingInvitees.regionCode, regionCode),
          eq(meetingInvitees.meetingId, meetingId),
          eq(meetingInvitees.personId, personId),
        ),
      );
  };
}
