/**
 * DEMO DATA — Kota Palu's service institutions (issue 12): twelve women's organisations that
 * are candidates for LPLPP standardisation in ekonomi, politik, hukum, sosial and budaya, and
 * the city's Puspaga, with leaders and staff, and one institution account (`demo.lembaga`,
 * bound to the first organisation). The names, addresses, contacts and AHU numbers are
 * invented (sequence numbers 00000xx); every row is is_demo and the pages label it as demo.
 * The standardisation columns are left to the standards module's demo. Removing the demo
 * removes all of it (after the modules that point at these institutions removed theirs).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { OwnerKind, ServiceField, StaffRole } from '../../../domain/institutions/constants.js';
import { addressKeyOf, nameKeyOf } from '../../../domain/institutions/duplicates.js';
import { INSTITUTION_ACCOUNT_ROLE } from '../../../domain/roles.js';
import type { Db } from '../connection.js';
import { users } from '../schema.js';
import {
  institutionAccounts,
  institutions,
  institutionStaff,
  institutionStatusHistory,
  institutionTypes,
} from '../schema-institutions.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_INSTITUTION_USER = 'demo.lembaga';
/** The organisation demo.lembaga is bound to. */
export const DEMO_ACCOUNT_INSTITUTION = 'Perkumpulan Perempuan Mandiri Sejahtera Palu';

interface DemoInstitution {
  name: string;
  type: 'lplpp' | 'puspaga';
  owner: OwnerKind;
  legal: [string, string] | null;
  fields: ServiceField[];
  description: string;
  address: string;
  kecamatan: string;
  phone: string | null;
  email: string | null;
  listed: boolean;
  status?: 'aktif' | 'nonaktif';
  at?: [number, number];
  staff: [string, StaffRole, string, string, string, Sex][];
}

const ahu = (n: number, year: number) => `AHU-00000${n.toString().padStart(2, '0')}.AH.01.07.TAHUN ${year}`;

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  {
    name: DEMO_ACCOUNT_INSTITUTION,
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(11, 2017), '2017-05-12'],
    fields: ['ekonomi', 'sosial'],
    description: 'Pelatihan usaha mikro, akses modal kelompok dan pendampingan perempuan kepala keluarga.',
    address: 'Jl. Kartini No. 14',
    kecamatan: '72.71.01',
    phone: '0451 4210011',
    email: 'pmsp@demo.setara.invalid',
    listed: true,
    at: [-0.8952, 119.8771],
    staff: [
      ['Nurhayati Lamasitudju', 'pimpinan', 'Ketua', 'Wirausaha', 'Pelatih UMKM (CONTOH)', 'P'],
      ['Fitriani Dg. Matona', 'staf', 'Pendamping lapangan', 'Penyuluh', '', 'P'],
    ],
  },
  {
    name: 'Yayasan Rumah Perempuan Lembah Palu',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(12, 2015), '2015-09-03'],
    fields: ['hukum', 'sosial'],
    description: 'Pengaduan, pendampingan hukum dan rumah aman bagi perempuan korban kekerasan.',
    address: 'Jl. Maluku No. 7',
    kecamatan: '72.71.02',
    phone: '0451 4210012',
    email: 'rumahperempuan@demo.setara.invalid',
    listed: true,
    at: [-0.8889, 119.8605],
    staff: [
      ['Rahmawati Labaso', 'pimpinan', 'Direktur', 'Advokat', 'PKPA (CONTOH)', 'P'],
      ['Andi Sitti Aisyah', 'staf', 'Konselor', 'Psikolog', 'Psikolog klinis (CONTOH)', 'P'],
      ['Moh. Rizal Tombolotutu', 'staf', 'Paralegal', 'Paralegal', '', 'L'],
    ],
  },
  {
    name: 'Koperasi Wanita Tunas Harapan Talise',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(13, 2019), '2019-02-20'],
    fields: ['ekonomi'],
    description: 'Simpan pinjam dan pemasaran bersama hasil olahan pangan anggota.',
    address: 'Jl. Soekarno-Hatta No. 32, Talise',
    kecamatan: '72.71.08',
    phone: '0451 4210013',
    email: null,
    listed: true,
    staff: [['Hasnah Lasenggo', 'pimpinan', 'Ketua koperasi', 'Pedagang', '', 'P']],
  },
  {
    name: 'Perkumpulan Suara Perempuan Nosarara',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(14, 2020), '2020-11-02'],
    fields: ['politik'],
    description: 'Sekolah politik perempuan dan forum suara perempuan pra-Musrenbang.',
    address: 'Jl. Hasanuddin No. 21',
    kecamatan: '72.71.02',
    phone: null,
    email: 'nosarara@demo.setara.invalid',
    listed: true,
    staff: [['Sri Wahyuni Tanjumbulu', 'pimpinan', 'Ketua', 'Dosen', '', 'P']],
  },
  {
    name: 'Lembaga Bantuan Hukum Perempuan Palu Bersatu',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(15, 2016), '2016-03-15'],
    fields: ['hukum'],
    description: 'Konsultasi hukum gratis, pendampingan perkara perceraian, hak asuh dan nafkah anak.',
    address: 'Jl. Sam Ratulangi No. 9',
    kecamatan: '72.71.01',
    phone: '0451 4210015',
    email: 'lbhp@demo.setara.invalid',
    listed: true,
    at: [-0.9001, 119.8822],
    staff: [
      ['Yuliana Ratu Mangge', 'pimpinan', 'Direktur', 'Advokat', 'PKPA (CONTOH)', 'P'],
      ['Nirwan Lapatandau', 'staf', 'Advokat', 'Advokat', 'PKPA (CONTOH)', 'L'],
    ],
  },
  {
    name: 'Sanggar Budaya Perempuan Kaili Mosinggani',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(16, 2018), '2018-08-17'],
    fields: ['budaya'],
    description: 'Pelestarian tari dan tenun Kaili oleh perempuan muda; ruang belajar budaya bagi anak.',
    address: 'Jl. Rono No. 3',
    kecamatan: '72.71.06',
    phone: '0451 4210016',
    email: null,
    listed: true,
    staff: [['Ni Made Ayu Lestari', 'pimpinan', 'Ketua sanggar', 'Seniman', '', 'P']],
  },
  {
    name: 'Forum Perempuan Pesisir Tawaeli',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(17, 2021), '2021-04-06'],
    fields: ['ekonomi', 'lingkungan'],
    description: 'Pengolahan hasil laut oleh istri nelayan dan penanaman mangrove bersama.',
    address: 'Jl. Trans Sulawesi Km. 12, Panau',
    kecamatan: '72.71.07',
    phone: '0451 4210017',
    email: null,
    listed: true,
    staff: [['Marlina Djaelangkara', 'pimpinan', 'Koordinator', 'Nelayan', '', 'P']],
  },
  {
    name: 'Perkumpulan Ibu Peduli Gizi Tatanga',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(18, 2022), '2022-01-25'],
    fields: ['sosial'],
    description: 'Kelas gizi ibu hamil dan balita, dapur sehat bersama di kelurahan.',
    address: 'Jl. Jambu No. 40',
    kecamatan: '72.71.06',
    phone: null,
    email: null,
    listed: false,
    staff: [],
  },
  {
    name: 'Yayasan Perempuan Penyintas Bencana Pasigala',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(19, 2019), '2019-06-10'],
    fields: ['sosial', 'hukum'],
    description:
      'Pemulihan penyintas gempa dan likuefaksi 2018: hak atas hunian, dokumen kependudukan, trauma healing.',
    address: 'Jl. Cemara No. 5, Petobo',
    kecamatan: '72.71.03',
    phone: '0451 4210019',
    email: 'pasigala@demo.setara.invalid',
    listed: true,
    staff: [
      [
        'Asmirah Lamadjido',
        'pimpinan',
        'Ketua',
        'Pekerja sosial',
        'Pekerja sosial profesional (CONTOH)',
        'P',
      ],
    ],
  },
  {
    name: 'Himpunan Pengusaha Perempuan Mikro Palu',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(20, 2014), '2014-10-28'],
    fields: ['ekonomi'],
    description: 'Jejaring pengusaha mikro perempuan: pameran, pelatihan pemasaran daring, legalitas usaha.',
    address: 'Jl. Wolter Monginsidi No. 18',
    kecamatan: '72.71.03',
    phone: '0451 4210020',
    email: 'hppm@demo.setara.invalid',
    listed: true,
    status: 'nonaktif',
    staff: [],
  },
  {
    name: 'Perkumpulan Kader Perempuan Desa Ulujadi',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(21, 2023), '2023-03-08'],
    fields: ['politik', 'sosial'],
    description: 'Kader perempuan kelurahan untuk musyawarah pembangunan dan posyandu.',
    address: 'Jl. Diponegoro No. 77, Donggala Kodi',
    kecamatan: '72.71.05',
    phone: null,
    email: 'kader.ulujadi@demo.setara.invalid',
    listed: false,
    staff: [['Hadijah Malonda', 'pimpinan', 'Ketua', 'Guru', '', 'P']],
  },
  {
    name: 'Komunitas Tenun Perempuan Palu Barat',
    type: 'lplpp',
    owner: 'masyarakat',
    legal: [ahu(22, 2020), '2020-07-14'],
    fields: ['budaya', 'ekonomi'],
    description: 'Tenun Bomba dan pemasaran kain tenun oleh perempuan penenun.',
    address: 'Jl. Tanjung Santigi No. 2',
    kecamatan: '72.71.02',
    phone: '0451 4210022',
    email: null,
    listed: true,
    staff: [['Zaenab Daeng Sulu', 'pimpinan', 'Ketua', 'Penenun', '', 'P']],
  },
  {
    name: 'Puspaga Kota Palu',
    type: 'puspaga',
    owner: 'pemerintah',
    legal: ['Peraturan Wali Kota Palu No. 12 Tahun 2019 (CONTOH)', '2019-04-01'],
    fields: ['konsultasi', 'konseling', 'edukasi_pengasuhan'],
    description: 'Layanan konsultasi keluarga, konseling pengasuhan dan kelas orang tua, tanpa biaya.',
    address: 'Jl. Balai Kota Selatan No. 1',
    kecamatan: '72.71.01',
    phone: '0451 4210030',
    email: 'puspaga@demo.setara.invalid',
    listed: true,
    at: [-0.8998, 119.8707],
    staff: [
      ['Dra. Sitti Rahmah Dg. Paliu', 'pimpinan', 'Kepala Puspaga', 'ASN DP3A', '', 'P'],
      ['Irma Suryani, M.Psi.', 'staf', 'Psikolog', 'Psikolog', 'Psikolog klinis (CONTOH)', 'P'],
      ['Ahmad Fauzan', 'staf', 'Konselor', 'Konselor', 'Konselor keluarga (CONTOH)', 'L'],
      ['Wulan Pratiwi', 'staf', 'Administrasi', 'Admin', '', 'P'],
    ],
  },
];

export async function seedDemoInstitutions(tx: Db, passwordHash: string): Promise<number> {
  const types = new Map(
    (
      await tx
        .select({ id: institutionTypes.id, code: institutionTypes.code })
        .from(institutionTypes)
        .where(eq(institutionTypes.builtin, true))
    ).map((t) => [t.code, t.id]),
  );
  let created = 0;
  for (const d of DEMO_INSTITUTIONS) {
    const [row] = await tx
      .insert(institutions)
      .values({
        regionCode: DEMO_REGION,
        name: d.name,
        nameKey: nameKeyOf(d.name),
        typeId: types.get(d.type)!,
        ownerKind: d.owner,
        legalEntityNumber: d.legal?.[0] ?? null,
        legalEntityDate: d.legal?.[1] ?? null,
        fields: d.fields,
        description: d.description,
        address: d.address,
        addressKey: addressKeyOf(d.address),
        kecamatanCode: d.kecamatan,
        latitude: d.at?.[0] ?? null,
        longitude: d.at?.[1] ?? null,
        phone: d.phone,
        email: d.email,
        listedPublicly: d.listed,
        status: d.status ?? 'aktif',
        isDemo: true,
      })
      .onConflictDoNothing()
      .returning({ id: institutions.id });
    if (!row) continue;
    created++;
    await tx.insert(institutionStatusHistory).values([
      { regionCode: DEMO_REGION, institutionId: row.id, toStatus: 'aktif', reason: 'Data demo' },
      ...(d.status === 'nonaktif'
        ? [
            {
              regionCode: DEMO_REGION,
              institutionId: row.id,
              fromStatus: 'aktif' as const,
              toStatus: 'nonaktif' as const,
              reason: 'Data demo: pengurus tidak aktif sejak 2024',
            },
          ]
        : []),
    ]);
    if (d.staff.length)
      await tx.insert(institutionStaff).values(
        d.staff.map(([fullName, role, position, profession, certification, sex], i) => ({
          regionCode: DEMO_REGION,
          institutionId: row.id,
          fullName,
          role,
          position,
          profession,
          certification,
          sex,
          sortOrder: i,
          isDemo: true,
        })),
      );
  }
  // demo.lembaga: the institution account of the first organisation.
  const [user] = await tx
    .insert(users)
    .values({
      username: DEMO_INSTITUTION_USER,
      fullName: 'Demo Akun Lembaga (Perempuan Mandiri Sejahtera)',
      email: 'lembaga@demo.setara.invalid',
      role: INSTITUTION_ACCOUNT_ROLE,
      regionCode: DEMO_REGION,
      passwordHash,
      isDemo: true,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (user) {
    const [own] = await tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(
        and(
          eq(institutions.regionCode, DEMO_REGION),
          eq(institutions.nameKey, nameKeyOf(DEMO_ACCOUNT_INSTITUTION)),
        ),
      );
    if (own)
      await tx
        .insert(institutionAccounts)
        .values({ userId: user.id, regionCode: DEMO_REGION, institutionId: own.id });
  }
  return created;
}

/** Removes the demo institutions and their accounts' bindings (the demo users go with the other demo users). */
export async function removeDemoInstitutions(tx: Db): Promise<void> {
  const demo = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.isDemo, true));
  const ids = demo.map((d) => d.id);
  if (!ids.length) return;
  await tx.delete(institutionAccounts).where(inArray(institutionAccounts.institutionId, ids));
  await tx.delete(institutions).where(inArray(institutions.id, ids));
}
