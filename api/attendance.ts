/**
 * The attendance API (server/modules/attendance, docs/api-attendance.md): the public sign-in of
 * an event day through its QR code / short link (no account), and the organiser's side — the
 * list with live counts by sex and institution, invitees ticked present, rows typed from a
 * scanned paper list and the scan itself, erasure of one attendee's personal data on request
 * (UU PDP 27/2022), and the daftar hadir as PDF or XLSX.
 */
import { z } from 'zod';
import { SEXES } from '../domain/indicators.js';
import { ATTENDANCE_SOURCES } from '../domain/meetings/constants.js';
import { hasMarkup } from '../domain/meetings/attendance.js';
import { normalisePhone } from '../domain/meetings/attendance-dedup.js';
import { nameText, singleLineText } from './common.js';

const sex = z.enum(SEXES);

/** A one-line name-like field without markup ("<script>", "javascript:"). */
function plainName(max: number) {
  return nameText(max).refine((v) => !hasMarkup(v), { message: 'attendance_markup' });
}

function required(schema: z.ZodString) {
  return schema.pipe(z.string().min(1, { message: 'required' }));
}

/** Blank, or an Indonesian phone number in any usual form (+62 812-…, 0812 …). */
const phone = singleLineText(32)
  .refine((v) => v === '' || (/^[+\d\s().-]+$/.test(v) && normalisePhone(v) !== null), {
    message: 'attendance_phone_invalid',
  })
  .describe('Phone number, e.g. 0812 3456 7890 or +62 812 3456 7890');

/** Blank, or an e-mail address. */
const email = singleLineText(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, { message: 'attendance_email_invalid' })
  .describe('E-mail address');

/** The day of the event, YYYY-MM-DD; it must be one of the event's days. */
export const attendanceDay = z.iso.date({ message: 'attendance_day_invalid' });

/** Longest signature text the schema lets through; the configured limit (KB) is checked after. */
export const SIGNATURE_TEXT_MAX = 700_000;

// Public sign-in -------------------------------------------------------------------------------

export const signInParams = z.object({ token: z.string().max(200) });

export const signInBody = z
  .strictObject({
    fullName: required(plainName(150)),
    sex,
    institution: required(plainName(200)),
    position: plainName(150).optional(),
    phone: phone.optional(),
    email: email.optional(),
    /** Optional and self-declared (e.g. "netra", "daksa", "rungu"). */
    disability: plainName(100).optional(),
    /** The drawn signature: a PNG as base64, with or without its `data:image/png;base64,` prefix. */
    signature: z.string().max(SIGNATURE_TEXT_MAX).optional(),
    /** The page's language, for the answer's message. */
    lang: z.enum(['id', 'en']).optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.phone?.trim() && !body.email?.trim())
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'attendance_contact_required' });
  });
export type SignInBody = z.infer<typeof signInBody>;

export const signInAnswer = z.object({
  /** `recorded`: a new presence; `already_recorded`: this person had signed in today (updated). */
  status: z.enum(['recorded', 'already_recorded']),
  message: z.string(),
  meetingTitle: z.string(),
  day: z.string(),
});
export type SignInAnswer = z.infer<typeof signInAnswer>;

// Organiser ------------------------------------------------------------------------------------

export const meetingParams = z.object({ id: z.uuid() });
export const attendanceParams = z.object({ id: z.uuid() });
export const scanParams = z.object({ id: z.uuid() });

export const attendanceQuery = z.strictObject({
  day: attendanceDay.optional().describe('One day of the event; all days without it'),
});

export const tickInviteesBody = z.strictObject({
  day: attendanceDay,
  /** Invitees of the event (meeting_invitees) present that day. */
  personIds: z.array(z.uuid()).min(1).max(500),
});

export const paperRow = z.strictObject({
  fullName: required(plainName(150)),
  sex,
  institution: plainName(200).optional(),
  position: plainName(150).optional(),
  phone: phone.optional(),
  email: email.optional(),
  disability: plainName(100).optional(),
});
export type PaperRow = z.infer<typeof paperRow>;

export const paperRowsBody = z.strictObject({
  day: attendanceDay,
  rows: z.array(paperRow).min(1).max(500),
});

export const attendeeSchema = z.object({
  id: z.uuid(),
  day: z.string(),
  fullName: z.string(),
  sex,
  institution: z.string(),
  position: z.string(),
  source: z.enum(ATTENDANCE_SOURCES),
  /** The registry's person (an invitee) this presence is linked to. */
  personId: z.uuid().nullable(),
  signedAt: z.string(),
  /** Set when the personal data was erased on request; the presence still counts. */
  erasedAt: z.string().nullable(),
  /** Personal data: null unless the caller may see it (canSeeAttendeePersonalData). */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  disability: z.string().nullable(),
  hasSignature: z.boolean(),
});
export type AttendeeDto = z.infer<typeof attendeeSchema>;

export const sexCounts = z.object({ P: z.number().int(), L: z.number().int(), total: z.number().int() });

export const attendanceCountsSchema = z.object({
  meetingId: z.uuid(),
  /** The day counted, or null: people across all days (one person on two days counts once). */
  day: z.string().nullable(),
  total: sexCounts,
  byDay: z.array(sexCounts.extend({ day: z.string() })),
  byInstitution: z.array(sexCounts.extend({ institution: z.string() })),
  /** People who declared a disability (the count only). */
  withDisability: z.number().int(),
});
export type AttendanceCountsDto = z.infer<typeof attendanceCountsSchema>;

export const signInDaySchema = z.object({
  day: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  state: z.enum(['not_open', 'open', 'closed']),
  /** The public short link (and QR code): organisers only, null for others. */
  link: z.string().nullable(),
});
export type SignInDayDto = z.infer<typeof signInDaySchema>;

export const scanSchema = z.object({
  id: z.uuid(),
  day: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type ScanDto = z.infer<typeof scanSchema>;

export const attendanceList = z.object({
  meetingId: z.uuid(),
  timeZone: z.string(),
  days: z.array(signInDaySchema),
  items: z.array(attendeeSchema),
  counts: attendanceCountsSchema,
  /** Scanned paper lists: only for who may see personal data (empty for others). */
  scans: z.array(scanSchema),
  canManage: z.boolean(),
  canSeePersonalData: z.boolean(),
});
export type AttendanceListDto = z.infer<typeof attendanceList>;

export const writeAnswer = z.object({
  /** New presences, and presences that were already there (merged). */
  added: z.number().int(),
  merged: z.number().int(),
});
export type WriteAnswerDto = z.infer<typeof writeAnswer>;

export const exportParams = z.object({ id: z.uuid(), format: z.enum(['pdf', 'xlsx']) });
export const exportQuery = z.strictObject({
  day: attendanceDay.optional().describe('One day; all days (one table per day) without it'),
  paper: z.enum(['a4', 'f4']).default('a4').describe('Paper: A4 or F4 (folio)'),
  personal: z
    .enum(['1', '0'])
    .default('1')
    .describe(
      'Organisers get phone/e-mail and signatures unless 0 (a copy to publish); others never get them',
    ),
});
export type ExportQuery = z.infer<typeof exportQuery>;
