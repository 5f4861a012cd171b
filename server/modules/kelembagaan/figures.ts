/**
 * The figures of a region's PUG institutions for a year (domain/kelembagaan/figures.ts counts):
 * the current Pokja SK, OPDs with a focal-point SK, focal points trained in PUG/PPRG, staff
 * trained in PUG/PPRG with the year's Bimtek certificates beside it, women among officials by
 * echelon — for the region and per active OPD. `kelembagaanFigures` does no
 * permission check, so other modules (the annual report, dashboards) call it after their own.
 */
import { and, count, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import {
  figuresPerOpd,
  focalPointCoverage,
  regionOfficialRows,
  staffTrainingFigure,
  trainingFigures,
  womenAmongOfficials,
} from '../../../domain/kelembagaan/figures.js';
import type { KelembagaanFigures } from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import {
  focalPoints,
  officialCounts,
  pokjaDecrees,
  pokjaMembers,
  pugPartners,
  pugPeople,
  pugTeams,
  staffTrainingCounts,
} from '../../db/schema-kelembagaan.js';
import { trainingCertificates } from '../../db/schema-training.js';
import type { Actor } from '../../lib/actor.js';
import { readable } from './access.js';

export async function kelembagaanFigures(
  db: Db,
  regionCode: string,
  year: number,
): Promise<KelembagaanFigures> {
  const [opds, fps, officials, staff, certificates, [decree], [partners], [teams]] = await Promise.all([
    db
      .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
      .from(opd)
      .where(and(eq(opd.regionCode, regionCode), eq(opd.active, true)))
      .orderBy(opd.name),
    db
      .select({
        opdId: focalPoints.opdId,
        skNumber: focalPoints.skNumber,
        trainingStatus: focalPoints.trainingStatus,
        endedOn: focalPoints.endedOn,
      })
      .from(focalPoints)
      .where(eq(focalPoints.regionCode, regionCode)),
    db
      .select({
        opdId: officialCounts.opdId,
        echelon: officialCounts.echelon,
        women: officialCounts.women,
        men: officialCounts.men,
      })
      .from(officialCounts)
      .where(and(eq(officialCounts.regionCode, regionCode), eq(officialCounts.year, year))),
    db
      .select({
        opdId: staffTrainingCounts.opdId,
        staff: staffTrainingCounts.staff,
        trained: staffTrainingCounts.trained,
      })
      .from(staffTrainingCounts)
      .where(and(eq(staffTrainingCounts.regionCode, regionCode), eq(staffTrainingCounts.year, year))),
    // Certificates carry the institution as printed, not an OPD id: counted per printed name.
    db
      .select({ institution: sql<string>`lower(trim(${trainingCertificates.institution}))`, n: count() })
      .from(trainingCertificates)
      .where(
        and(
          eq(trainingCertificates.regionCode, regionCode),
          eq(trainingCertificates.year, year),
          isNull(trainingCertificates.revokedAt),
        ),
      )
      .groupBy(sql`1`),
    // The SK in force during the year: the latest whose validity overlaps it.
    db
      .select()
      .from(pokjaDecrees)
      .where(
        and(
          eq(pokjaDecrees.regionCode, regionCode),
          lte(pokjaDecrees.validFrom, `${year}-12-31`),
          or(isNull(pokjaDecrees.validTo), gte(pokjaDecrees.validTo, `${year}-01-01`)),
        ),
      )
      .orderBy(desc(pokjaDecrees.validFrom), desc(pokjaDecrees.createdAt))
      .limit(1),
    db.select({ n: count() }).from(pugPartners).where(eq(pugPartners.regionCode, regionCode)),
    db.select({ n: count() }).from(pugTeams).where(eq(pugTeams.regionCode, regionCode)),
  ]);
  // A focal point counts in the figures of a year when it was not closed before the year began.
  const facts = fps.map((f) => ({
    opdId: f.opdId,
    skNumber: f.skNumber,
    trainingStatus: f.trainingStatus,
    ended: f.endedOn !== null && f.endedOn < `${year}-01-01`,
  }));
  let pokja: KelembagaanFigures['pokja'] = null;
  if (decree) {
    const members = await db
      .select({ sex: pugPeople.sex, role: pokjaMembers.role })
      .from(pokjaMembers)
      .innerJoin(
        pugPeople,
        and(eq(pugPeople.regionCode, pokjaMembers.regionCode), eq(pugPeople.id, pokjaMembers.personId)),
      )
      .where(and(eq(pokjaMembers.regionCode, regionCode), eq(pokjaMembers.decreeId, decree.id)));
    const counted = members.filter((m) => m.role !== 'undangan');
    pokja = {
      skNumber: decree.skNumber,
      skDate: decree.skDate,
      validFrom: decree.validFrom,
      validTo: decree.validTo,
      members: counted.length,
      women: counted.filter((m) => m.sex === 'P').length,
      men: counted.filter((m) => m.sex === 'L').length,
    };
  }
  const certificatesBy = new Map(certificates.map((c) => [c.institution, c.n]));
  // An OPD's certificates: those printed with its name or its short name.
  const certificatesOf = (o: { name: string; shortName: string }) =>
    [...new Set([o.name, o.shortName].map((n) => n.trim().toLowerCase()).filter((n) => n !== ''))].reduce(
      (n, key) => n + (certificatesBy.get(key) ?? 0),
      0,
    );
  const activeIds = opds.map((o) => o.id);
  const perOpd = figuresPerOpd(activeIds, facts);
  return {
    regionCode,
    year,
    pokja,
    focalPoints: focalPointCoverage(activeIds, facts),
    training: trainingFigures(facts.filter((f) => activeIds.includes(f.opdId))),
    staffTraining: staffTrainingFigure(staff, null),
    certificates: certificates.reduce((n, c) => n + c.n, 0),
    officials: womenAmongOfficials(regionOfficialRows(officials)),
    perOpd: perOpd.map((p, i) => ({
      ...p,
      opdName: opds[i]!.name,
      staffTraining: staffTrainingFigure(staff, p.opdId),
      certificates: certificatesOf(opds[i]!),
      officials: womenAmongOfficials(officials.filter((o) => o.opdId === p.opdId)),
    })),
    partners: partners?.n ?? 0,
    teams: teams?.n ?? 0,
  };
}

export async function getFigures(db: Db, actor: Actor | null, regionCode: string, year: number) {
  await readable(db, actor, regionCode);
  return kelembagaanFigures(db, regionCode, year);
}
