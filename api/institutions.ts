/**
 * The service-institution registry API (server/modules/institutions, docs/api-institutions.md):
 * a region's LPLPP, Puspaga, UPTD PPA and other service providers, their staff, status history,
 * logo, the institution account's invitation, import/export, and the public directory. Rules
 * live in domain/institutions/; these schemas refuse malformed input and name the field.
 */
import { z } from 'zod';
import { SEXES } from '../domain/indicators.js';
import {
  INSTITUTION_STATUSES,
  OWNER_KINDS,
  SERVICE_FIELDS,
  SOCIAL_KINDS,
  STAFF_ROLES,
} from '../domain/institutions/constants.js';
import { STANDARD_STATUSES, STANDINGS } from '../domain/institutions/standing.js';
import { newPassword, userEmail } from './auth.js';
import { codeText, nameText, pageOf, paginationQuery, singleLineText } from './common.js';
import { regionCode } from './regions.js';

const required = { message: 'required' };
export const regionParams = z.object({ code: regionCode });
export const institutionParams = z.object({ id: z.uuid() });
export const staffParams = z.object({ id: z.uuid(), staffId: z.uuid() });

const isoDate = z.iso.date();
const phone = z
  .string()
  .trim()
  .max(30)
  .refine((v) => v === '' || /^\+?[\d\s().-]{6,30}$/.test(v), { message: 'phone_format' });
/** A web address people click from the public directory: http(s) only. */
const webUrl = singleLineText(300).refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), {
  message: 'url_format',
});
const emptyToNull = <T extends z.ZodType<string>>(s: T) => s.transform((v) => (v === '' ? null : v));

export const serviceField = z.enum(SERVICE_FIELDS);
export const socialLink = z.strictObject({
  kind: z.enum(SOCIAL_KINDS),
  url: webUrl.pipe(z.string().min(1, required)),
});

/** What describes an institution on the form and in the import. */
export const institutionInput = z.strictObject({
  name: nameText(200).pipe(z.string().min(1, required)),
  typeId: z.uuid(),
  ownerKind: z.enum(OWNER_KINDS),
  legalEntityNumber: emptyToNull(singleLineText(120)).nullable().optional(),
  legalEntityDate: isoDate.nullable().optional(),
  fields: z
    .array(serviceField)
    .min(1, required)
    .max(SERVICE_FIELDS.length)
    .refine((v) => new Set(v).size === v.length, { message: 'duplicate' }),
  description: z.string().trim().max(2000).optional(),
  address: singleLineText(300).pipe(z.string().min(1, required)),
  kecamatanCode: codeText(20).nullable().optional(),
  latitude: z.number().min(-11.5).max(6.5).nullable().optional(),
  longitude: z.number().min(94).max(141.5).nullable().optional(),
  phone: emptyToNull(phone).nullable().optional(),
  email: userEmail.nullable().optional(),
  website: emptyToNull(webUrl).nullable().optional(),
  socialLinks: z.array(socialLink).max(10).optional(),
  listedPublicly: z.boolean().optional(),
});
export type InstitutionInput = z.infer<typeof institutionInput>;
export const updateInstitutionBody = institutionInput.partial();
export type UpdateInstitutionInput = z.infer<typeof updateInstitutionBody>;

export const statusBody = z.strictObject({
  status: z.enum(INSTITUTION_STATUSES),
  reason: z.string().trim().max(1000).optional(),
});

export const listInstitutionsQuery = z.strictObject({
  q: nameText(100).optional(),
  typeId: z.uuid().optional(),
  field: serviceField.optional(),
  kecamatan: codeText(20).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  standing: z.enum(STANDINGS).optional(),
  ...paginationQuery,
});
export type ListInstitutionsQuery = z.infer<typeof listInstitutionsQuery>;

export const institutionTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  /** null: a national default. */
  ownerRegionCode: z.string().nullable(),
  builtin: z.boolean(),
});
/** The form's choices: the region's types and its kecamatan. */
export const institutionTypeList = z.object({
  items: z.array(institutionTypeSchema),
  kecamatan: z.array(z.object({ code: z.string(), name: z.string() })),
});
export const createTypeBody = z.strictObject({
  code: codeText(40).pipe(z.string().regex(/^[a-z0-9_]{2,40}$/, { message: 'type_code_format' })),
  nameId: nameText(200).pipe(z.string().min(1, required)),
  nameEn: nameText(200).pipe(z.string().min(1, required)),
});

const typeRef = z.object({ id: z.string(), code: z.string(), nameId: z.string(), nameEn: z.string() });

export const institutionSummary = z.object({
  id: z.string(),
  regionCode: z.string(),
  name: z.string(),
  type: typeRef,
  ownerKind: z.enum(OWNER_KINDS),
  fields: z.array(serviceField),
  address: z.string(),
  kecamatanCode: z.string().nullable(),
  kecamatanName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: z.enum(INSTITUTION_STATUSES),
  listedPublicly: z.boolean(),
  standardStatus: z.enum(STANDARD_STATUSES),
  standardValidUntil: z.string().nullable(),
  /** standingOf(status, validUntil) on the region's today: `kedaluwarsa` once validity passed. */
  standing: z.enum(STANDINGS),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export const institutionPage = pageOf(institutionSummary);

export const staffInput = z.strictObject({
  fullName: nameText(200).pipe(z.string().min(1, required)),
  role: z.enum(STAFF_ROLES),
  position: singleLineText(200).optional(),
  profession: singleLineText(200).optional(),
  certification: singleLineText(300).optional(),
  sex: z.enum(SEXES),
  phone: emptyToNull(phone).nullable().optional(),
  email: userEmail.nullable().optional(),
});
export const updateStaffBody = staffInput.partial();
export type StaffInput = z.infer<typeof staffInput>;

export const staffSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.enum(STAFF_ROLES),
  position: z.string(),
  profession: z.string(),
  certification: z.string(),
  sex: z.enum(SEXES),
  /** Only for who may edit the institution (domain/institutions/access.ts canSeeStaffContacts). */
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const statusChangeSchema = z.object({
  fromStatus: z.enum(INSTITUTION_STATUSES).nullable(),
  toStatus: z.enum(INSTITUTION_STATUSES),
  reason: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

export const accountSchema = z.object({
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  /** The invitation is still open (password not set yet). */
  invitePending: z.boolean(),
  inviteExpiresAt: z.string().nullable(),
});

export const institutionDetail = institutionSummary.extend({
  legalEntityNumber: z.string().nullable(),
  legalEntityDate: z.string().nullable(),
  description: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  website: z.string().nullable(),
  socialLinks: z.array(socialLink),
  hasLogo: z.boolean(),
  standardDecisionNumber: z.string().nullable(),
  staff: z.array(staffSchema),
  history: z.array(statusChangeSchema),
  /** The institution's accounts; only for DP3A and superadmin. */
  accounts: z.array(accountSchema).nullable(),
  /** What the profile still lacks (for the institution account's home and the page's checklist). */
  missing: z.array(z.string()),
  can: z.object({ edit: z.boolean(), changeStatus: z.boolean(), invite: z.boolean() }),
  createdAt: z.string(),
});
export type InstitutionDetail = z.infer<typeof institutionDetail>;

export const inviteBody = z.strictObject({
  fullName: nameText(200).pipe(z.string().min(1, required)),
  email: userEmail,
  username: codeText(60)
    .pipe(z.string().regex(/^[a-z0-9._-]{3,60}$/i, { message: 'username_format' }))
    .optional(),
});
export const inviteResult = z.object({ userId: z.string(), username: z.string(), expiresAt: z.string() });

export const inviteTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const inviteInfo = z.object({
  username: z.string(),
  fullName: z.string(),
  institutionName: z.string(),
  expiresAt: z.string(),
});
export const acceptInviteBody = z.strictObject({ password: newPassword });

export const exportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export const importResult = z.object({ created: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Public directory (no login, no personal data)

export const directoryQuery = z.strictObject({
  q: nameText(100).optional(),
  type: codeText(40).optional(),
  field: serviceField.optional(),
  kecamatan: codeText(20).optional(),
  standing: z.enum(STANDINGS).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export const directoryEntry = z.object({
  id: z.string(),
  name: z.string(),
  type: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() }),
  fields: z.array(serviceField),
  description: z.string(),
  standing: z.enum(STANDINGS),
  standardValidUntil: z.string().nullable(),
  address: z.string(),
  kecamatanName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  socialLinks: z.array(socialLink),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;
export const directoryResponse = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  today: z.string(),
  items: z.array(directoryEntry),
});
