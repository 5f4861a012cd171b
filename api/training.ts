/**
 * Request and response shapes of training records (Bimtek): participants with pre/post-test
 * scores, the certificate settings, certificates, and the public verification answer.
 */
import { z } from 'zod';
import { SEXES } from '../domain/indicators.js';
import { MEETING_KINDS } from '../domain/meetings/constants.js';
import { CERTIFICATE_STATES, SCORE_MAX, SCORE_MIN } from '../domain/training/constants.js';
import { NUMBER_PATTERN_MAX } from '../domain/training/numbering.js';
import { nameText, singleLineText } from './common.js';

export const meetingParams = z.object({ id: z.uuid() });
export const certificateParams = z.object({ id: z.uuid(), certificateId: z.uuid() });
export const bulkFormatParams = z.object({ id: z.uuid(), format: z.enum(['pdf', 'zip']) });
export const verificationParams = z.object({ code: z.string().max(64) });

/** A participant's id: the hash of their attendance dedup key (opaque, no personal data). */
export const participantId = z.string().regex(/^[0-9a-f]{32}$/, { message: 'bad_format' });

const scoreValue = z
  .number()
  .min(SCORE_MIN, { message: 'training_score_out_of_range' })
  .max(SCORE_MAX, { message: 'training_score_out_of_range' })
  .nullable();

const summary = z.object({
  participants: z.number().int(),
  complete: z.number().int(),
  missingPre: z.number().int(),
  missingPost: z.number().int(),
  meanPre: z.number().nullable(),
  meanPost: z.number().nullable(),
  meanImprovement: z.number().nullable(),
});

export const certificateSchema = z.object({
  id: z.uuid(),
  participantId: z.string(),
  fullName: z.string(),
  number: z.string(),
  verificationCode: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string(),
});

export const participantSchema = z.object({
  id: participantId,
  fullName: z.string(),
  sex: z.enum(SEXES),
  institution: z.string(),
  position: z.string(),
  /** The event days the participant attended (YYYY-MM-DD). */
  days: z.array(z.string()),
  pre: z.number().nullable(),
  post: z.number().nullable(),
  improvement: z.number().nullable(),
  /** The valid certificate, else the latest revoked one, else null. */
  certificate: certificateSchema.nullable(),
});

export const settingsSchema = z.object({
  signatoryName: z.string(),
  signatoryPosition: z.string(),
  signatoryNip: z.string(),
  numberPattern: z.string(),
  orgCode: z.string(),
  issuePlace: z.string(),
  issueDate: z.string(),
  updatedAt: z.string().nullable(),
});

export const trainingSchema = z.object({
  meeting: z.object({
    id: z.uuid(),
    regionCode: z.string(),
    kind: z.enum(MEETING_KINDS),
    title: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    trainingHours: z.number().int().nullable(),
  }),
  /** Whether the meeting keeps training records (a Bimtek, or lesson hours set). */
  eligible: z.boolean(),
  participants: z.array(participantSchema),
  summary: z.object({ P: summary, L: summary, total: summary }),
  /** Null until the organiser saves them; `suggested` holds what the form starts from. */
  settings: settingsSchema.nullable(),
  suggested: settingsSchema,
  /** What the caller may do (the web's buttons). */
  canManage: z.boolean(),
});

const MAX_ROWS = 2000;

export const saveScoresBody = z.object({
  scores: z
    .array(z.object({ participantId, pre: scoreValue, post: scoreValue }))
    .min(1)
    .max(MAX_ROWS),
});

export const importResultSchema = z.object({ updated: z.number().int(), unchanged: z.number().int() });

export const settingsBody = z.object({
  signatoryName: nameText(200).pipe(z.string().min(1, { message: 'required' })),
  signatoryPosition: singleLineText(200).pipe(z.string().min(1, { message: 'required' })),
  signatoryNip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, { message: 'training_nip_format' })
    .default(''),
  numberPattern: singleLineText(NUMBER_PATTERN_MAX),
  orgCode: nameText(40).default(''),
  issuePlace: nameText(100).default(''),
  issueDate: z.iso.date({ message: 'bad_format' }),
});

export const issueBody = z.object({
  /** Whom to issue for; absent: every participant without a valid certificate. */
  participantIds: z.array(participantId).min(1).max(MAX_ROWS).optional(),
});

export const issueResultSchema = z.object({ issued: z.array(certificateSchema) });

export const revokeBody = z.object({
  reason: singleLineText(500).pipe(z.string().min(1, { message: 'required' })),
});

/** The public verification answer: only what the certificate itself shows. */
export const publicCertificateSchema = z.object({
  state: z.enum(CERTIFICATE_STATES),
  certificate: z
    .object({
      number: z.string(),
      fullName: z.string(),
      eventTitle: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      trainingHours: z.number().int().nullable(),
      regionName: z.string(),
      issuedAt: z.string(),
      revokedAt: z.string().nullable(),
    })
    .nullable(),
});

export type TrainingDto = z.infer<typeof trainingSchema>;
export type ParticipantDto = z.infer<typeof participantSchema>;
export type CertificateDto = z.infer<typeof certificateSchema>;
export type SettingsDto = z.infer<typeof settingsSchema>;
export type SettingsInput = z.infer<typeof settingsBody>;
export type SaveScoresInput = z.infer<typeof saveScoresBody>;
export type IssueInput = z.infer<typeof issueBody>;
export type PublicCertificateDto = z.infer<typeof publicCertificateSchema>;
