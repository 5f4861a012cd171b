/** The Profil Gender publication's download (server/modules/profil). */
import { z } from 'zod';

export const profilQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).describe('The year of the publication, e.g. 2024'),
  format: z.enum(['pdf', 'xlsx']).default('pdf'),
  status: z
    .enum(['all', 'verified'])
    .default('all')
    .describe('verified: only verified values (the official edition); all: drafts and submitted too'),
});

export type ProfilQuery = z.infer<typeof profilQuery>;
