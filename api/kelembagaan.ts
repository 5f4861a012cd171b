/**
 * The kelembagaan API (server/modules/kelembagaan, docs/api-kelembagaan.md): a region's PUG
 * institutions — the people registry, the Pokja PUG and its decrees (SK), focal points per OPD,
 * Tim Driver / Tim Teknis PPRG, partners, officials by echelon — and the figures derived from
 * them. Rules live in domain/kelembagaan/; these schemas refuse malformed input and name the field.
 */
import { z } from 'zod';
import { SEXES } from '../domain/indicators.js';
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
  roles: z.array(z.object({ kind: z.string(), label: z.string(), current: z.boolean() })),
});
