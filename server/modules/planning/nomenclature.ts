/**
 * Reading the SIPD nomenclature reference list: the names above a code, and search. Regions
 * may use codes the list does not know (a sub-kegiatan row carries its own name), so every
 * lookup answers null for a level it cannot name rather than failing.
 */
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { parseSipdCode, sipdPathCodes, type SipdLevel } from '../../../domain/planning/sipd-code.js';
import type { Db } from '../../db/connection.js';
import { nomenclature } from '../../db/schema-planning.js';
import { containsPattern } from '../../lib/pagination.js';

export interface NamedCode {
  code: string;
  name: string;
}

export interface NomenclaturePath {
  urusan: NamedCode | null;
  bidang: NamedCode | null;
  program: NamedCode | null;
  kegiatan: NamedCode | null;
  subKegiatan: NamedCode | null;
}

const EMPTY_PATH: NomenclaturePath = {
  urusan: null,
  bidang: null,
  program: null,
  kegiatan: null,
  subKegiatan: null,
};

/**
 * The reference names of `code` and each level above it (the two-digit government level is
 * accepted). A level the list does not know, or below the code's own level, is null; an invalid
 * code gives all nulls.
 */
export async function nomenclaturePath(db: Db, code: string): Promise<NomenclaturePath> {
  const codes = sipdPathCodes(code);
  if (!codes) return { ...EMPTY_PATH };
  const wanted = Object.values(codes).filter((c): c is string => c !== null);
  const rows = await db
    .select({ code: nomenclature.code, name: nomenclature.name })
    .from(nomenclature)
    .where(inArray(nomenclature.code, wanted));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const at = (c: string | null): NamedCode | null => {
    const name = c === null ? undefined : names.get(c);
    return c !== null && name !== undefined ? { code: c, name } : null;
  };
  return {
    urusan: at(codes.urusan),
    bidang: at(codes.bidang),
    program: at(codes.program),
    kegiatan: at(codes.kegiatan),
    subKegiatan: at(codes.sub_kegiatan),
  };
}

/** Names of many codes at once (list pages): code -> name, for the codes the list knows. */
export async function nomenclatureNames(db: Db, codes: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ code: nomenclature.code, name: nomenclature.name })
    .from(nomenclature)
    .where(inArray(nomenclature.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface NomenclatureSearch {
  q?: string;
  level?: SipdLevel;
  parent?: string;
  limit: number;
}

/**
 * Search by code prefix or by words of the name. A query that is a code (or the start of one,
 * `2.08.02`) matches codes below it; otherwise every word must appear in the name.
 */
export async function searchNomenclature(db: Db, search: NomenclatureSearch) {
  const where: SQL[] = [];
  if (search.level) where.push(eq(nomenclature.level, search.level));
  if (search.parent) {
    const parent = parseSipdCode(search.parent);
    where.push(eq(nomenclature.parentCode, parent.ok ? parent.value.code : search.parent));
  }
  const q = search.q?.trim() ?? '';
  if (/^[\d.]+$/.test(q)) {
    // The two-digit government level of an export is looked up in its one-digit form.
    const normal = parseSipdCode(q);
    const prefix = normal.ok ? normal.value.code : q;
    where.push(or(eq(nomenclature.code, prefix), sql`${nomenclature.code} like ${prefix + '.%'}`)!);
  } else if (q) {
    for (const word of q.split(/\s+/).slice(0, 8)) {
      where.push(ilike(nomenclature.name, containsPattern(word)));
    }
  }
  return db
    .select({
      code: nomenclature.code,
      level: nomenclature.level,
      parentCode: nomenclature.parentCode,
      name: nomenclature.name,
      performance: nomenclature.performance,
      indicator: nomenclature.indicator,
      unit: nomenclature.unit,
      source: nomenclature.source,
    })
    .from(nomenclature)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(nomenclature.code))
    .limit(search.limit);
}
