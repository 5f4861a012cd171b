/**
 * The kelembagaan API (server/modules/kelembagaan, docs/api-kelembagaan.md): a region's PUG
 * institutions — the people registry, the Pokja PUG and its decrees (SK), focal points per OPD,
 * Tim Driver / Tim Teknis PPRG, partners, officials by echelon — and the figures derived from
 * them. Rules live in domain/kelembagaan/; these schemas refuse malformed input and name the field.
 */
import { z } from 'zod';
import { SEXES } from '../domain/indicators.js';
import {
  ECHELONS,
  KELEMBAGAAN_LIMITS,
  PARTNER_KINDS,
  POKJA_ROLES,
  TEAM_KINDS,
  TEAM_ROLES,
  TRAINING_STATUSES,
} from '../domain/kelembagaan/constants.js';
import { userEmail } from './auth.js';
import { nameText, pageOf, paginationQuery, singleLineText } from './common.js';
import { regionCode } from './regions.js';

export const sexSchema = z.enum(SEXES);
export const regionParams = z.object({ code: regionCode });
export const personParams = z.object({ code: regionCode, personId: z.uuid() });

const required = { message: 'required' };
/** A person's name: one line, at most 200 characters, not empty. */
export const personName = nameText(200).pipe(z.string().min(1, required));
/** A civil servant's NIP: 18 digits (spaces allowed when typed). */
export const nip = z
  .string()
  .overwrite((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || /^\d{18}$/.test(v), { message: 'nip_format' });
export const phone = z
  .string()
  .trim()
  .max(30)
  .refine((v) => v === '' || /^\+?[\d\s().-]{6,30}$/.test(v), { message: 'phone_format' });

// ---------------------------------------------------------------------------------------------
// People

/** What describes a person wherever one is typed (member, focal point, contact). */
export const personInput = z.strictObject({
  fullName: personName,
  sex: sexSchema,
  nip: nip.nullable().optional(),
  position: singleLineText(200).optional(),
  opdId: z.uuid().nullable().optional(),
  institution: nameText(200).optional(),
  phone: phone.nullable().optional(),
  email: userEmail.nullable().optional(),
});
export type PersonInput = z.infer<typeof personInput>;

/** Editing a person: every field optional. */
export const updatePersonBody = personInput.partial();

export const listPeopleQuery = z.strictObject({
  q: nameText(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchPeopleQuery = z.strictObject({
  q: nameText(100).optional(),
  ...paginationQuery,
});

export const personPatchParams = personParams;
export const mergePeopleBody = z.strictObject({
  /** The row that stays; the other one (the path's person) is merged into it. */
  keepId: z.uuid(),
});

export const personSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  fullName: z.string(),
  sex: sexSchema,
  nip: z.string().nullable(),
  position: z.string(),
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  institution: z.string(),
  /** Null unless the caller manages the region's kelembagaan (personal data). */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isDemo: z.boolean(),
});
export type PersonDto = z.infer<typeof personSchema>;

export const peopleList = z.object({ items: z.array(personSchema) });
export const peoplePage = pageOf(personSchema);

/** Where a person appears: the roles that point at the row. */
export const personDetail = personSchema.extend({
  roles: z.array(
    z.object({
      kind: z.enum(['pokja', 'focal_point', 'team', 'partner']),
      /** The role code (pokja or team role), '' for focal points and partner contacts. */
      role: z.string(),
      /** What the role is in: the SK number, the OPD, the team's or the partner's name. */
      label: z.string(),
      current: z.boolean(),
    }),
  ),
  mergedCount: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A calendar date YYYY-MM-DD that exists (2025-02-30 does not). */
export const calendarDate = z.iso.date({ message: 'kelembagaan_date_invalid' });
const skNumber = singleLineText(200);
const notes = z
  .string()
  .max(4000)
  // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: 'text_control_char' });
const year = z.coerce.number().int().min(KELEMBAGAAN_LIMITS.minYear).max(KELEMBAGAAN_LIMITS.maxYear);

/** Someone named in a list: a registered person (`personId`) or a new one typed (`person`). */
const personRef = {
  personId: z.uuid().optional(),
  person: personInput.optional(),
};

export const decreeParams = z.object({ code: regionCode, decreeId: z.uuid() });
export const focalPointParams = z.object({ code: regionCode, focalPointId: z.uuid() });
export const teamParams = z.object({ code: regionCode, teamId: z.uuid() });
export const partnerParams = z.object({ code: regionCode, partnerId: z.uuid() });

export const fileInfo = z.object({ fileName: z.string(), bytes: z.number().int() }).nullable();

const memberPerson = z.object({
  id: z.string(),
  fullName: z.string(),
  sex: sexSchema,
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

// ---------------------------------------------------------------------------------------------
// Pokja PUG

export const pokjaRole = z.enum(POKJA_ROLES);
export const pokjaMemberInput = z.strictObject({
  ...personRef,
  role: pokjaRole,
  opdId: z.uuid().nullable().optional(),
  position: singleLineText(200).optional(),
});

export const decreeBody = z.strictObject({
  skNumber: skNumber.pipe(z.string().min(1, required)),
  skDate: calendarDate,
  signatory: nameText(200).optional(),
  validFrom: calendarDate,
  validTo: calendarDate.nullable().optional(),
  notes: notes.optional(),
  members: z.array(pokjaMemberInput).max(KELEMBAGAAN_LIMITS.membersPerDecree),
});
export type DecreeInput = z.infer<typeof decreeBody>;

export const pokjaMemberSchema = z.object({
  id: z.string(),
  role: pokjaRole,
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  position: z.string(),
  person: memberPerson,
});

export const decreeSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  skNumber: z.string(),
  skDate: z.string(),
  signatory: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  notes: z.string(),
  file: fileInfo,
  current: z.boolean(),
  replacedAt: z.string().nullable(),
  isDemo: z.boolean(),
  members: z.array(pokjaMemberSchema),
  counts: z.object({ women: z.number().int(), men: z.number().int() }),
});
export type DecreeDto = z.infer<typeof decreeSchema>;

export const pokjaOverview = z.object({
  current: decreeSchema.nullable(),
  history: z.array(decreeSchema.omit({ members: true })),
  canManage: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Focal points

export const trainingStatus = z.enum(TRAINING_STATUSES);
export const focalPointBody = z.strictObject({
  opdId: z.uuid(),
  ...personRef,
  position: singleLineText(200).optional(),
  skNumber: skNumber.optional(),
  skDate: calendarDate.nullable().optional(),
  trainingStatus,
  trainingYear: year.nullable().optional(),
});
export const updateFocalPointBody = z.strictObject({
  position: singleLineText(200).optional(),
  skNumber: skNumber.optional(),
  skDate: calendarDate.nullable().optional(),
  trainingStatus: trainingStatus.optional(),
  trainingYear: year.nullable().optional(),
  endedOn: calendarDate.nullable().optional(),
});
export const listFocalPointsQuery = z.strictObject({
  opdId: z.uuid().optional(),
  includeEnded: z.enum(['true', 'false']).default('false'),
});

export const focalPointSchema = z.object({
  id: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  person: memberPerson,
  position: z.string(),
  skNumber: z.string(),
  skDate: z.string().nullable(),
  file: fileInfo,
  trainingStatus,
  trainingYear: z.number().int().nullable(),
  endedOn: z.string().nullable(),
  isDemo: z.boolean(),
});
export type FocalPointDto = z.infer<typeof focalPointSchema>;
export const focalPointList = z.object({ items: z.array(focalPointSchema), canManage: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Teams

export const teamKind = z.enum(TEAM_KINDS);
export const teamRole = z.enum(TEAM_ROLES);
export const teamMemberInput = z.strictObject({
  ...personRef,
  role: teamRole.default('anggota'),
  opdId: z.uuid().nullable().optional(),
  position: singleLineText(200).optional(),
});
export const teamBody = z.strictObject({
  kind: teamKind,
  name: nameText(200).pipe(z.string().min(1, required)),
  skNumber: skNumber.optional(),
  skDate: calendarDate.nullable().optional(),
  notes: notes.optional(),
  members: z.array(teamMemberInput).max(KELEMBAGAAN_LIMITS.membersPerTeam),
});
export const teamSchema = z.object({
  id: z.string(),
  kind: teamKind,
  name: z.string(),
  skNumber: z.string(),
  skDate: z.string().nullable(),
  notes: z.string(),
  isDemo: z.boolean(),
  members: z.array(
    z.object({
      role: teamRole,
      opdId: z.string().nullable(),
      opdName: z.string().nullable(),
      position: z.string(),
      person: memberPerson,
    }),
  ),
});
export type TeamDto = z.infer<typeof teamSchema>;
export const teamList = z.object({ items: z.array(teamSchema), canManage: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Partners

export const partnerKind = z.enum(PARTNER_KINDS);
export const partnerContactInput = z.strictObject({
  ...personRef,
  position: singleLineText(200).optional(),
});
export const partnerBody = z.strictObject({
  kind: partnerKind,
  name: nameText(200).pipe(z.string().min(1, required)),
  address: singleLineText(500).optional(),
  notes: notes.optional(),
  contacts: z.array(partnerContactInput).max(KELEMBAGAAN_LIMITS.contactsPerPartner),
});
export const partnerSchema = z.object({
  id: z.string(),
  kind: partnerKind,
  name: z.string(),
  address: z.string(),
  notes: z.string(),
  isDemo: z.boolean(),
  contacts: z.array(z.object({ position: z.string(), person: memberPerson })),
});
export type PartnerDto = z.infer<typeof partnerSchema>;
export const partnerList = z.object({ items: z.array(partnerSchema), canManage: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Officials by echelon

export const echelonSchema = z.enum(ECHELONS);
const count = z.number().int().min(0).max(KELEMBAGAAN_LIMITS.maxCount);
export const officialsQuery = z.strictObject({ year });
export const officialsBody = z.strictObject({
  year,
  /** Null: the whole region; else one OPD. */
  opdId: z.uuid().nullable(),
  rows: z.array(z.strictObject({ echelon: echelonSchema, women: count, men: count })).max(ECHELONS.length),
});
export const officialRowSchema = z.object({
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  echelon: echelonSchema,
  women: z.number().int(),
  men: z.number().int(),
});
export const officialsSchema = z.object({
  year: z.number().int(),
  rows: z.array(officialRowSchema),
  canManage: z.boolean(),
});
export const officialsImportResult = z.object({ year: z.number().int(), rows: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Staff trained in PUG/PPRG

export const staffTrainingQuery = officialsQuery;
export const staffTrainingBody = z.strictObject({
  year,
  /** Null: the whole region; else one OPD. */
  opdId: z.uuid().nullable(),
  /** Both null clears the scope's counts of the year. */
  staff: count.nullable(),
  trained: count.nullable(),
});
export const staffTrainingRowSchema = z.object({
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  staff: z.number().int(),
  trained: z.number().int(),
});
export const staffTrainingSchema = z.object({
  year: z.number().int(),
  rows: z.array(staffTrainingRowSchema),
  canManage: z.boolean(),
});
export const staffTrainingImportResult = officialsImportResult;

// ---------------------------------------------------------------------------------------------
// Figures

const share = z.number().nullable();
export const trainingFiguresSchema = z.object({
  focalPoints: z.number().int(),
  trainedPug: z.number().int(),
  trainedPprg: z.number().int(),
  trainedAny: z.number().int(),
  sharePug: share,
  sharePprg: share,
  shareAny: share,
});
export const echelonFigureSchema = z.object({
  echelon: z.union([echelonSchema, z.literal('total')]),
  women: z.number().int(),
  men: z.number().int(),
  total: z.number().int(),
  womenShare: share,
});
/**
 * Staff (ASN) trained in PUG/PPRG from the entered counts (null when none for the scope), with
 * `certificates`: the valid Bimtek certificates issued in the region that year — for an OPD,
 * those whose printed institution is the OPD's name or short name — shown beside it as a hint.
 */
export const staffTrainingFigureSchema = z.object({
  staff: z.number().int(),
  trained: z.number().int(),
  share,
});
export const figuresQuery = z.strictObject({ year });
export const kelembagaanFiguresSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  pokja: z
    .object({
      skNumber: z.string(),
      skDate: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      members: z.number().int(),
      women: z.number().int(),
      men: z.number().int(),
    })
    .nullable(),
  focalPoints: z.object({ activeOpds: z.number().int(), opdsWithSk: z.number().int(), share }),
  training: trainingFiguresSchema,
  staffTraining: staffTrainingFigureSchema.nullable(),
  certificates: z.number().int(),
  officials: z.array(echelonFigureSchema),
  perOpd: z.array(
    z.object({
      opdId: z.string(),
      opdName: z.string(),
      hasFocalPointSk: z.boolean(),
      training: trainingFiguresSchema,
      staffTraining: staffTrainingFigureSchema.nullable(),
      certificates: z.number().int(),
      officials: z.array(echelonFigureSchema),
    }),
  ),
  partners: z.number().int(),
  teams: z.number().int(),
});
export type KelembagaanFigures = z.infer<typeof kelembagaanFiguresSchema>;
