/**
 * DEMO DATA — a few bukti dukung Kota Palu uploaded to its evidence repository (issue 13): the
 * Perda on PUG, a scan of the Pokja PUG decree (the kelembagaan demo's SK of 2025), a photo of
 * Dinkes' lactation room and a one-page note on a PUG innovation. Every title and every line of
 * the generated files says CONTOH — bukan dokumen resmi; the rows are is_demo and the page tags
 * them DEMO. The files are generated (server/modules/evaluation-evidence/demo-bytes.ts) and put
 * into the store at start (demo-files.ts), since the seed's transaction has no file store.
 * Removing the demo deletes the rows; the attachments trigger removes the files.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import { evaluationEvidenceDocuments as docs } from '../schema-evaluation-evidence.js';
import { demoFileBytes, type DemoFile } from '../../modules/evaluation-evidence/demo-bytes.js';
import { DEMO_REGION } from './demo-data.js';

const MARK = 'CONTOH — bukan dokumen resmi';

interface DemoDocument extends DemoFile {
  key: string;
  kind: string;
  year: number;
  title: string;
  note: string;
  validFrom: string | null;
  validUntil: string | null;
  opdShortName: string | null;
  fileName: string;
}

const DOCUMENTS: DemoDocument[] = [
  {
    key: 'perda-pug',
    kind: 'regulation_pug',
    year: 2024,
    title: `Perda Kota Palu tentang Pengarusutamaan Gender (${MARK})`,
    note: 'Contoh unggahan: regulasi daerah tentang PUG berlaku beberapa tahun, jadi tampil di setiap tahun berlakunya.',
    validFrom: '2024-01-01',
    validUntil: null,
    opdShortName: null,
    fileName: 'perda-pug-contoh.pdf',
    contentType: 'application/pdf',
    lines: [
      'PERATURAN DAERAH KOTA PALU (CONTOH)',
      `${MARK}.`,
      'Dokumen demo Setara untuk menunjukkan unggahan bukti dukung jenis "Perda / Perkada PUG".',
      'Isi, nomor dan tanggal tidak mengacu pada peraturan yang sebenarnya.',
    ],
  },
  {
    key: 'sk-pokja-pug-2025',
    kind: 'sk_pokja_pug',
    year: 2025,
    title: `Pindaian SK Wali Kota tentang Pokja PUG 2025 (${MARK})`,
    note: 'Pindaian SK yang datanya juga tercatat di menu Kelembagaan PUG.',
    validFrom: '2025-03-10',
    validUntil: '2029-12-31',
    opdShortName: null,
    fileName: 'sk-pokja-pug-2025-contoh.pdf',
    contentType: 'application/pdf',
    lines: [
      'KEPUTUSAN WALI KOTA PALU (CONTOH)',
      'tentang Kelompok Kerja Pengarusutamaan Gender Kota Palu',
      `${MARK}.`,
      'Nomor: 188.45/0217/BAPPERIDA/2025 (CONTOH), sama dengan SK demo di menu Kelembagaan PUG.',
    ],
  },
  {
    key: 'ruang-laktasi-dinkes',
    kind: 'sarpras_photos',
    year: 2025,
    title: `Foto ruang laktasi Dinas Kesehatan (${MARK})`,
    note: 'Gambar buatan, bukan foto ruangan yang sebenarnya.',
    validFrom: null,
    validUntil: null,
    opdShortName: 'Dinkes',
    fileName: 'ruang-laktasi-dinkes-contoh.png',
    contentType: 'image/png',
    lines: [],
  },
  {
    key: 'inovasi-kelas-ayah',
    kind: 'innovation',
    year: 2025,
    title: `Inovasi "Kelas Ayah Peduli" (${MARK})`,
    note: '',
    validFrom: null,
    validUntil: null,
    opdShortName: null,
    fileName: 'inovasi-kelas-ayah-contoh.pdf',
    contentType: 'application/pdf',
    lines: [
      'INOVASI PUG KOTA PALU: KELAS AYAH PEDULI (CONTOH)',
      `${MARK}.`,
      'Ringkasan satu halaman yang dibuat Setara untuk demo bukti dukung jenis "Inovasi PUG".',
    ],
  },
];

const keyOf = (d: DemoDocument) => `evaluation-evidence/${DEMO_REGION}/demo-${d.key}`;

/** The demo files by store key, for demo-files.ts to generate. */
export const DEMO_EVIDENCE_FILES: ReadonlyMap<string, DemoFile> = new Map(
  DOCUMENTS.map((d) => [keyOf(d), { contentType: d.contentType, lines: d.lines }]),
);

export async function seedDemoEvaluationEvidence(tx: Db): Promise<number> {
  const [existing] = await tx
    .select({ id: docs.id })
    .from(docs)
    .where(and(eq(docs.regionCode, DEMO_REGION), eq(docs.isDemo, true)))
    .limit(1);
  if (existing) return 0;
  const opds = new Map(
    (
      await tx
        .select({ id: opd.id, shortName: opd.shortName })
        .from(opd)
        .where(eq(opd.regionCode, DEMO_REGION))
    ).map((o) => [o.shortName, o.id]),
  );
  const rows = DOCUMENTS.filter((d) => !d.opdShortName || opds.has(d.opdShortName)).map((d) => ({
    regionCode: DEMO_REGION,
    kind: d.kind,
    year: d.year,
    title: d.title,
    note: d.note,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    opdId: d.opdShortName ? opds.get(d.opdShortName)! : null,
    fileKey: keyOf(d),
    fileName: d.fileName,
    contentType: d.contentType,
    bytes: demoFileBytes(d).length,
    isDemo: true,
  }));
  if (rows.length) await tx.insert(docs).values(rows);
  return rows.length;
}

export async function removeDemoEvaluationEvidence(tx: Db): Promise<void> {
  await tx.delete(docs).where(eq(docs.isDemo, true));
}
