/** The Profil Gender publication's download (server/modules/profil). */
import { z } from 'zod';
import { regionCode } from './regions.js';

export const profilQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).describe('The year of the publication, e.g. 2024'),
  format: z.enum(['pdf', 'xlsx']).default('pdf'),
  status: z
    .enum(['all', 'verified'])
    .default('all')
    .describe('verified: only verified values (the official edition); all: drafts and submitted too'),
});

export type ProfilQuery = z.infer<typeof profilQuery>;

/** A Profil Gender edition a region published on the open-data portal (docs/portal.md). */
export const profilPublication = z.object({
  year: z.number().int(),
  publishedAt: z.string().describe('When it was published (ISO 8601)'),
  publishedBy: z.string().nullable().describe('Who published it (the account name), if it still exists'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the PDF, hex'),
  /** Where the public downloads it, e.g. /api/public/regions/72.71/profil-gender/2023. */
  publicPath: z.string(),
});

export const profilPublicationsResponse = z.object({ publications: z.array(profilPublication) });

export const profilPublicationParams = z.object({
  code: regionCode,
  year: z.coerce.number().int().min(1990).max(2100).describe('The year of the edition, e.g. 2024'),
});

export type ProfilPublication = z.infer<typeof profilPublication>;
