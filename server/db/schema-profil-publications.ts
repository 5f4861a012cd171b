/**
 * The Profil Gender editions a region published on the open-data portal (issue 15): the
 * official edition (verified values only) of a year, laid out once when the region's DP3A
 * publishes it and kept in the file store, so the public downloads the very file the region
 * chose to publish rather than a rendering of whatever the data says today. One edition per
 * region and year: publishing again replaces it, withdrawing removes it.
 */
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions, users } from './schema.js';

export const profilPublications = pgTable(
  'profil_publications',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    /** The PDF in the file store (server/lib/file-store), under `profil-publications/…`. */
    fileKey: text('file_key').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the PDF, hex: its ETag, and a reader's check that a copy is the original. */
    sha256: text('sha256').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);
