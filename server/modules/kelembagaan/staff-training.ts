/**
 * Staff (ASN) and those of them trained in PUG/PPRG for a year (issue 11: "share of staff trained
 * in PPRG/PUG"): for the whole region or per OPD, built like the officials by echelon
 * (./officials.ts). Entered in a form (one scope's counts replaced at once) or imported from
 * CSV/XLSX (columns tahun, opd — optional, jumlah_asn, terlatih; read by ./yearly-import.ts); an
 * import with any bad row stores nothing and names each row and column.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { canManageKelembagaan } from '../../../domain/kelembagaan/access.js';
import type { staffTrainingBody } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { staffTrainingCounts } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { assertOpdsOfRegion, manageable, readable } from './access.js';
import { latestYear, readYearlyImport, type YearlyImportDeps } from './yearly-import.js';

type Body = z.infer<typeof staffTrainingBody>;

export async function getStaffTraining(db: Db, actor: Actor | null, regionCode: string, year: number) {
  const a = await readable(db, actor, regionCode);
  const rows = await db
    .select({
      opdId: staffTrainingCounts.opdId,
      opdName: opd.name,
      staff: staffTrainingCounts.staff,
      trained: staffTrainingCounts.trained,
    })
    .from(staffTrainingCounts)
    .leftJoin(
      opd,
      and(eq(opd.regionCode, staffTrainingCounts.regionCode), eq(opd.id, staffTrainingCounts.opdId)),
    )
    .where(and(eq(staffTrainingCounts.regionCode, regionCode), eq(staffTrainingCounts.year, year)))
    // The region's row (no OPD) first, then the OPDs by name.
    .orderBy(asc(opd.name));
  rows.sort((x, y) => Number(x.opdId !== null) - Number(y.opdId !== null));
  return { year, rows, canManage: canManageKelembagaan(a, regionCode) };
}

/** Both counts or neither (which clears the scope), and no more trained than staff. */
function countProblems(body: Pick<Body, 'staff' | 'trained'>): FieldErrors {
  if (body.staff === null && body.trained !== null) return { staff: 'kelembagaan_staff_incomplete' };
  if (body.trained === null && body.staff !== null) return { trained: 'kelembagaan_staff_incomplete' };
  if (body.staff !== null && body.trained !== null && body.trained > body.staff)
    return { trained: 'kelembagaan_trained_over_staff' };
  return {};
}

/** Replaces the counts of one scope (the region or one OPD) for a year, in `tx`. */
async function replaceScope(tx: Db, a: Actor, regionCode: string, body: Body, isDemo: boolean) {
  const scope = and(
    eq(staffTrainingCounts.regionCode, regionCode),
    eq(staffTrainingCounts.year, body.year),
    body.opdId ? eq(staffTrainingCounts.opdId, body.opdId) : isNull(staffTrainingCounts.opdId),
  );
  const [before] = await tx
    .select({ staff: staffTrainingCounts.staff, trained: staffTrainingCounts.trained })
    .from(staffTrainingCounts)
    .where(scope);
  await tx.delete(staffTrainingCounts).where(scope);
  if (body.staff !== null && body.trained !== null)
    await tx.insert(staffTrainingCounts).values({
      regionCode,
      year: body.year,
      opdId: body.opdId,
      staff: body.staff,
      trained: body.trained,
      isDemo,
      updatedBy: a.userId,
    });
  await recordAudit(tx, subjectOf(a), {
    action: before ? (body.staff === null ? 'delete' : 'update') : 'create',
    entity: 'staff_training_counts',
    entityId: `${regionCode}/${body.year}/${body.opdId ?? 'wilayah'}`,
    regionCode,
    before: before ?? null,
    after: body.staff === null ? null : body,
  });
}

export async function putStaffTraining(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  body: Body,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  const problems = countProblems(body);
  if (Object.keys(problems).length) throw new Invalid(problems);
  await assertOpdsOfRegion(db, regionCode, { opdId: body.opdId });
  await db.transaction((tx) => replaceScope(tx, a, regionCode, body, options.isDemo ?? false));
  return getStaffTraining(db, a, regionCode, body.year);
}

const COLUMNS = {
  jumlah_asn: ['jumlah_asn', 'jumlah asn', 'asn', 'jumlah pegawai', 'pegawai', 'staff'],
  terlatih: ['terlatih', 'terlatih pug/pprg', 'terlatih_pug_pprg', 'asn terlatih', 'trained'],
} as const;

export async function importStaffTraining(
  deps: YearlyImportDeps,
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
) {
  const a = await manageable(deps.db, actor, regionCode);
  const scopes = new Map<string, Body>();
  await readYearlyImport(deps, regionCode, request, {
    prefix: '.staff-training-',
    columns: COLUMNS,
    row: (row) => {
      const staff = row.count('jumlah_asn');
      const trained = row.count('terlatih');
      if (staff !== null && trained !== null && trained > staff)
        row.bad('terlatih', 'kelembagaan_trained_over_staff');
      const { year, opdId } = row;
      if (year === null || opdId === undefined || staff === null || trained === null || trained > staff)
        return false;
      const key = `${year}/${opdId ?? ''}`;
      if (scopes.has(key)) {
        row.bad('opd', 'kelembagaan_staff_duplicate');
        return false;
      }
      scopes.set(key, { year, opdId, staff, trained });
      return true;
    },
  });
  await deps.db.transaction(async (tx) => {
    for (const body of scopes.values()) await replaceScope(tx, a, regionCode, body, false);
  });
  return { year: latestYear(scopes.values()), rows: scopes.size };
}
