import { z } from 'zod';

export const letterheadBody = z.strictObject({
  governmentName: z.string().trim().min(1).max(200),
  address: z.string().trim().max(300).default(''),
  contact: z.string().trim().max(200).default(''),
  place: z.string().trim().min(1).max(80),
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
  name: z.string().trim().min(1).max(150),
  nip: nip.default(''),
  position: z.string().trim().max(200).default(''),
  rank: z.string().trim().max(120).default(''),
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
