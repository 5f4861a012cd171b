/**
 * The two example standards every database starts with (inserted by migration 0024 from this
 * data; examples.test.ts checks the migration still matches). Their elements follow what is
 * public — the Puspaga elements of SE Menteri PPPA 57/2020, the LPLPP borang's first item
 * (struktur organisasi) — and every criterion, weight, scale and validity below is an EXAMPLE:
 * the official items, scoring and validity are not public (docs/institution-standards.md;
 * research.md §6, research-2.md §4). They are labelled "CONTOH — bukan standar resmi"
 * wherever they show, and an admin replaces them with an imported official version.
 */
import type { ElementInput } from '../../../domain/institution-standards/definition.js';

export interface ExampleStandard {
  id: string;
  code: string;
  version: number;
  name: string;
  institutionType: string;
  sourceNote: string;
  validityMonths: number;
  nationalReview: boolean;
  elements: ElementInput[];
}

const yesNo = (code: string, text: string, evidenceExpected = '', help = '') => ({
  code,
  text,
  help,
  kind: 'yes_no' as const,
  weight: 1,
  evidenceExpected,
});
const scale = (code: string, text: string, help: string, evidenceExpected = '') => ({
  code,
  text,
  help,
  kind: 'scale' as const,
  scaleMax: 4,
  weight: 1,
  evidenceExpected,
});
const count = (code: string, text: string, thresholds: [number, number][], evidenceExpected = '') => ({
  code,
  text,
  help: '',
  kind: 'number' as const,
  thresholds: thresholds.map(([min, score]) => ({ min, score })),
  weight: 1,
  evidenceExpected,
});

const SCALE_HELP =
  '1 = ada tetapi belum lengkap, 2 = sebagian, 3 = hampir lengkap, 4 = lengkap dan mutakhir.';

export const LPLPP_EXAMPLE: ExampleStandard = {
  id: '6f6c706c-7070-4000-8000-000000000001',
  code: 'LPLPP-CONTOH',
  version: 1,
  name: 'Standar LPLPP (CONTOH — bukan standar resmi)',
  institutionType: 'lplpp',
  sourceNote:
    'CONTOH — bukan standar resmi. Pedoman Standardisasi LPLPP KemenPPPA beserta butir borang, cara penilaian dan masa berlakunya tidak dipublikasikan. Yang diketahui publik: borang dimulai dengan "struktur organisasi" (HAPSARI, https://hapsari.or.id/prestasi/standarisasi-lplpp), bidang layanan politik, hukum, sosial, ekonomi dan lingkungan, serta verifikasi oleh KemenPPPA. Unsur lain, kriteria, bobot dan masa berlaku 36 bulan di sini adalah contoh yang dapat diganti admin dengan versi resmi. Sumber: docs/institution-standards.md.',
  validityMonths: 36,
  nationalReview: false,
  elements: [
    {
      code: 'STR',
      name: 'Struktur organisasi',
      weight: 2,
      criteria: [
        yesNo('STR.1', 'Lembaga memiliki struktur organisasi yang ditetapkan', 'Bagan struktur organisasi'),
        yesNo('STR.2', 'Pengurus inti (ketua, sekretaris, bendahara) terisi', 'SK kepengurusan'),
        scale('STR.3', 'Pembagian tugas pengurus tertulis dan dijalankan', SCALE_HELP),
      ],
    },
    {
      code: 'LEG',
      name: 'Legalitas lembaga',
      weight: 1,
      criteria: [
        yesNo(
          'LEG.1',
          'Berbadan hukum atau ditetapkan oleh pemerintah daerah',
          'Akta / SK AHU / peraturan pembentukan',
        ),
        yesNo('LEG.2', 'Memiliki anggaran dasar dan anggaran rumah tangga'),
      ],
    },
    {
      code: 'SDM',
      name: 'Sumber daya manusia',
      weight: 1,
      criteria: [
        count('SDM.1', 'Jumlah pendamping atau fasilitator aktif', [
          [1, 50],
          [3, 100],
        ]),
        yesNo('SDM.2', 'Pengurus pernah mengikuti pelatihan atau bimtek pemberdayaan perempuan'),
      ],
    },
    {
      code: 'LAY',
      name: 'Program dan layanan',
      weight: 2,
      criteria: [
        scale(
          'LAY.1',
          'Program layanan sesuai bidang (ekonomi, politik, hukum, sosial, budaya, lingkungan)',
          SCALE_HELP,
        ),
        yesNo('LAY.2', 'Memiliki SOP layanan'),
        count('LAY.3', 'Jumlah penerima manfaat dalam 12 bulan terakhir', [
          [10, 50],
          [50, 100],
        ]),
      ],
    },
    {
      code: 'DAT',
      name: 'Pencatatan dan pelaporan',
      weight: 1,
      criteria: [
        yesNo('DAT.1', 'Mencatat penerima manfaat menurut jenis kelamin dan umur'),
        yesNo('DAT.2', 'Menyampaikan laporan kegiatan kepada DP3A'),
      ],
    },
  ],
};

export const PUSPAGA_EXAMPLE: ExampleStandard = {
  id: '70757370-6167-4000-8000-000000000001',
  code: 'PUSPAGA-CONTOH',
  version: 1,
  name: 'Standar Puspaga (CONTOH — bukan standar resmi)',
  institutionType: 'puspaga',
  sourceNote:
    'CONTOH — bukan standar resmi. Unsur yang distandarkan mengikuti SE Menteri PPPA No. 57 Tahun 2020 tentang Pengembangan Layanan Puspaga di Daerah: kelembagaan, SDM, program dan layanan, protokol layanan, serta pemantauan, evaluasi dan pelaporan. Butir kriteria, bobot, skala dan masa berlaku 36 bulan di sini adalah contoh; instrumen Penilaian Standar Puspaga KemenPPPA tidak dipublikasikan. Sumber: docs/institution-standards.md.',
  validityMonths: 36,
  nationalReview: true,
  elements: [
    {
      code: 'KEL',
      name: 'Kelembagaan',
      weight: 1,
      criteria: [
        yesNo('KEL.1', 'Puspaga dibentuk dengan keputusan kepala daerah', 'SK pembentukan Puspaga'),
        yesNo('KEL.2', 'Memiliki tempat layanan yang tetap dan mudah diakses'),
      ],
    },
    {
      code: 'SDM',
      name: 'Sumber daya manusia',
      weight: 1,
      criteria: [
        count(
          'SDM.1',
          'Jumlah psikolog atau konselor',
          [
            [1, 50],
            [2, 100],
          ],
          'Daftar tenaga layanan',
        ),
        yesNo('SDM.2', 'Tenaga layanan telah mengikuti pelatihan konseling keluarga'),
      ],
    },
    {
      code: 'PRG',
      name: 'Program dan layanan',
      weight: 2,
      criteria: [
        scale('PRG.1', 'Layanan konsultasi dan konseling keluarga tersedia', SCALE_HELP),
        yesNo('PRG.2', 'Ada edukasi pengasuhan bagi orang tua'),
      ],
    },
    {
      code: 'PRT',
      name: 'Protokol layanan',
      weight: 1,
      criteria: [
        yesNo('PRT.1', 'Memiliki protokol layanan tertulis, termasuk layanan daring', 'Dokumen protokol'),
      ],
    },
    {
      code: 'MEP',
      name: 'Pemantauan, evaluasi dan pelaporan',
      weight: 1,
      criteria: [
        yesNo('MEP.1', 'Mencatat klien menurut jenis kelamin dan umur'),
        yesNo('MEP.2', 'Melaporkan layanan secara berkala kepada DP3A'),
      ],
    },
  ],
};

export const EXAMPLE_STANDARDS = [LPLPP_EXAMPLE, PUSPAGA_EXAMPLE];
