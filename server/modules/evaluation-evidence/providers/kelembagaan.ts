/**
 * Kelembagaan PUG evidence: the Pokja PUG decrees in force during the year with their members,
 * the focal points' decrees per OPD, the Tim Driver / Tim Teknis decrees, and the share of OPDs
 * with a focal-point SK and the share of staff (ASN) trained in PUG/PPRG as kelembagaanFigures
 * counts them (the annual report's same figures).
 */
import { and, count, desc, eq, gte, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { opd } from '../../../db/schema.js';
import {
  focalPoints,
  pokjaDecrees,
  pokjaMembers,
  pugPeople,
  pugTeams,
} from '../../../db/schema-kelembagaan.js';
import { count as countText, percent } from '../../annual-report/format.js';
import { kelembagaanFigures } from '../../kelembagaan/figures.js';
import {
  figureCandidate,
  isoDay,
  liveCandidate,
  webPath,
  yearBounds,
  providerOf,
  type EvidenceContext,
} from './provider.js';

async function pokjaDecreesOf({ db, regionCode, year }: EvidenceContext) {
  const { from, to } = yearBounds(year);
  const decrees = await db
    .select({
      id: pokjaDecrees.id,
      skNumber: pokjaDecrees.skNumber,
      skDate: pokjaDecrees.skDate,
      replacedBy: pokjaDecrees.replacedBy,
      members: count(pokjaMembers.id),
    })
    .from(pokjaDecrees)
    .leftJoin(
      pokjaMembers,
      and(
        eq(pokjaMembers.regionCode, pokjaDecrees.regionCode),
        eq(pokjaMembers.decreeId, pokjaDecrees.id),
        ne(pokjaMembers.role, 'undangan'),
      ),
    )
    .where(
      and(
        eq(pokjaDecrees.regionCode, regionCode),
        lte(pokjaDecrees.validFrom, to),
        or(isNull(pokjaDecrees.validTo), gte(pokjaDecrees.validTo, from)),
      ),
    )
    .groupBy(pokjaDecrees.id, pokjaDecrees.skNumber, pokjaDecrees.skDate, pokjaDecrees.replacedBy)
    .orderBy(desc(pokjaDecrees.skDate));
  return decrees.map((d) =>
    liveCandidate({
      kind: 'sk_pokja_pug',
      module: 'kelembagaan',
      id: d.id,
      title: `SK Pokja PUG ${d.skNumber} (${countText(d.members)} anggota)`,
      year,
      href: webPath('/kelembagaan', regionCode),
      date: isoDay(d.skDate),
      status: d.replacedBy ? 'replaced' : 'current',
    }),
  );
}

async function focalPointDecrees({ db, regionCode, year }: EvidenceContext) {
  const { from, to } = yearBounds(year);
  const rows = await db
    .select({
      id: focalPoints.id,
      skNumber: focalPoints.skNumber,
      skDate: focalPoints.skDate,
      endedOn: focalPoints.endedOn,
      opdName: opd.name,
      person: pugPeople.fullName,
    })
    .from(focalPoints)
    .innerJoin(opd, and(eq(opd.regionCode, focalPoints.regionCode), eq(opd.id, focalPoints.opdId)))
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, focalPoints.regionCode), eq(pugPeople.id, focalPoints.personId)),
    )
    .where(
      and(
        eq(focalPoints.regionCode, regionCode),
        ne(focalPoints.skNumber, ''),
        or(isNull(focalPoints.skDate), lte(focalPoints.skDate, to)),
        or(isNull(focalPoints.endedOn), gte(focalPoints.endedOn, from)),
      ),
    )
    .orderBy(opd.name, desc(focalPoints.skDate));
  return rows.map((r) =>
    liveCandidate({
      kind: 'focal_point_sk',
      module: 'kelembagaan',
      id: r.id,
      title: `SK focal point ${r.opdName}: ${r.skNumber} (${r.person})`,
      year,
      href: webPath('/kelembagaan/focal-point', regionCode),
      date: isoDay(r.skDate),
      status: r.endedOn ? 'ended' : 'current',
    }),
  );
}

async function teamDecrees({ db, regionCode, year }: EvidenceContext) {
  const rows = await db
    .select({
      id: pugTeams.id,
      kind: pugTeams.kind,
      name: pugTeams.name,
      skNumber: pugTeams.skNumber,
      skDate: pugTeams.skDate,
    })
    .from(pugTeams)
    .where(
      and(
        eq(pugTeams.regionCode, regionCode),
        inArray(pugTeams.kind, ['tim_driver', 'tim_teknis']),
        or(isNull(pugTeams.skDate), lte(pugTeams.skDate, yearBounds(year).to)),
      ),
    )
    .orderBy(desc(pugTeams.skDate));
  return rows.map((r) =>
    liveCandidate({
      kind: 'tim_driver_teknis',
      module: 'kelembagaan',
      id: r.id,
      title: r.skNumber ? `${r.name}: SK ${r.skNumber}` : r.name,
      year,
      href: webPath('/kelembagaan/tim', regionCode),
      date: isoDay(r.skDate),
      status: r.skNumber ? 'decreed' : 'no_decree',
    }),
  );
}

async function focalPointShare({ db, regionCode, year }: EvidenceContext) {
  const f = (await kelembagaanFigures(db, regionCode, year)).focalPoints;
  return [
    figureCandidate({
      kind: 'focal_point_share',
      module: 'kelembagaan',
      title: `OPD dengan SK focal point PUG ${year}`,
      year,
      href: webPath('/kelembagaan/angka', regionCode, { year }),
      value: f.activeOpds > 0 ? f.share : null,
      display: `${countText(f.opdsWithSk)} dari ${countText(f.activeOpds)} OPD (${percent(f.share)})`,
      source: `Kelembagaan PUG di Setara: OPD aktif yang memiliki focal point PUG ber-SK dan tidak berakhir sebelum ${year}.`,
    }),
  ];
}

async function staffTrainedShare({ db, regionCode, year }: EvidenceContext) {
  const f = await kelembagaanFigures(db, regionCode, year);
  const s = f.staffTraining;
  return [
    figureCandidate({
      kind: 'staff_trained_share',
      module: 'kelembagaan',
      title: `ASN terlatih PUG/PPRG ${year}`,
      year,
      href: webPath('/kelembagaan/angka', regionCode, { year }),
      value: s ? s.share : null,
      display: s
        ? `${countText(s.trained)} dari ${countText(s.staff)} ASN (${percent(s.share)}); ${countText(f.certificates)} sertifikat Bimtek terbit ${year}`
        : `Jumlah ASN ${year} belum diisi`,
      source: `Kelembagaan PUG di Setara: jumlah ASN dan yang terlatih PUG/PPRG ${year}, diisi atau diimpor admin daerah (wilayah, atau jumlah seluruh OPD).`,
    }),
  ];
}

export const kelembagaanEvidence = providerOf('kelembagaan', {
  sk_pokja_pug: pokjaDecreesOf,
  focal_point_sk: focalPointDecrees,
  tim_driver_teknis: teamDecrees,
  focal_point_share: focalPointShare,
  staff_trained_share: staffTrainedShare,
});
