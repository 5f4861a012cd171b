/**
 * The meetings API (server/modules/meetings, docs/api-meetings.md): a region's PUG events
 * (Rakor, Bimtek, advokasi, sosialisasi, verifikasi) with their days and sign-in windows,
 * materials, invitees and invitation letter, minutes, templates, and the calendar (list and
 * ICS). Rules live in domain/meetings/; these schemas refuse malformed input and name the field.
 */
import { z } from 'zod';
import { MEETING_KINDS, MEETING_STATUSES } from '../domain/meetings/constants.js';
import { meetingDatesProblems } from '../domain/meetings/days.js';
import { MINUTES_LIMITS, OUTCOME_RESULTS } from '../domain/meetings/minutes.js';
import { SEXES } from '../domain/indicators.js';
import { PEOPLE_GROUPS } from '../domain/kelembagaan/constants.js';
import { nameText, singleLineText } from './common.js';
import { regionCode } from './regions.js';

export const meetingKind = z.enum(MEETING_KINDS);
export const meetingStatus = z.enum(MEETING_STATUSES);
export const outcomeResult = z.enum(OUTCOME_RESULTS);

/** A calendar date YYYY-MM-DD that exists (2025-02-30 does not). */
export const calendarDate = z.iso.date({ message: 'meeting_date_invalid' });
/** A local time of day, 24-hour "08:30". */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'meeting_time_invalid' });

/** Multi-line text without NUL or other control characters but tab and line breaks. */
export function multiLineText(max: number) {
  return (
    z
      .string()
      .max(max)
      // eslint-disable-next-line no-control-regex
      .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
        message: 'text_control_char',
      })
  );
}

export const meetingParams = z.object({ id: z.uuid() });
export const regionParams = z.object({ code: regionCode });
export const materialParams = z.object({ id: z.uuid(), materialId: z.uuid() });
export const inviteeParams = z.object({ id: z.uuid(), personId: z.uuid() });
export const templateParams = z.object({ code: regionCode, templateId: z.uuid() });

/** An agenda item or intended outcome; `id` is kept across edits so the minutes keep their notes. */
export const meetingListItem = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
  text: singleLineText(500).pipe(z.string().min(1, { message: 'required' })),
});

const optionalUrl = z
  .union([z.url({ protocol: /^https?$/, message: 'meeting_url_invalid' }).max(1000), z.literal(''), z.null()])
  .optional();

const meetingFields = z.strictObject({
  kind: meetingKind,
  title: nameText(300).pipe(z.string().min(1, { message: 'required' })),
  theme: singleLineText(500).optional(),
  startsOn: calendarDate,
  endsOn: calendarDate,
  startTime: timeOfDay.nullable().optional(),
  endTime: timeOfDay.nullable().optional(),
  venue: singleLineText(500).optional(),
  onlineUrl: optionalUrl,
  organiserOpdId: z.uuid().nullable().optional(),
  agenda: z.array(meetingListItem).max(50).optional(),
  intendedOutcomes: z.array(meetingListItem).max(30).optional(),
  trainingHours: z.number().int().min(1).max(200).nullable().optional(),
});

/** End before start, too long, end time before start time: refused as malformed (400) naming the field. */
function checkDates(value: z.infer<typeof meetingFields>, ctx: z.RefinementCtx) {
  for (const [field, message] of Object.entries(meetingDatesProblems(value)))
    ctx.addIssue({ code: 'custom', path: [field], message });
}

export const meetingBody = meetingFields.superRefine(checkDates);
export type MeetingBody = z.infer<typeof meetingBody>;

export const updateMeetingBody = meetingFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(checkDates);
export const versionBody = z.strictObject({ version: z.number().int().min(1) });

export const listMeetingsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: meetingKind.optional(),
  status: meetingStatus.optional(),
});

const listItem = z.object({ id: z.string(), text: z.string() });

export const meetingSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  kind: meetingKind,
  status: meetingStatus,
  title: z.string(),
  theme: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  venue: z.string(),
  onlineUrl: z.string().nullable(),
  organiserOpd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }).nullable(),
  inviteeCount: z.number().int(),
  isDemo: z.boolean(),
});
export type MeetingSummaryDto = z.infer<typeof meetingSummary>;

export const meetingList = z.object({
  items: z.array(meetingSummary),
  /** Every year the region has events in, newest first: the list's empty state points to them. */
  years: z.array(z.number().int()),
});
export type MeetingListDto = z.infer<typeof meetingList>;

export const meetingDay = z.object({
  day: z.string(),
  signInOpensAt: z.string(),
  signInClosesAt: z.string(),
  /** Only for the organisers (canManageMeetings): the public sign-in link's key. */
  signInToken: z.string().nullable(),
});

export const materialSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type MaterialDto = z.infer<typeof materialSchema>;

export const meetingDetail = meetingSummary.extend({
  agenda: z.array(listItem),
  intendedOutcomes: z.array(listItem),
  trainingHours: z.number().int().nullable(),
  version: z.number().int(),
  timeZone: z.string(),
  days: z.array(meetingDay),
  materials: z.array(materialSchema),
  /** Whether the caller organises it (may edit, invite, write minutes). */
  canManage: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** The meeting type of the web (EVENT_TABS render it). */
export type MeetingDetailDto = z.infer<typeof meetingDetail>;

// Invitees ------------------------------------------------------------------------------------

export const addInviteesBody = z.strictObject({
  /** People of the region's registry (GET /api/regions/:code/people). */
  personIds: z.array(z.uuid()).max(500).optional(),
  /** Whole groups of the registry: the Pokja PUG in force, the serving focal points, the partners' contacts. */
  groups: z.array(z.enum(PEOPLE_GROUPS)).max(PEOPLE_GROUPS.length).optional(),
  /** Anyone else: found or created in the registry (merged with an existing person). */
  people: z
    .array(
      z.strictObject({
        fullName: nameText(200).pipe(z.string().min(1, { message: 'required' })),
        sex: z.enum(SEXES),
        position: singleLineText(200).optional(),
        institution: singleLineText(200).optional(),
        opdId: z.uuid().nullable().optional(),
        phone: singleLineText(40).optional(),
        email: z.email({ message: 'email_invalid' }).max(254).optional(),
      }),
    )
    .max(200)
    .optional(),
});

export const inviteeSchema = z.object({
  personId: z.uuid(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  position: z.string(),
  institution: z.string(),
  /** Only for who may see personal data (canSeeAttendeePersonalData). */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  addedAt: z.string(),
  emailedAt: z.string().nullable(),
  notifiedAt: z.string().nullable(),
});
export const inviteeList = z.object({ items: z.array(inviteeSchema) });
export type InviteeDto = z.infer<typeof inviteeSchema>;

// Invitation letter ---------------------------------------------------------------------------

export const letterBody = z.strictObject({
  letterNumber: nameText(100).pipe(z.string().min(1, { message: 'required' })),
  letterDate: calendarDate,
  signatoryName: nameText(200).pipe(z.string().min(1, { message: 'required' })),
  signatoryPosition: singleLineText(200).pipe(z.string().min(1, { message: 'required' })),
  signatoryNip: z
    .string()
    .regex(/^\d{18}$/, { message: 'meeting_nip_invalid' })
    .nullable()
    .optional(),
});
export const letterSchema = z.object({
  letterNumber: z.string(),
  letterDate: z.string(),
  signatoryName: z.string(),
  signatoryPosition: z.string(),
  signatoryNip: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export const letterAnswer = z.object({ letter: letterSchema.nullable() });
export const sendLetterAnswer = z.object({
  emailed: z.number().int(),
  notified: z.number().int(),
  withoutEmail: z.number().int(),
});
export type LetterDto = z.infer<typeof letterSchema>;

// Minutes -------------------------------------------------------------------------------------

export const minutesContent = z.strictObject({
  agendaNotes: z
    .array(
      z.strictObject({ agendaItemId: z.string().max(40), summary: multiLineText(MINUTES_LIMITS.summary) }),
    )
    .max(50),
  decisions: z
    .array(multiLineText(MINUTES_LIMITS.decision).pipe(z.string().trim().min(1, { message: 'required' })))
    .max(MINUTES_LIMITS.decisions),
  outcomes: z
    .array(
      z.strictObject({
        outcomeId: z.string().max(40),
        result: outcomeResult,
        note: multiLineText(MINUTES_LIMITS.note),
      }),
    )
    .max(30),
});
export const minutesBody = minutesContent.extend({ version: z.number().int().min(0) });
export const minutesSchema = z.object({
  content: z.object({
    agendaNotes: z.array(z.object({ agendaItemId: z.string(), summary: z.string() })),
    decisions: z.array(z.string()),
    outcomes: z.array(z.object({ outcomeId: z.string(), result: outcomeResult, note: z.string() })),
  }),
  /** 0 while nothing was written yet. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  tally: z.object({ achieved: z.number(), partly: z.number(), not: z.number(), unmarked: z.number() }),
  canWrite: z.boolean(),
});
export type MinutesDto = z.infer<typeof minutesSchema>;

// Templates -----------------------------------------------------------------------------------

export const templateSchema = z.object({
  id: z.string(),
  builtIn: z.boolean(),
  name: z.string(),
  kind: meetingKind,
  title: z.string(),
  theme: z.string(),
  agenda: z.array(listItem),
  intendedOutcomes: z.array(listItem),
  trainingHours: z.number().int().nullable(),
});
export const templateList = z.object({ items: z.array(templateSchema) });
export type TemplateDto = z.infer<typeof templateSchema>;
export const templateFromMeetingBody = z.strictObject({
  meetingId: z.uuid(),
  name: nameText(200).pipe(z.string().min(1, { message: 'required' })),
});
