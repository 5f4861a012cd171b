/**
 * Loads the official region list (38 provinces, 514 kabupaten/kota) from CSVs taken from the
 * `idn-area-data` package 4.0.1 (data under the ODbL, see NOTICE), kept in ./regions-data/: that
 * package declares Node >= 22 and would make `npm install` warn on the Node 20 Setara supports.
 * Idempotent: names are refreshed when the files bring a correction; nothing is deleted, since
 * data points at regions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../connection.js';
import { regions } from '../schema.js';

type RegionRow = typeof regions.$inferInsert;

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions-data');

/** The CSVs are plain (no quoted fields): a header line, then `code,...,name`. */
function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(dataDir, file), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => line.split(','));
}

export function officialRegions(): RegionRow[] {
  const rows: RegionRow[] = [{ code: NATIONAL_CODE, name: 'Indonesia', level: 'nasional', parentCode: null }];
  for (const [code, name] of readCsv('provinces.csv')) {
    rows.push({ code, name, level: 'provinsi', parentCode: NATIONAL_CODE });
  }
  for (const [code, provinceCode, name] of readCsv('regencies.csv')) {
    rows.push({ code, name, level: 'kabkota', parentCode: provinceCode });
  }
  return rows;
}

/** The 7,285 kecamatan (districts), the members of the `kecamatan` dimension. */
export function officialDistricts(): { code: string; regencyCode: string; name: string }[] {
  return readCsv('districts.csv').map(([code, regencyCode, name]) => ({ code, regencyCode, name }));
}

export async function loadRegions(db: Db): Promise<void> {
  const rows = officialRegions();
  // Parents first (the list is ordered national, provinces, kab/kota) so the FK holds.
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insert(regions)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name` } });
  }
}
