/**
 * Officials by echelon and sex for a year (issue 11: "share of women among officials by
 * echelon, entered or imported per year"): for the whole region or per OPD. Entered in a form
 * (one scope's rows replaced at once) or imported from CSV/XLSX through server/lib/import
 * (columns tahun, opd — optional, eselon, perempuan, laki_laki; read by ./yearly-import.ts); an
 * import with any bad row stores nothing and names each row and column.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { canManageKelembagaan } from '../../../domain/kelembagaan/access.js';
import { ECHELONS, parseEchelon, type Echelon } from '../../../domain/kelembagaan/constants.js';
import type { officialsBody } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { officialCounts } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { assertOpdsOfRegion, manageable, readable } from './access.js';
import { latestYear, readYearlyImport, type YearlyImportDeps } from './yearly-import.js';

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
  eselon: ['eselon', 'echelon', 'jenjang jabatan', 'jabatan'],
  perempuan: ['perempuan', 'p', 'women', 'female'],
  laki_laki: ['laki_laki', 'laki-laki', 'laki laki', 'l', 'men', 'male'],
} as const;

export async function importOfficials(
  deps: YearlyImportDeps,
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
) {
  const a = await manageable(deps.db, actor, regionCode);
  const scopes = new Map<string, Body>();
  const seen = new Set<string>();
  let count = 0;
  await readYearlyImport(deps, regionCode, request, {
    prefix: '.officials-',
    columns: COLUMNS,
    row: (row) => {
      const echelon = parseEchelon(row.cell('eselon'));
      if (!echelon) row.bad('eselon', 'kelembagaan_echelon_unknown');
      const women = row.count('perempuan');
      const men = row.count('laki_laki');
      const { year, opdId } = row;
      if (year === null || !echelon || opdId === undefined || women === null || men === null) return false;
      const key = `${year}/${opdId ?? ''}`;
      if (seen.has(`${key}/${echelon}`)) {
        row.bad('eselon', 'kelembagaan_counts_duplicate');
        return false;
      }
      seen.add(`${key}/${echelon}`);
      const scope = scopes.get(key) ?? { year, opdId, rows: [] };
      scope.rows.push({ echelon, women, men });
      scopes.set(key, scope);
      count += 1;
      return true;
    },
  });
  await deps.db.transaction(async (tx) => {
    for (const body of scopes.values()) await replaceScope(tx, a, regionCode, body, false);
  });
  return { year: latestYear(scopes.values()), rows: count };
}
