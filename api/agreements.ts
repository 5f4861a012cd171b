/**
 * The agreements API (server/modules/agreements, docs/api-agreements.md): a region's MoU and
 * PKS with their parties, signed document, linked event, status and activities, and the list
 * of those expiring this year. Rules live in domain/agreements/; these schemas refuse
 * malformed input naming the field.
 */
import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LIMITS,
  AGREEMENT_STATUSES,
  PARTY_KINDS,
  STORED_AGREEMENT_STATUSES,
} from '../domain/agreements/constants.js';
import { nameText, singleLineText } from './common.js';
import { calendarDate, multiLineText } from './meetings.js';
import { regionCode } from './regions.js';

export const agreementKind = z.enum(AGREEMENT_KINDS);
export const agreementStatus = z.enum(AGREEMENT_STATUSES);
export const storedAgreementStatus = z.enum(STORED_AGREEMENT_STATUSES);
export const partyKind = z.enum(PARTY_KINDS);

export const regionParams = z.object({ code: regionCode });
export const agreementParams = z.object({ id: z.uuid() });
export const activityParams = z.object({ id: z.uuid(), activityId: z.uuid() });

export const partyBody = z.strictObject({
  kind: partyKind,
  /** The OPD, institution or partner id (kinds opd, institution, partner). */
  refId: z.uuid().nullable().optional(),
  /** The name of an "other" party as written on the document. */
  name: nameText(300).optional(),
  documentNumber: singleLineText(200).optional(),
  signedOn: calendarDate.nullable().optional(),
  signatoryName: nameText(200).optional(),
  signatoryPosition: singleLineText(300).optional(),
  obligations: multiLineText(AGREEMENT_LIMITS.obligations).optional(),
});
export type PartyBody = z.infer<typeof partyBody>;

export const agreementBody = z.strictObject({
  kind: agreementKind,
  title: nameText(AGREEMENT_LIMITS.title).pipe(z.string().min(1, { message: 'required' })),
  scope: multiLineText(AGREEMENT_LIMITS.scope).optional(),
  startsOn: calendarDate,
  endsOn: calendarDate,
  /** draft or signed; terminating has its own route. */
  status: z.enum(['draft', 'signed']),
  meetingId: z.uuid().nullable().optional(),
  parties: z.array(partyBody).max(AGREEMENT_LIMITS.parties),
});
export type AgreementBody = z.infer<typeof agreementBody>;

export const updateAgreementBody = agreementBody.extend({ version: z.number().int().min(1) });

export const terminateBody = z.strictObject({
  version: z.number().int().min(1),
  terminatedOn: calendarDate,
  reason: multiLineText(2000).pipe(z.string().trim().min(1, { message: 'required' })),
});

export const activityBody = z.strictObject({
  doneOn: calendarDate,
  description: multiLineText(2000).pipe(z.string().trim().min(1, { message: 'required' })),
});

export const listAgreementsQuery = z.strictObject({
  /** Agreements in force at some time in the year (start ≤ 31 Dec, end ≥ 1 Jan). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: agreementStatus.optional(),
  /** Only those whose end date falls in this year (signed, not terminated). */
  expiringIn: z.coerce.number().int().min(2000).max(2100).optional(),
});

const fileSchema = z
  .object({ fileName: z.string(), contentType: z.string(), bytes: z.number().int() })
  .nullable();

export const partySchema = z.object({
  kind: partyKind,
  refId: z.uuid().nullable(),
  /** The party's name: the region's, the OPD's, the institution's, the partner's, or as written. */
  name: z.string(),
  documentNumber: z.string(),
  signedOn: z.string().nullable(),
  signatoryName: z.string(),
  signatoryPosition: z.string(),
  obligations: z.string(),
});

export const agreementSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  kind: agreementKind,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  storedStatus: storedAgreementStatus,
  status: agreementStatus,
  partyNames: z.array(z.string()),
  /** Days left to the end date (negative once passed). */
  daysLeft: z.number().int(),
  isDemo: z.boolean(),
});
export type AgreementSummaryDto = z.infer<typeof agreementSummary>;

export const agreementList = z.object({ items: z.array(agreementSummary), canManage: z.boolean() });

export const activitySchema = z.object({
  id: z.uuid(),
  doneOn: z.string(),
  description: z.string(),
  evidence: fileSchema,
  createdAt: z.string(),
});

export const agreementDetail = agreementSummary.extend({
  scope: z.string(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string(),
  meeting: z.object({ id: z.uuid(), title: z.string(), startsOn: z.string(), kind: z.string() }).nullable(),
  document: fileSchema,
  parties: z.array(partySchema),
  activities: z.array(activitySchema),
  reminders: z.array(z.object({ days: z.number().int(), on: z.string() })),
  version: z.number().int(),
  canManage: z.boolean(),
});
export type AgreementDetailDto = z.infer<typeof agreementDetail>;

/** What the form offers as parties and as the linked event. */
export const partyChoices = z.object({
  regionName: z.string(),
  opds: z.array(z.object({ id: z.uuid(), name: z.string() })),
  institutions: z.array(z.object({ id: z.uuid(), name: z.string() })),
  partners: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
  meetings: z.array(z.object({ id: z.uuid(), title: z.string(), startsOn: z.string(), kind: z.string() })),
});
