/**
 * A meeting's training records: the participants (its attendees) with their pre-test and
 * post-test scores, the improvement by sex, and the certificate settings. Scores are saved by
 * the organiser from the grid (or imported, import.ts), in one transaction with the audit entry.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  CertificateDto,
  SaveScoresInput,
  SettingsDto,
  SettingsInput,
  TrainingDto,
} from '../../../api/training.js';
import { hasTrainingRecords } from '../../../domain/training/constants.js';
import { canManageTraining } from '../../../domain/training/access.js';
import { checkNumberPattern, DEFAULT_NUMBER_PATTERN } from '../../../domain/training/numbering.js';
import { checkScore, improvement, summaryBySex } from '../../../domain/training/scores.js';
import type { Db } from '../../db/connection.js';
import {
  trainingCertificateSettings,
  trainingCertificates,
  trainingScores,
} from '../../db/schema-training.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { loadSignatoryViews, placeOf } from '../letterhead/service.js';
import { getRegion } from '../regions/service.js';
import type { MeetingRow } from '../meetings/load.js';
import { manageableMeeting, organiserShortName, readableMeeting } from './load.js';
import { loadParticipants } from './participants.js';

type SettingsRow = typeof trainingCertificateSettings.$inferSelect;
type CertificateRow = typeof trainingCertificates.$inferSelect;

/** The value an upsert's conflicting row brought. */
const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

const scoreOf = (v: string | null) => (v === null ? null : Number(v));

export function certificateDto(row: CertificateRow): CertificateDto {
  return {
    id: row.id,
    participantId: row.participantKey,
    fullName: row.fullName,
    number: row.number,
    verificationCode: row.verificationCode,
    issuedAt: row.issuedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
  };
}

export function settingsDto(row: SettingsRow): SettingsDto {
  return {
    signatoryName: row.signatoryName,
    signatoryPosition: row.signatoryPosition,
    signatoryNip: row.signatoryNip,
    numberPattern: row.numberPattern,
    orgCode: row.orgCode,
    issuePlace: row.issuePlace,
    issueDate: row.issueDate,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadSettings(db: Db, meeting: MeetingRow): Promise<SettingsRow | null> {
  const [row] = await db
    .select()
    .from(trainingCertificateSettings)
    .where(
      and(
        eq(trainingCertificateSettings.regionCode, meeting.regionCode),
        eq(trainingCertificateSettings.meetingId, meeting.id),
      ),
    );
  return row ?? null;
}

/** What a new settings form starts from: the organiser OPD's saved signatory, its short name, the region's place. */
async function suggestedSettings(db: Db, meeting: MeetingRow): Promise<SettingsDto> {
  const [region, org, signatories] = await Promise.all([
    getRegion(db, meeting.regionCode),
    organiserShortName(db, meeting),
    loadSignatoryViews(db, meeting.regionCode),
  ]);
  const signatory = meeting.organiserOpdId ? signatories.get(meeting.organiserOpdId) : undefined;
  return {
    signatoryName: signatory?.name ?? '',
    signatoryPosition: signatory?.position ?? '',
    signatoryNip: signatory?.nip ?? '',
    numberPattern: DEFAULT_NUMBER_PATTERN,
    orgCode: org,
    issuePlace: placeOf(region.name),
    issueDate: meeting.endsOn,
    updatedAt: null,
  };
}

export async function scoresOf(db: Db, meeting: MeetingRow) {
  const rows = await db
    .select()
    .from(trainingScores)
    .where(and(eq(trainingScores.regionCode, meeting.regionCode), eq(trainingScores.meetingId, meeting.id)));
  return new Map(
    rows.map((r) => [r.participantKey, { pre: scoreOf(r.preScore), post: scoreOf(r.postScore) }]),
  );
}

export async function certificatesOf(db: Db, meeting: MeetingRow): Promise<CertificateRow[]> {
  return db
    .select()
    .from(trainingCertificates)
    .where(
      and(
        eq(trainingCertificates.regionCode, meeting.regionCode),
        eq(trainingCertificates.meetingId, meeting.id),
      ),
    )
    .orderBy(desc(trainingCertificates.issuedAt));
}

export async function trainingOf(db: Db, actor: Actor, meeting: MeetingRow): Promise<TrainingDto> {
  const [participants, scores, certificates, settings, suggested] = await Promise.all([
    loadParticipants(db, meeting.regionCode, meeting.id),
    scoresOf(db, meeting),
    certificatesOf(db, meeting),
    loadSettings(db, meeting),
    suggestedSettings(db, meeting),
  ]);
  // The valid certificate of each participant, else their latest revoked one.
  const certOf = new Map<string, CertificateRow>();
  for (const c of certificates) {
    const seen = certOf.get(c.participantKey);
    if (!seen || (seen.revokedAt && !c.revokedAt)) certOf.set(c.participantKey, c);
  }
  const list = participants.map((p) => {
    const s = scores.get(p.id) ?? { pre: null, post: null };
    const cert = certOf.get(p.id);
    return {
      ...p,
      ...s,
      improvement: improvement(s.pre, s.post),
      certificate: cert ? certificateDto(cert) : null,
    };
  });
  return {
    meeting: {
      id: meeting.id,
      regionCode: meeting.regionCode,
      kind: meeting.kind,
      title: meeting.title,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      trainingHours: meeting.trainingHours,
    },
    eligible: hasTrainingRecords(meeting),
    participants: list,
    summary: summaryBySex(list),
    settings: settings ? settingsDto(settings) : null,
    suggested,
    canManage: canManageTraining(actor, meeting.regionCode),
  };
}

export async function getTraining(db: Db, actor: Actor | null, meetingId: string): Promise<TrainingDto> {
  const { actor: a, meeting } = await readableMeeting(db, actor, meetingId);
  return trainingOf(db, a, meeting);
}

/** Saves the grid's rows: each names a participant of the meeting once; null clears a score. */
export async function saveScores(db: Db, actor: Actor | null, meetingId: string, input: SaveScoresInput) {
  const { actor: a, meeting } = await manageableMeeting(db, actor, meetingId);
  const participants = new Set((await loadParticipants(db, meeting.regionCode, meeting.id)).map((p) => p.id));
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  input.scores.forEach((row, i) => {
    if (!participants.has(row.participantId))
      fields[`scores.${i}.participantId`] = 'training_participant_unknown';
    else if (seen.has(row.participantId)) fields[`scores.${i}.participantId`] = 'training_participant_twice';
    seen.add(row.participantId);
    for (const key of ['pre', 'post'] as const) {
      const v = row[key];
      const issue = v === null ? null : checkScore(v);
      if (issue) fields[`scores.${i}.${key}`] = issue;
    }
  });
  if (Object.keys(fields).length)
    throw new Invalid(fields, 'training_scores_invalid', { count: Object.keys(fields).length });
  await writeScores(db, a, meeting, input.scores, 'grid');
  return trainingOf(db, a, meeting);
}

export interface ScoreRow {
  participantId: string;
  pre: number | null;
  post: number | null;
}

/** Upserts the rows and records one audit entry with what changed. Returns how many changed. */
export async function writeScores(
  db: Db,
  actor: Actor,
  meeting: MeetingRow,
  rows: ScoreRow[],
  source: 'grid' | 'import',
  fileName?: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const keys = rows.map((r) => r.participantId);
    const before = new Map(
      (
        await tx
          .select()
          .from(trainingScores)
          .where(
            and(
              eq(trainingScores.regionCode, meeting.regionCode),
              eq(trainingScores.meetingId, meeting.id),
              inArray(trainingScores.participantKey, keys),
            ),
          )
          .for('update')
      ).map((r) => [r.participantKey, { pre: scoreOf(r.preScore), post: scoreOf(r.postScore) }]),
    );
    const changed = rows.filter((r) => {
      const b = before.get(r.participantId) ?? { pre: null, post: null };
      return b.pre !== r.pre || b.post !== r.post;
    });
    if (!changed.length) return 0;
    const now = new Date();
    for (let i = 0; i < changed.length; i += 500) {
      await tx
        .insert(trainingScores)
        .values(
          changed.slice(i, i + 500).map((r) => ({
            regionCode: meeting.regionCode,
            meetingId: meeting.id,
            participantKey: r.participantId,
            preScore: r.pre === null ? null : r.pre.toFixed(2),
            postScore: r.post === null ? null : r.post.toFixed(2),
            updatedBy: actor.userId,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [trainingScores.regionCode, trainingScores.meetingId, trainingScores.participantKey],
          set: {
            preScore: sqlExcluded('pre_score'),
            postScore: sqlExcluded('post_score'),
            updatedBy: actor.userId,
            updatedAt: now,
          },
        });
    }
    await recordAudit(tx, subjectOf(actor), {
      action: 'update',
      entity: 'training_scores',
      entityId: meeting.id,
      regionCode: meeting.regionCode,
      before: {
        scores: changed.map((r) => ({
          participantId: r.participantId,
          ...(before.get(r.participantId) ?? {}),
        })),
      },
      after: { source, fileName, scores: changed },
    });
    return changed.length;
  });
}

export async function putSettings(db: Db, actor: Actor | null, meetingId: string, input: SettingsInput) {
  const { actor: a, meeting } = await manageableMeeting(db, actor, meetingId);
  const issue = checkNumberPattern(input.numberPattern);
  if (issue) throw new Invalid({ numberPattern: issue }, issue);
  if (/\{org\}/.test(input.numberPattern) && input.orgCode === '') {
    throw new Invalid({ orgCode: 'training_org_code_required' }, 'training_org_code_required');
  }
  const values = { ...input, updatedBy: a.userId, updatedAt: new Date() };
  const row = await db.transaction(async (tx) => {
    const before = await loadSettings(tx, meeting);
    const [row] = await tx
      .insert(trainingCertificateSettings)
      .values({ regionCode: meeting.regionCode, meetingId: meeting.id, ...values })
      .onConflictDoUpdate({
        target: [trainingCertificateSettings.regionCode, trainingCertificateSettings.meetingId],
        set: values,
      })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'training_settings',
      entityId: meeting.id,
      regionCode: meeting.regionCode,
      before: before ? settingsDto(before) : null,
      after: input,
    });
    return row;
  });
  return settingsDto(row);
}
