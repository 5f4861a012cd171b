/** The region's letterhead and each OPD's signatory, printed on official documents (server/modules/letterhead). */
import { z } from 'zod';
import { nameText, singleLineText } from './common.js';

export const letterheadBody = z.strictObject({
  governmentName: nameText(200).min(1),
  address: z.string().trim().max(300).default(''),
  contact: singleLineText(200).default(''),
  place: nameText(80).min(1),
});

export const letterheadSchema = z.object({
  regionCode: z.string(),
  governmentName: z.string(),
  address: z.string(),
  contact: z.string(),
  place: z.string(),
  hasLogo: z.boolean(),
  /** Nothing saved yet: the answer is the default built from the region's name. */
  isDefault: z.boolean(),
  isDemo: z.boolean(),
  updatedAt: z.string().nullable(),
});

/** NIP (Nomor Induk Pegawai): 18 digits; people often type it in groups, so spaces go. */
const nip = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || /^\d{18}$/.test(v), { message: 'signatory_nip_format' });

export const signatoryBody = z.strictObject({
  name: nameText(150).min(1),
  nip: nip.default(''),
  position: nameText(200).default(''),
  rank: nameText(120).default(''),
});

export const signatorySchema = z.object({
  opdId: z.string(),
  regionCode: z.string(),
  name: z.string(),
  nip: z.string(),
  /** As printed above the signature; "Kepala <OPD>" when none was saved. */
  position: z.string(),
  rank: z.string(),
  isSet: z.boolean(),
  updatedAt: z.string().nullable(),
});

export type LetterheadInput = z.infer<typeof letterheadBody>;
export type SignatoryInput = z.infer<typeof signatoryBody>;
export type LetterheadDto = z.infer<typeof letterheadSchema>;
export type SignatoryDto = z.infer<typeof signatorySchema>;
