/**
 * Loads the shipped SIPD nomenclature (nomenclature-data.ts, nomenclature-activities.ts) into
 * `nomenclature`. Upserts only: a row a later list drops stays, because sub-kegiatan lines may
 * still carry its code (there is deliberately no foreign key from them).
 */
import { sql } from 'drizzle-orm';
import { parseSipdCode, type SipdLevel } from '../../../domain/planning/sipd-code.js';
import type { Db } from '../connection.js';
import { nomenclature } from '../schema-planning.js';
import { KEGIATAN, SUB_KEGIATAN, SUPPORT_KEGIATAN, SUPPORT_SUB_KEGIATAN } from './nomenclature-activities.js';
import { BIDANG, NOMENCLATURE_SOURCE, PROGRAMS, SUPPORT_PROGRAM, URUSAN } from './nomenclature-data.js';

export interface NomenclatureRow {
  code: string;
  level: SipdLevel;
  parentCode: string | null;
  name: string;
  source: string;
}

function row(code: string, name: string): NomenclatureRow {
  const parsed = parseSipdCode(code);
  // A typo in the shipped list must fail the build's tests, not load a broken row.
  if (!parsed.ok || parsed.value.code !== code) throw new Error(`bad nomenclature code ${code}`);
  return {
    code,
    level: parsed.value.level,
    parentCode: parsed.value.parentCode,
    name,
    source: NOMENCLATURE_SOURCE,
  };
}

/** Every shipped row, parents before children, each code once. */
export function officialNomenclature(): NomenclatureRow[] {
  const rows: NomenclatureRow[] = [];
  for (const [code, name] of URUSAN) rows.push(row(code, name));
  for (const [bidang, name] of BIDANG) {
    rows.push(row(bidang, name));
    const support = `${bidang}.01`;
    rows.push(row(support, SUPPORT_PROGRAM));
    for (const [k, kname] of SUPPORT_KEGIATAN) rows.push(row(`${support}.${k}`, kname));
    for (const [s, sname] of SUPPORT_SUB_KEGIATAN) rows.push(row(`${support}.${s}`, sname));
    for (const [p, pname] of PROGRAMS[bidang] ?? []) rows.push(row(`${bidang}.${p}`, pname));
  }
  for (const [code, name] of KEGIATAN) rows.push(row(code, name));
  for (const [code, name] of SUB_KEGIATAN) rows.push(row(code, name));
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new Error(`duplicate nomenclature code ${r.code}`);
    seen.add(r.code);
  }
  return rows;
}

const CHUNK = 500;

export async function loadNomenclature(db: Db): Promise<number> {
  const rows = officialNomenclature();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(nomenclature)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: nomenclature.code,
        set: {
          level: sql`excluded.level`,
          parentCode: sql`excluded.parent_code`,
          name: sql`excluded.name`,
          source: sql`excluded.source`,
        },
      });
  }
  return rows.length;
}
