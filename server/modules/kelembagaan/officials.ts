/**
 * Officials by echelon and sex for a year (issue 11: "share of women among officials by
 * echelon, entered or imported per year"): for the whole region or per OPD. Entered in a form
 * (one scope's rows replaced at once) or imported from CSV/XLSX through server/lib/import
 * (columns tahun, opd — optional, eselon, perempuan, laki_laki); an import with any bad row
 * stores nothing and names each row and column.
 */
import { rm } from 'node:fs/promises';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { canManageKelembagaan } from '../../../domain/kelembagaan/access.js';
import {
  ECHELONS,
  KELEMBAGAAN_LIMITS,
  parseEchelon,
  type Echelon,
} from '../../../domain/kelembagaan/constants.js';
import type { officialsBody } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { officialCounts } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Invalid, type FieldErrors } from '../../lib/errors.js';
import { receiveUpload } from '../../lib/file-store/receive.js';
import { cellDecimal, ImportFileError, openTabularFile } from '../../lib/import/index.js';
import { assertOpdsOfRegion, manageable, readable } from './access.js';

type Body = z.infer<typeof officialsBody>;

export async function officialRows(db: Db, regionCode: string, year: number) {
  return db
    .select({
      opdId: officialCounts.opdId,
      opdName: opd.name,
      echelon: officialCounts.echelon,
      women: officialCounts.women,
      men: officialCounts.men,
    })
    .from(officialCounts)
    .leftJoin(opd, and(eq(opd.regionCode, officialCounts.regionCode), eq(opd.id, officialCounts.opdId)))
    .where(and(eq(officialCounts.regionCode, regionCode), eq(officialCounts.year, year)))
    .orderBy(asc(opd.name), asc(officialCounts.echelon));
}

export async function getOfficials(db: Db, actor: Actor | null, regionCode: string, year: number) {
  const a = await readable(db, actor, regionCode);
  const rows = await officialRows(db, regionCode, year);
  rows.sort(
    (x, y) =>
      (x.opdName ?? '').localeCompare(y.opdName ?? '') ||
      ECHELONS.indexOf(x.echelon) - ECHELONS.indexOf(y.echelon),
  );
  return { year, rows, canManage: canManageKelembagaan(a, regionCode) };
}

/** Replaces the rows of one scope (the region or one OPD) for a year, in `tx`. */
async function replaceScope(tx: Db, a: Actor, regionCode: string, body: Body, isDemo: boolean) {
  const scope = and(
    eq(officialCounts.regionCode, regionCode),
    eq(officialCounts.year, body.year),
    body.opdId ? eq(officialCounts.opdId, body.opdId) : isNull(officialCounts.opdId),
  );
  const before = await tx
    .select({ echelon: officialCounts.echelon, women: officialCounts.women, men: officialCounts.men })
    .from(officialCounts)
    .where(scope);
  await tx.delete(officialCounts).where(scope);
  if (body.rows.length)
    await tx.insert(officialCounts).values(
      body.rows.map((r) => ({
        regionCode,
        year: body.year,
        opdId: body.opdId,
        echelon: r.echelon,
        women: r.women,
        men: r.men,
        isDemo,
        updatedBy: a.userId,
      })),
    );
  await recordAudit(tx, subjectOf(a), {
    action: before.length ? 'update' : 'create',
    entity: 'official_counts',
    entityId: `${regionCode}/${body.year}/${body.opdId ?? 'wilayah'}`,
    regionCode,
    before: before.length ? { rows: before } : null,
    after: { year: body.year, opdId: body.opdId, rows: body.rows },
  });
}

function duplicateEchelons(rows: readonly { echelon: Echelon }[]): FieldErrors {
  const problems: FieldErrors = {};
  const seen = new Set<Echelon>();
  rows.forEach((r, i) => {
    if (seen.has(r.echelon)) problems[`rows.${i}.echelon`] = 'kelembagaan_counts_duplicate';
    seen.add(r.echelon);
  });
  return problems;
}

export async function putOfficials(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  body: Body,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  const problems = duplicateEchelons(body.rows);
  if (Object.keys(problems).length) throw new Invalid(problems);
  await assertOpdsOfRegion(db, regionCode, { opdId: body.opdId });
  await db.transaction((tx) => replaceScope(tx, a, regionCode, body, options.isDemo ?? false));
  return getOfficials(db, a, regionCode, body.year);
}

// ---------------------------------------------------------------------------------------------
// Import

const COLUMNS = {
  year: ['tahun', 'year'],
  opd: ['opd', 'perangkat daerah', 'unit kerja'],
  echelon: ['eselon', 'echelon', 'jenjang jabatan', 'jabatan'],
  women: ['perempuan', 'p', 'women', 'female'],
  men: ['laki-laki', 'laki_laki', 'laki laki', 'l', 'men', 'male'],
} as const;

function headerIndex(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/** A cell problem of an import: the 422 carries one field per problem, "row 5, kolom eselon". */
export interface ImportProblem {
  row: number;
  column: string;
  problem: string;
}

export async function importOfficials(
  deps: { db: Db; scratchDir: string; maxMb: number },
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
) {
  const { db } = deps;
  const a = await manageable(db, actor, regionCode);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'kelembagaan_import_empty',
    tooLarge: (mb) =>
      new AppError(
        413,
        'payload_too_large',
        'kelembagaan_file_too_large',
        { file: 'kelembagaan_file_too_large' },
        { mb },
      ),
    prefix: '.officials-',
  });
  try {
    let opened;
    try {
      opened = await openTabularFile(file.tempPath, file.fileName, {
        limits: { maxColumns: 20, maxCellLength: 300, maxRows: 5000 },
      });
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new Invalid({ file: 'kelembagaan_import_format' }, 'kelembagaan_import_format');
      throw error;
    }
    const header = opened.header.cells.map((c) => c.trim().toLowerCase());
    const idx = {
      year: headerIndex(header, COLUMNS.year),
      opd: headerIndex(header, COLUMNS.opd),
      echelon: headerIndex(header, COLUMNS.echelon),
      women: headerIndex(header, COLUMNS.women),
      men: headerIndex(header, COLUMNS.men),
    };
    const missing = (['year', 'echelon', 'women', 'men'] as const).filter((k) => idx[k] < 0);
    if (missing.length) {
      await opened.close();
      throw new Invalid(
        Object.fromEntries(
          missing.map((k) => [`columns.${COLUMNS[k][0]}`, 'kelembagaan_import_column_missing']),
        ),
        'kelembagaan_import_column_missing',
        { column: COLUMNS[missing[0]!][0] },
      );
    }
    const opds = await db
      .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
      .from(opd)
      .where(eq(opd.regionCode, regionCode));
    const opdByName = new Map<string, string>();
    for (const o of opds) {
      opdByName.set(o.name.trim().toLowerCase(), o.id);
      opdByName.set(o.shortName.trim().toLowerCase(), o.id);
    }
    const problems: FieldErrors = {};
    const scopes = new Map<string, Body>();
    const seen = new Set<string>();
    let count = 0;
    const bad = (row: number, column: string, key: FieldErrors[string]) => {
      problems[`rows.${row}.${column}`] = key;
    };
    for await (const row of opened.rows) {
      const cell = (i: number) => (i < 0 ? '' : (row.cells[i] ?? '').trim());
      if (row.cells.every((c) => c.trim() === '')) continue;
      const n = row.rowNumber;
      for (const issue of row.issues)
        problems[`rows.${n}.column${issue.column}`] = 'kelembagaan_count_invalid';
      const intOf = (i: number) => {
        const parsed = cellDecimal(row, i);
        if (!parsed.ok) return null;
        const v = Number(parsed.value);
        return Number.isInteger(v) ? v : null;
      };
      const year = intOf(idx.year);
      if (year === null || year < KELEMBAGAAN_LIMITS.minYear || year > KELEMBAGAAN_LIMITS.maxYear)
        bad(n, COLUMNS.year[0], 'kelembagaan_year_invalid');
      const echelon = parseEchelon(cell(idx.echelon));
      if (!echelon) bad(n, COLUMNS.echelon[0], 'kelembagaan_echelon_unknown');
      const opdText = cell(idx.opd);
      const opdId = opdText === '' ? null : (opdByName.get(opdText.toLowerCase()) ?? undefined);
      if (opdId === undefined) bad(n, COLUMNS.opd[0], 'kelembagaan_import_opd_unknown');
      const women = intOf(idx.women);
      const men = intOf(idx.men);
      if (women === null || women < 0 || women > KELEMBAGAAN_LIMITS.maxCount)
        bad(n, COLUMNS.women[0], 'kelembagaan_count_invalid');
      if (men === null || men < 0 || men > KELEMBAGAAN_LIMITS.maxCount)
        bad(n, COLUMNS.men[0], 'kelembagaan_count_invalid');
      if (year === null || !echelon || opdId === undefined || women === null || men === null) continue;
      const key = `${year}/${opdId ?? ''}`;
      if (seen.has(`${key}/${echelon}`)) {
        bad(n, COLUMNS.echelon[0], 'kelembagaan_counts_duplicate');
        continue;
      }
      seen.add(`${key}/${echelon}`);
      const scope = scopes.get(key) ?? { year, opdId, rows: [] };
      scope.rows.push({ echelon, women, men });
      scopes.set(key, scope);
      count += 1;
    }
    const problemCount = Object.keys(problems).length;
    if (problemCount) throw new Invalid(problems, 'kelembagaan_import_invalid', { count: problemCount });
    if (!count) throw new Invalid({ file: 'kelembagaan_import_empty' }, 'kelembagaan_import_empty');
    await db.transaction(async (tx) => {
      for (const body of scopes.values()) await replaceScope(tx, a, regionCode, body, false);
    });
    const years = [...new Set([...scopes.values()].map((s) => s.year))].sort();
    return { year: years[years.length - 1]!, rows: count };
  } finally {
    await rm(file.tempPath, { force: true });
  }
}
