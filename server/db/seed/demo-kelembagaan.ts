/**
 * DEMO DATA — Kota Palu's PUG institutions (issue 11): the Pokja PUG with its current SK of 2025
 * (ketua: the head of Bapperida; sekretaris: the head of DP3A; agency heads as anggota) and the
 * SK of 2021 it replaced, focal points for the demo OPDs with their SK and training, a Tim
 * Driver PPRG, partners (PSGA of a university, Forum PUSPA, Pengadilan Agama) with contacts,
 * and officials by echelon for 2025. The names are invented, SK numbers say "(CONTOH)", every
 * row is is_demo and the pages label it as demo. Removing the demo removes all of it.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { PartnerKind, PokjaRole, TrainingStatus } from '../../../domain/kelembagaan/constants.js';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import {
  focalPoints,
  officialCounts,
  pokjaDecrees,
  pokjaMembers,
  pugPartnerContacts,
  pugPartners,
  pugPeople,
  pugTeamMembers,
  pugTeams,
  staffTrainingCounts,
} from '../schema-kelembagaan.js';
import { isForeignKeyViolation } from '../../lib/db-errors.js';
import { findOrCreatePerson } from '../../modules/kelembagaan/people.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_POKJA_SK = '188.45/0217/BAPPERIDA/2025 (CONTOH)';

interface DemoPerson {
  fullName: string;
  sex: Sex;
  opd: string | null;
  position: string;
  institution?: string;
  phone?: string;
  email?: string;
}

const P = {
  ketua: {
    fullName: 'Dr. Ir. Rahmat Syamsuddin, M.T.',
    sex: 'L',
    opd: 'Bapperida',
    position: 'Kepala Bapperida',
    phone: '0811 4500 0101',
  },
  sekretaris: {
    fullName: 'Dra. Hj. Nurhayati Lasahido, M.Si',
    sex: 'P',
    opd: 'DP3A',
    position: 'Kepala DP3A',
    phone: '0811 4500 0102',
    email: 'dp3a.demo@example.id',
  },
  dinkes: {
    fullName: 'dr. Andi Sitti Rahmawati, M.Kes',
    sex: 'P',
    opd: 'Dinkes',
    position: 'Kepala Dinas Kesehatan',
  },
  disdikbud: {
    fullName: 'Drs. Ahmad Yani Lamarauna, M.Pd',
    sex: 'L',
    opd: 'Disdikbud',
    position: 'Kepala Dinas Pendidikan dan Kebudayaan',
  },
  dinsos: {
    fullName: 'Hasanuddin Lapatta, S.Sos., M.Si',
    sex: 'L',
    opd: 'Dinsos',
    position: 'Kepala Dinas Sosial',
  },
  bpkad: { fullName: 'Irma Kusumawati, S.E., M.Ak', sex: 'P', opd: 'BPKAD', position: 'Kepala BPKAD' },
  inspektur: {
    fullName: 'Yusuf Tandiabang, S.H., M.H.',
    sex: 'L',
    opd: 'Inspektorat',
    position: 'Inspektur',
  },
  dppkb: { fullName: 'Ratna Dewi Tahir, S.KM., M.Kes', sex: 'P', opd: 'DPPKB', position: 'Kepala DPPKB' },
  oldKetua: {
    fullName: 'Ir. Burhanuddin Mappiare, M.Si',
    sex: 'L',
    opd: 'Bapperida',
    position: 'Kepala Bappeda (2021)',
  },
  fpDinkes: {
    fullName: 'Fitriani Mangge, S.KM',
    sex: 'P',
    opd: 'Dinkes',
    position: 'Kasubbag Perencanaan',
    phone: '0813 4100 2201',
  },
  fpDp3a: {
    fullName: 'Moh. Arif Lagarusu, S.Sos',
    sex: 'L',
    opd: 'DP3A',
    position: 'Kabid Kesetaraan Gender',
    phone: '0813 4100 2202',
  },
  fpDisdikbud: {
    fullName: 'Sri Wahyuni Dg. Masiki, S.Pd',
    sex: 'P',
    opd: 'Disdikbud',
    position: 'Kasubbag Program',
  },
  fpDinsos: {
    fullName: 'Rusdin Lamakampali, S.E.',
    sex: 'L',
    opd: 'Dinsos',
    position: 'Kasubbag Perencanaan dan Keuangan',
  },
  fpBapperida: {
    fullName: 'Nurul Hidayah Alamsyah, S.T., M.T.',
    sex: 'P',
    opd: 'Bapperida',
    position: 'Perencana Ahli Muda',
  },
  fpDppkb: { fullName: 'Andi Muh. Fadli, S.IP', sex: 'L', opd: 'DPPKB', position: 'Kasubbag Program' },
  psga: {
    fullName: 'Dr. Nurmiati Sumpala, M.Si',
    sex: 'P',
    opd: null,
    position: 'Ketua PSGA',
    institution: 'PSGA Universitas Tadulako (contoh)',
    email: 'psga.demo@example.id',
  },
  puspa: {
    fullName: 'Hj. Siti Halimah Djanggola',
    sex: 'P',
    opd: null,
    position: 'Koordinator',
    institution: 'Forum PUSPA Kota Palu (contoh)',
    phone: '0852 4100 3301',
  },
  pa: {
    fullName: 'Abdul Gani Tupamahu, S.H.I., M.H.',
    sex: 'L',
    opd: null,
    position: 'Panitera',
    institution: 'Pengadilan Agama Palu (contoh)',
  },
} satisfies Record<string, DemoPerson>;
type Key = keyof typeof P;

const CURRENT: [Key, PokjaRole][] = [
  ['ketua', 'ketua'],
  ['sekretaris', 'sekretaris'],
  ['dinkes', 'anggota'],
  ['disdikbud', 'anggota'],
  ['dinsos', 'anggota'],
  ['bpkad', 'anggota'],
  ['inspektur', 'anggota'],
  ['dppkb', 'anggota'],
  ['psga', 'undangan'],
];
const OLD: [Key, PokjaRole][] = [
  ['oldKetua', 'ketua'],
  ['sekretaris', 'sekretaris'],
  ['dinkes', 'anggota'],
  ['dinsos', 'anggota'],
];
const FOCAL: [Key, string, string | null, TrainingStatus, number | null][] = [
  ['fpDinkes', '800/112/DINKES/2025 (CONTOH)', '2025-02-03', 'keduanya', 2024],
  ['fpDp3a', '800/087/DP3A/2025 (CONTOH)', '2025-01-20', 'keduanya', 2023],
  ['fpDisdikbud', '800/140/DISDIKBUD/2025 (CONTOH)', '2025-02-10', 'pug', 2024],
  ['fpDinsos', '800/095/DINSOS/2025 (CONTOH)', '2025-02-05', 'pprg', 2024],
  ['fpBapperida', '800/061/BAPPERIDA/2025 (CONTOH)', '2025-01-15', 'keduanya', 2022],
  // Named without an SK yet, not trained: the figures count the gap.
  ['fpDppkb', '', null, 'belum', null],
];
const PARTNERS: [PartnerKind, string, string, Key][] = [
  ['psw_psga', 'PSGA Universitas Tadulako (contoh)', 'Jl. Soekarno-Hatta Km. 9, Palu', 'psga'],
  ['forum_puspa', 'Forum PUSPA Kota Palu (contoh)', 'Palu', 'puspa'],
  ['instansi_vertikal', 'Pengadilan Agama Palu (contoh)', 'Palu', 'pa'],
];

export async function seedDemoKelembagaan(db: Db): Promise<void> {
  const [existing] = await db
    .select({ id: pokjaDecrees.id })
    .from(pokjaDecrees)
    .where(and(eq(pokjaDecrees.regionCode, DEMO_REGION), eq(pokjaDecrees.isDemo, true)))
    .limit(1);
  if (existing) return;
  const opds = new Map(
    (
      await db
        .select({ id: opd.id, shortName: opd.shortName })
        .from(opd)
        .where(eq(opd.regionCode, DEMO_REGION))
    ).map((o) => [o.shortName, o.id]),
  );
  const ids = new Map<Key, string>();
  for (const [key, p] of Object.entries(P) as [Key, DemoPerson][]) {
    const { id } = await findOrCreatePerson(
      db,
      DEMO_REGION,
      {
        fullName: p.fullName,
        sex: p.sex,
        position: p.position,
        opdId: p.opd ? (opds.get(p.opd) ?? null) : null,
        institution: p.institution ?? '',
        phone: p.phone ?? null,
        email: p.email ?? null,
        isDemo: true,
      },
      null,
    );
    ids.set(key, id);
  }
  const opdOf = (k: Key) => {
    const o = (P[k] as DemoPerson).opd;
    return o ? (opds.get(o) ?? null) : null;
  };
  const currentId = randomUUID();
  const [oldDecree] = await db
    .insert(pokjaDecrees)
    .values({
      regionCode: DEMO_REGION,
      skNumber: '050/0412/BAPPEDA/2021 (CONTOH)',
      skDate: '2021-04-01',
      signatory: 'Wali Kota Palu',
      validFrom: '2021-04-01',
      validTo: '2024-12-31',
      notes: 'Data demo.',
      isDemo: true,
      replacedBy: currentId,
      replacedAt: new Date('2025-03-10T02:00:00Z'),
    })
    .returning();
  const [current] = await db
    .insert(pokjaDecrees)
    .values({
      regionCode: DEMO_REGION,
      id: currentId,
      skNumber: DEMO_POKJA_SK,
      skDate: '2025-03-10',
      signatory: 'Wali Kota Palu',
      validFrom: '2025-03-10',
      validTo: '2029-12-31',
      notes: 'Data demo: Pokja PUG Kota Palu 2025–2029.',
      isDemo: true,
    })
    .returning();
  for (const [decreeId, list] of [
    [current!.id, CURRENT],
    [oldDecree!.id, OLD],
  ] as const) {
    await db.insert(pokjaMembers).values(
      list.map(([k, role], i) => ({
        regionCode: DEMO_REGION,
        decreeId,
        personId: ids.get(k)!,
        role,
        opdId: opdOf(k),
        position: (P[k] as DemoPerson).position,
        sortOrder: i,
      })),
    );
  }
  await db.insert(focalPoints).values(
    FOCAL.filter(([k]) => opdOf(k)).map(([k, skNumber, skDate, trainingStatus, trainingYear]) => ({
      regionCode: DEMO_REGION,
      opdId: opdOf(k)!,
      personId: ids.get(k)!,
      position: (P[k] as DemoPerson).position,
      skNumber,
      skDate,
      trainingStatus,
      trainingYear,
      isDemo: true,
    })),
  );
  const [team] = await db
    .insert(pugTeams)
    .values({
      regionCode: DEMO_REGION,
      kind: 'tim_driver',
      name: 'Tim Driver PPRG Kota Palu (contoh)',
      skNumber: '188.45/0218/BAPPERIDA/2025 (CONTOH)',
      skDate: '2025-03-10',
      notes: 'Data demo: Bapperida, BPKAD, DP3A dan Inspektorat.',
      isDemo: true,
    })
    .returning();
  await db.insert(pugTeamMembers).values(
    (['ketua', 'bpkad', 'sekretaris', 'inspektur'] as Key[]).map((k, i) => ({
      regionCode: DEMO_REGION,
      teamId: team!.id,
      personId: ids.get(k)!,
      role: i === 0 ? ('ketua' as const) : ('anggota' as const),
      opdId: opdOf(k),
      position: (P[k] as DemoPerson).position,
      sortOrder: i,
    })),
  );
  for (const [kind, name, address, contact] of PARTNERS) {
    const [partner] = await db
      .insert(pugPartners)
      .values({ regionCode: DEMO_REGION, kind, name, address, notes: 'Data demo.', isDemo: true })
      .returning();
    await db.insert(pugPartnerContacts).values({
      regionCode: DEMO_REGION,
      partnerId: partner!.id,
      personId: ids.get(contact)!,
      position: (P[contact] as DemoPerson).position,
    });
  }
  await db.insert(officialCounts).values(
    (
      [
        ['jpt_pratama', 8, 27],
        ['administrator', 74, 118],
        ['pengawas', 231, 262],
      ] as const
    ).map(([echelon, women, men]) => ({
      regionCode: DEMO_REGION,
      year: 2025,
      opdId: null,
      echelon,
      women,
      men,
      isDemo: true,
    })),
  );
  // The region's staff (ASN) and those trained in PUG/PPRG, 2025 (CONTOH figures).
  await db
    .insert(staffTrainingCounts)
    .values({ regionCode: DEMO_REGION, year: 2025, opdId: null, staff: 4210, trained: 312, isDemo: true });
}

/** Removes the demo institutions, then the demo people nothing else points at any more. */
export async function removeDemoKelembagaan(db: Db): Promise<void> {
  await db.delete(officialCounts).where(eq(officialCounts.isDemo, true));
  await db.delete(staffTrainingCounts).where(eq(staffTrainingCounts.isDemo, true));
  await db.delete(pugPartners).where(eq(pugPartners.isDemo, true));
  await db.delete(pugTeams).where(eq(pugTeams.isDemo, true));
  await db.delete(focalPoints).where(eq(focalPoints.isDemo, true));
  const decrees = await db
    .select({ id: pokjaDecrees.id })
    .from(pokjaDecrees)
    .where(eq(pokjaDecrees.isDemo, true));
  if (decrees.length) {
    const list = decrees.map((d) => d.id);
    await db.delete(pokjaMembers).where(inArray(pokjaMembers.decreeId, list));
    await db.delete(pokjaDecrees).where(inArray(pokjaDecrees.id, list));
  }
  const people = await db.select({ id: pugPeople.id }).from(pugPeople).where(eq(pugPeople.isDemo, true));
  for (const { id } of people) {
    try {
      // One savepoint each: a demo person that real records still name stays.
      await db.transaction((sp) => sp.delete(pugPeople).where(eq(pugPeople.id, id)));
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
    }
  }
}
