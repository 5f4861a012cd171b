/**
 * DEMO DATA — a narrative draft of Kota Palu's annual PUG report for the demo's full monev
 * year, saved by the demo admin (DP3A) as version 1 and marked is_demo; every section opens
 * with "CONTOH" so nobody mistakes it for the region's own words, and the page, the PDF and the
 * DOCX label it too. Removing the demo removes these versions.
 */
import { and, eq } from 'drizzle-orm';
import { DEMO_LABEL, type NarrativeSection } from '../../../domain/annual-report/constants.js';
import type { Db } from '../connection.js';
import { users } from '../schema.js';
import { annualReportVersions } from '../schema-annual-report.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_MONEV_YEARS } from './demo-monev-data.js';

/** The demo's last complete monev year (all four quarters reported): the report's year. */
export const DEMO_ANNUAL_REPORT_YEAR = DEMO_MONEV_YEARS.find((y) => y.quarters.length === 4)!.year;

const mark = (text: string) => `${DEMO_LABEL} — ${text}`;

export const DEMO_NARRATIVE: Record<NarrativeSection, string> = {
  kendala: mark(
    'Data terpilah dari puskesmas dan kelurahan masuk terlambat karena sebagian OPD belum menunjuk focal point tetap; ' +
      'beberapa indikator masih diisi total tanpa pemilahan jenis kelamin.\n\n' +
      'Sebagian sub kegiatan ARG belum memiliki GAP yang disetujui sebelum pembahasan anggaran, sehingga ' +
      'penandaan ARG dilakukan menyusul. Laporan monev triwulan III dan IV beberapa OPD terlambat dari tenggat.',
  ),
  rekomendasi: mark(
    'OPD menetapkan focal point PUG dengan surat keputusan kepala OPD dan mengisi data terpilah setiap semester.\n\n' +
      'Bappeda memastikan setiap sub kegiatan yang ditandai ARG memiliki GAP/GBS yang disetujui sebelum RKA disahkan, ' +
      'dan DP3A mendampingi OPD yang GAP-nya masih perlu perbaikan.',
  ),
  rencana_tindak_lanjut: mark(
    'Triwulan I: pelatihan PPRG bagi focal point OPD (DP3A bersama Bappeda).\n' +
      'Triwulan II: verifikasi data terpilah tahun berjalan dan pembaruan Profil Gender.\n' +
      'Triwulan III: rapat koordinasi Pokja PUG membahas hasil pengendalian dan evaluasi.',
  ),
};

export async function seedDemoAnnualReport(db: Db): Promise<void> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.admin'));
  await db
    .insert(annualReportVersions)
    .values({
      regionCode: DEMO_REGION,
      year: DEMO_ANNUAL_REPORT_YEAR,
      version: 1,
      narrative: DEMO_NARRATIVE,
      signatory: {
        position: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palu',
        name: '',
        rank: '',
        nip: '',
      },
      isDemo: true,
      createdBy: admin?.id ?? null,
    })
    // Seeding again, or over a version the region saved itself, leaves what is there.
    .onConflictDoNothing();
}

export async function removeDemoAnnualReport(db: Db): Promise<void> {
  await db
    .delete(annualReportVersions)
    .where(and(eq(annualReportVersions.regionCode, DEMO_REGION), eq(annualReportVersions.isDemo, true)));
}
