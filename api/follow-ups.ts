/**
 * The follow-ups API (server/modules/follow-ups): follow-ups (tindak lanjut) agreed in a
 * meeting's minutes, each with one owner (an OPD of the region or a person of its PUG
 * registry), a due date and a status; their evidence files; a region's board; and the open
 * follow-ups of the previous meeting of the same kind. Rules (who moves which status, overdue
 * in the region's date) live in domain/follow-ups/; these schemas refuse malformed input.
 */
import { z } from 'zod';
import {
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_TEXT_MAX,
} from '../domain/follow-ups/constants.js';
import { isCalendarDate } from '../domain/follow-ups/dates.js';
import { MEETING_KINDS } from '../domain/meetings/constants.js';
import { pageOf, paginationQuery, singleLineText } from './common.js';
import { regionCode } from './regions.js';

export const followUpStatus = z.enum(FOLLOW_UP_STATUSES);

/** A real date written YYYY-MM-DD. */
export const dueDate = z
  .string()
  .refine(isCalendarDate, { message: 'follow_up_due_date_invalid' })
  .describe('YYYY-MM-DD');

/** Exactly one owner: an OPD of the meeting's region, or a person of its PUG registry. */
export const followUpOwner = z.union([
  z.strictObject({ opdId: z.uuid() }),
  z.strictObject({ personId: z.uuid() }),
]);

const text = z.string().trim().min(1).max(FOLLOW_UP_TEXT_MAX);
const note = z.string().trim().max(FOLLOW_UP_NOTE_MAX);

export const createFollowUpBody = z.strictObject({
  text,
  owner: followUpOwner,
  dueDate,
  /** The agenda item of the meeting it was agreed under (meetings.agenda[].id). */
  agendaItemId: singleLineText(100).min(1).nullable().optional(),
});

/** A change names the version it edited; anything left out stays. */
export const updateFollowUpBody = z.strictObject({
  version: z.number().int().min(1),
  status: followUpStatus.optional(),
  completionNote: note.nullable().optional(),
  text: text.optional(),
  dueDate: dueDate.optional(),
  owner: followUpOwner.optional(),
  agendaItemId: singleLineText(100).min(1).nullable().optional(),
});

export const followUpEvidenceSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});

export const followUpHistoryEntry = z.object({
  fromStatus: followUpStatus.nullable(),
  toStatus: followUpStatus,
  note: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

export const followUpSchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  meeting: z.object({ id: z.uuid(), title: z.string(), kind: z.string(), startsOn: z.string() }),
  agendaItemId: z.string().nullable(),
  text: z.string(),
  owner: z.object({
    kind: z.enum(['opd', 'person']),
    id: z.uuid(),
    name: z.string(),
  }),
  dueDate: z.string(),
  status: followUpStatus,
  /** overdue / due_soon / later / closed, in the region's date today. */
  urgency: z.enum(['overdue', 'due_soon', 'later', 'closed']),
  completionNote: z.string().nullable(),
  evidenceCount: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the caller may do: edit (organisers), update status and evidence (and the owner). */
  can: z.object({ edit: z.boolean(), update: z.boolean(), nextStatuses: z.array(followUpStatus) }),
});

export const followUpDetail = followUpSchema.extend({
  evidence: z.array(followUpEvidenceSchema),
  history: z.array(followUpHistoryEntry),
});

export const meetingFollowUps = z.object({
  items: z.array(followUpSchema),
  today: z.string(),
  canCreate: z.boolean(),
});

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const boardQuery = z.strictObject({
  status: z
    .union([followUpStatus, z.literal('open_all')])
    .optional()
    .describe('One status, or open_all (open and in progress)'),
  ownerOpdId: z.uuid().optional(),
  overdue: boolParam.optional(),
  meetingId: z.uuid().optional(),
  /** Only the follow-ups the caller owns (their OPD, or their person). */
  mine: boolParam.optional(),
  ...paginationQuery,
});

export const boardParams = z.object({ code: regionCode });

export const followUpBoard = pageOf(followUpSchema).extend({
  today: z.string(),
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
  canManage: z.boolean(),
});

export const previousOpenFollowUps = z.object({
  /** The region's previous meeting of the same kind (held or planned before this one), if any. */
  previous: z.object({ id: z.uuid(), title: z.string(), startsOn: z.string() }).nullable(),
  items: z.array(followUpSchema),
});

export const previousOpenQuery = z.strictObject({
  kind: z.enum(MEETING_KINDS),
  /** The new meeting's first day: the previous one starts on or before it. */
  before: dueDate,
});

export const followUpEvidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });
