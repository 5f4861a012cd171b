/**
 * DEMO DATA — Kota Palu's Rencana Pokja PUG Tahunan 2025 (Permen PPPA 5/2025 Lampiran I), drawn
 * up by the demo admin (DP3A, secretariat of the Pokja), adopted, with progress for 2025. A few
 * rows for pelembagaan PUG and each of the seven processes; SIPD codes are those of the
 * nomenclature seed where the row is a budget line (Permendagri 90/2019), none where it is the
 * Pokja's own work. Budgets are illustrative. Marked is_demo, titled "(contoh)", and every
 * export prints "DATA CONTOH (DEMO)". Removing the demo removes the plan, its versions and
 * progress.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { PokjaSection, RowLevel } from '../../../domain/pokja-plans/constants.js';
import type { MatrixRow } from '../../../domain/pokja-plans/rules.js';
import type { Db } from '../connection.js';
import { opd, users } from '../schema.js';
import { pokjaPlanProgress, pokjaPlans, pokjaPlanVersions } from '../schema-pokja-plans.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_POKJA_PLAN_TITLE = 'Rencana Pokja PUG Kota Palu Tahun 2025 (contoh)';
const YEAR = 2025;

interface DemoRow {
  section: PokjaSection;
  level: RowLevel;
  code: string | null;
  description: string;
  baseline: string;
  target5y: string;
  target: string;
  indicator: string;
  budget: string | null;
  opd: string | null;
  unit: string;
  /** 2025 progress: realisation, achievement %, note. */
  progress?: [string, string, string];
}

const ROWS: DemoRow[] = [
  {
    section: 'pelembagaan',
    level: 'sub_kegiatan',
    code: '2.08.02.2.01.0001',
    description: 'Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG',
    baseline: 'SK Pokja PUG 2021 belum diperbarui',
    target5y: 'SK Pokja PUG dan SK Focal Point seluruh OPD diperbarui tiap periode',
    target: 'SK Pokja PUG 2025 ditetapkan; 2 kali rapat koordinasi Pokja',
    indicator: 'Jumlah dokumen kebijakan PUG yang ditetapkan',
    budget: '45000000.00',
    opd: 'DP3A',
    unit: 'Sekretariat Pokja PUG',
    progress: ['SK Pokja ditetapkan Maret 2025; Rakor Pokja Juni dan Desember', '100.00', ''],
  },
  {
    section: 'pelembagaan',
    level: 'sub_kegiatan',
    code: '2.08.02.2.01.0006',
    description: 'Advokasi Kebijakan dan Pendampingan Penyelenggaraan PUG Kewenangan Kabupaten/Kota',
    baseline: '18 dari 32 OPD memiliki SK Focal Point',
    target5y: '32 OPD memiliki SK Focal Point PUG',
    target: '24 OPD memiliki SK Focal Point PUG',
    indicator: 'Jumlah OPD dengan SK Focal Point PUG',
    budget: '60000000.00',
    opd: 'DP3A',
    unit: '',
    progress: ['22 OPD', '91.67', 'Dua OPD menunggu tanda tangan kepala OPD'],
  },
  {
    section: 'perencanaan',
    level: 'kegiatan',
    code: null,
    description: 'Integrasi isu gender dalam Renstra dan Renja Perangkat Daerah 2026',
    baseline: '12 Renja OPD memuat isu gender',
    target5y: 'Seluruh Renja OPD memuat isu gender dan GAP',
    target: '20 Renja OPD memuat isu gender',
    indicator: 'Jumlah Renja OPD yang memuat isu gender',
    budget: '35000000.00',
    opd: 'Bapperida',
    unit: 'Bidang Pemerintahan dan Pembangunan Manusia',
    progress: ['17 Renja OPD', '85.00', 'Pendampingan lanjutan pada Forum Perangkat Daerah'],
  },
  {
    section: 'perencanaan',
    level: 'kegiatan',
    code: null,
    description: 'Bimbingan teknis penyusunan GAP/GBS bagi perencana OPD',
    baseline: '40 perencana terlatih PPRG',
    target5y: '160 perencana terlatih PPRG',
    target: '40 perencana baru terlatih',
    indicator: 'Jumlah perencana OPD terlatih PPRG',
    budget: '50000000.00',
    opd: 'Bapperida',
    unit: '',
  },
  {
    section: 'penganggaran',
    level: 'kegiatan',
    code: null,
    description: 'Verifikasi penandaan Anggaran Responsif Gender (ARG) pada RKA Perangkat Daerah',
    baseline: 'ARG 2,1% dari belanja langsung',
    target5y: 'ARG 5% dari belanja langsung',
    target: 'ARG 2,8% dari belanja langsung',
    indicator: 'Persentase ARG terhadap belanja langsung',
    budget: '15000000.00',
    opd: 'BPKAD',
    unit: 'Tim Anggaran Pemerintah Daerah',
    progress: ['ARG 2,6%', '92.86', ''],
  },
  {
    section: 'pelaksanaan',
    level: 'sub_kegiatan',
    code: '1.02.02.2.02.0001',
    description: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
    baseline: 'Cakupan K6 78%',
    target5y: 'Cakupan K6 95%',
    target: 'Cakupan K6 84%',
    indicator: 'Persentase ibu hamil mendapat pelayanan K6',
    budget: '420000000.00',
    opd: 'Dinkes',
    unit: '',
    progress: ['Cakupan K6 82,5%', '98.21', 'Data terpilah per kelurahan tersedia'],
  },
  {
    section: 'pelaksanaan',
    level: 'sub_kegiatan',
    code: '2.08.03.2.02.0001',
    description:
      'Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
    baseline: '100% pengaduan ditangani',
    target5y: '100% pengaduan ditangani dalam 1×24 jam',
    target: '100% pengaduan ditangani',
    indicator: 'Persentase pengaduan kekerasan terhadap perempuan yang ditangani',
    budget: '120000000.00',
    opd: 'DP3A',
    unit: 'UPTD PPA',
  },
  {
    section: 'pemantauan',
    level: 'kegiatan',
    code: null,
    description: 'Pemantauan triwulanan pelaksanaan kegiatan responsif gender OPD',
    baseline: 'Laporan monev 2 kali setahun',
    target5y: 'Laporan monev triwulanan seluruh OPD',
    target: '4 laporan monev triwulanan',
    indicator: 'Jumlah laporan pemantauan',
    budget: '20000000.00',
    opd: 'DP3A',
    unit: 'Focal Point PUG OPD',
    progress: ['3 laporan (triwulan I–III)', '75.00', 'Triwulan IV dilaporkan Januari 2026'],
  },
  {
    section: 'evaluasi',
    level: 'kegiatan',
    code: null,
    description: 'Evaluasi mandiri penyelenggaraan PUG (persiapan Penganugerahan Parahita Ekapraya)',
    baseline: 'Kategori Pratama (2023)',
    target5y: 'Kategori Utama',
    target: 'Lembar kerja evaluasi PUG dan bukti dukung lengkap',
    indicator: 'Kelengkapan bukti dukung evaluasi PUG',
    budget: '25000000.00',
    opd: 'DP3A',
    unit: '',
  },
  {
    section: 'pengawasan',
    level: 'kegiatan',
    code: null,
    description: 'Reviu pelaksanaan PPRG dalam pengawasan internal',
    baseline: 'Belum ada reviu PPRG',
    target5y: 'Reviu PPRG tahunan pada seluruh OPD pengampu ARG',
    target: 'Reviu PPRG pada 5 OPD',
    indicator: 'Jumlah OPD yang direviu pelaksanaan PPRG-nya',
    budget: '18000000.00',
    opd: 'Inspektorat',
    unit: '',
  },
  {
    section: 'pelaporan',
    level: 'kegiatan',
    code: null,
    description: 'Penyusunan Laporan Pelaksanaan PUG Kota Palu kepada Wali Kota dan KemenPPPA',
    baseline: 'Laporan tahunan 2024 disampaikan',
    target5y: 'Laporan tahunan tepat waktu setiap tahun',
    target: '1 laporan tahunan',
    indicator: 'Jumlah laporan pelaksanaan PUG',
    budget: '12000000.00',
    opd: 'DP3A',
    unit: 'Sekretariat Pokja PUG',
  },
];

export async function seedDemoPokjaPlans(db: Db): Promise<void> {
  const [existing] = await db
    .select({ id: pokjaPlans.id })
    .from(pokjaPlans)
    .where(and(eq(pokjaPlans.regionCode, DEMO_REGION), eq(pokjaPlans.title, DEMO_POKJA_PLAN_TITLE)));
  if (existing) return;
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.admin'));
  const opds = new Map(
    (
      await db
        .select({ id: opd.id, shortName: opd.shortName })
        .from(opd)
        .where(eq(opd.regionCode, DEMO_REGION))
    ).map((o) => [o.shortName, o.id]),
  );
  const rows: (MatrixRow & { progress?: DemoRow['progress'] })[] = ROWS.map((r) => ({
    id: randomUUID(),
    section: r.section,
    level: r.level,
    code: r.code,
    description: r.description,
    baseline: r.baseline,
    target5y: r.target5y,
    yearlyTargets: [{ year: YEAR, target: r.target }],
    indicator: r.indicator,
    budget: r.budget,
    opdId: (r.opd && opds.get(r.opd)) || null,
    unit: r.unit || (r.opd && !opds.get(r.opd) ? r.opd : ''),
    progress: r.progress,
  }));
  const content = { rows: rows.map(({ progress: _p, ...r }) => r), items: [] };
  const by = admin?.id ?? null;
  const adoptedAt = new Date('2025-02-20T02:00:00Z');
  const [plan] = await db
    .insert(pokjaPlans)
    .values({
      regionCode: DEMO_REGION,
      kind: 'tahunan',
      status: 'ditetapkan',
      title: DEMO_POKJA_PLAN_TITLE,
      startYear: YEAR,
      endYear: YEAR,
      content,
      version: 2,
      adoptionReference: 'Keputusan Ketua Pokja PUG Kota Palu (contoh)',
      adoptedAt,
      adoptedBy: by,
      isDemo: true,
      createdBy: by,
      updatedBy: by,
    })
    .returning();
  await db.insert(pokjaPlanVersions).values([
    {
      regionCode: DEMO_REGION,
      planId: plan.id,
      version: 1,
      status: 'draft',
      title: plan.title,
      content,
      savedBy: by,
      savedAt: new Date('2025-02-10T03:00:00Z'),
    },
    {
      regionCode: DEMO_REGION,
      planId: plan.id,
      version: 2,
      status: 'ditetapkan',
      title: plan.title,
      content,
      savedBy: by,
      savedAt: adoptedAt,
    },
  ]);
  const progress = rows.filter((r) => r.progress);
  if (progress.length)
    await db.insert(pokjaPlanProgress).values(
      progress.map((r) => ({
        regionCode: DEMO_REGION,
        planId: plan.id,
        rowId: r.id,
        year: YEAR,
        realisation: r.progress![0],
        achievement: r.progress![1],
        note: r.progress![2],
        isDemo: true,
        updatedBy: by,
      })),
    );
}

export async function removeDemoPokjaPlans(db: Db): Promise<void> {
  // Revisions first: a demo plan revised by another demo plan is referenced by it.
  await db.delete(pokjaPlans).where(and(eq(pokjaPlans.isDemo, true), eq(pokjaPlans.kind, 'perubahan')));
  await db.delete(pokjaPlans).where(eq(pokjaPlans.isDemo, true));
}
