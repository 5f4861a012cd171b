/**
 * The example instrument every database starts with (inserted, frozen, by migration 0031 from
 * this data; the module's test checks the migration still matches). Its areas follow the public
 * structure after the Revitalisasi PUG — pelembagaan, the seven development processes and
 * inovasi (research-2.md §2.1: Kaltim DKP3A 2024, Kalteng DP3APPKB 2023) — and its questions
 * follow what those reports name (regulasi, Pokja PUG and its Rencana Aksi, data terpilah, SDM,
 * GAP/GBS and ARG, monev, laporan). Every question text, score, weight and condition here is an
 * EXAMPLE: the official indicators, weights, bukti dukung and thresholds are not public
 * (research-2.md §2.2). It is labelled "CONTOH — bukan instrumen resmi" wherever it shows; a
 * superadmin imports the cycle's official instrument instead. Maximum total: 100.
 */
import type { InstrumentDefinition } from '../../../api/evaluation-instruments.js';
import type { InstrumentQuestion } from '../../../domain/evaluation/instrument.js';

export const EXAMPLE_INSTRUMENT_ID = '65766170-7567-4000-8000-000000000001';

type Q = InstrumentDefinition['areas'][number]['questions'][number];

const yesNo = (
  code: string,
  text: string,
  maxScore: number,
  evidenceKinds: string[],
  extra: Partial<InstrumentQuestion> = {},
): Q => ({
  code,
  text,
  answerType: 'yes_no',
  maxScore,
  weight: 1,
  evidenceKinds,
  ...extra,
});

const choice = (
  code: string,
  text: string,
  options: [string, number][],
  evidenceKinds: string[],
  extra: Partial<InstrumentQuestion> = {},
): Q => ({
  code,
  text,
  answerType: 'choice',
  maxScore: Math.max(...options.map(([, s]) => s)),
  weight: 1,
  options: options.map(([label, score], i) => ({ code: String.fromCharCode(65 + i), label, score })),
  evidenceKinds,
  ...extra,
});

const percent = (
  code: string,
  text: string,
  maxScore: number,
  evidenceKinds: string[],
  thresholds: [number, number][] | null,
): Q => ({
  code,
  text,
  answerType: 'percentage',
  maxScore,
  weight: 1,
  thresholds: thresholds ? thresholds.map(([min, score]) => ({ min, score })) : null,
  evidenceKinds,
});

const THREE_STEPS = (full: string, part: string, none: string): [string, number][] => [
  [full, 4],
  [part, 2],
  [none, 0],
];

export const EXAMPLE_INSTRUMENT: InstrumentDefinition = {
  code: 'PUG-CONTOH',
  name: 'Instrumen Evaluasi PUG (CONTOH — bukan instrumen resmi)',
  example: true,
  sourceNote:
    'CONTOH — bukan instrumen resmi. Struktur area mengikuti sumber publik tentang Revitalisasi PUG (pelembagaan; tujuh proses perencanaan, penganggaran, pelaksanaan, pemantauan, evaluasi, pengawasan, pelaporan; inovasi): DKP3A Kalimantan Timur 2024 dan DP3APPKB Kalimantan Tengah 2023. Pertanyaan, nilai, bobot, bukti dukung dan syarat di sini adalah contoh buatan Setara: indikator, bobot dan ambang resmi KemenPPPA tidak dipublikasikan. Impor instrumen resmi siklus sebelum membuka siklus.',
  areas: [
    {
      code: 'PELEMBAGAAN',
      name: 'Pelembagaan',
      nameEn: 'Institutionalisation',
      questions: [
        yesNo(
          'PL.01',
          'Daerah memiliki Perda atau Peraturan Kepala Daerah tentang pengarusutamaan gender yang berlaku.',
          4,
          ['regulation_pug'],
        ),
        yesNo('PL.02', 'SK Kelompok Kerja (Pokja) PUG ditetapkan kepala daerah dan masih berlaku.', 4, [
          'sk_pokja_pug',
        ]),
        choice(
          'PL.03',
          'Rencana Kerja/Rencana Aksi Pokja PUG tahun berjalan.',
          THREE_STEPS('Tersedia dan dilaksanakan', 'Tersedia, belum dilaksanakan', 'Tidak tersedia'),
          ['rencana_pokja_pug'],
          {
            condition: { questionCode: 'PL.02', equals: true },
          },
        ),
        percent(
          'PL.04',
          'Persentase OPD yang memiliki focal point PUG yang ditetapkan dengan SK.',
          4,
          ['focal_point_sk', 'focal_point_share'],
          [
            [25, 1],
            [50, 2],
            [75, 3],
            [100, 4],
          ],
        ),
        yesNo('PL.05', 'Tim Driver atau Tim Teknis PUG ditetapkan.', 2, ['tim_driver_teknis']),
        {
          code: 'PL.06',
          text: 'Jumlah ASN yang mengikuti pelatihan/Bimtek PUG atau PPRG tahun ini.',
          answerType: 'number',
          maxScore: 4,
          weight: 1,
          thresholds: [
            { min: 10, score: 1 },
            { min: 25, score: 2 },
            { min: 50, score: 3 },
            { min: 100, score: 4 },
          ],
          evidenceKinds: ['training_certificates'],
        },
        choice(
          'PL.07',
          'Data terpilah menurut jenis kelamin tersedia dan dipublikasikan secara rutin.',
          THREE_STEPS(
            'Tersedia dan dipublikasikan rutin',
            'Tersedia, belum dipublikasikan',
            'Belum tersedia',
          ),
          ['data_terpilah', 'profil_gender'],
        ),
        yesNo(
          'PL.08',
          'Ada kerja sama (MoU/PKS) dengan lembaga masyarakat, perguruan tinggi atau dunia usaha untuk PUG.',
          2,
          ['agreements'],
        ),
        yesNo('PL.09', 'Lembaga layanan (UPTD PPA, LPLPP, Puspaga) di daerah sudah terstandar.', 2, [
          'lplpp_standardisation',
        ]),
      ],
    },
    {
      code: 'PERENCANAAN',
      name: 'Perencanaan',
      nameEn: 'Planning',
      questions: [
        percent(
          'PR.01',
          'Persentase OPD yang menyusun GAP dan GBS untuk kegiatannya.',
          4,
          ['gap_opd_share', 'gap_gbs_approved'],
          null,
        ),
        yesNo('PR.02', 'RPJMD dan RKPD memuat isu gender dan sasaran kesetaraan gender.', 3, [
          'other_document',
        ]),
        yesNo('PR.03', 'Musrenbang melibatkan kelompok perempuan, anak dan penyandang disabilitas.', 3, [
          'event_minutes',
        ]),
      ],
    },
    {
      code: 'PENGANGGARAN',
      name: 'Penganggaran',
      nameEn: 'Budgeting',
      questions: [
        percent(
          'PG.01',
          'Persentase anggaran responsif gender (ARG) terhadap total belanja daerah.',
          5,
          ['arg_share'],
          [
            [1, 1],
            [3, 2],
            [5, 3],
            [7, 4],
            [10, 5],
          ],
        ),
        yesNo('PG.02', 'GBS yang disahkan disertakan dalam RKA OPD.', 3, ['gap_gbs_approved']),
        yesNo('PG.03', 'TAPD memeriksa GBS ketika memverifikasi RKA.', 2, ['other_document']),
      ],
    },
    {
      code: 'PELAKSANAAN',
      name: 'Pelaksanaan',
      nameEn: 'Implementation',
      questions: [
        choice(
          'PK.01',
          'Kegiatan responsif gender dilaksanakan sesuai rencana aksi GAP.',
          THREE_STEPS('Semua', 'Sebagian', 'Belum'),
          ['monev_results'],
        ),
        yesNo(
          'PK.02',
          'Sarana dan prasarana responsif gender tersedia (ruang laktasi, toilet terpisah, akses disabilitas).',
          3,
          ['sarpras_photos'],
        ),
        yesNo('PK.03', 'Rapat koordinasi atau advokasi PUG dengan OPD dilaksanakan tahun ini.', 3, [
          'event_minutes',
        ]),
      ],
    },
    {
      code: 'PEMANTAUAN',
      name: 'Pemantauan',
      nameEn: 'Monitoring',
      questions: [
        choice(
          'PM.01',
          'Pemantauan pelaksanaan PPRG oleh Pokja PUG atau Bappeda.',
          THREE_STEPS('Setiap triwulan', 'Setiap tahun', 'Tidak dilakukan'),
          ['monev_results'],
        ),
        percent(
          'PM.02',
          'Persentase OPD yang melaporkan pemantauan kegiatan responsif gender.',
          4,
          ['monev_results'],
          null,
        ),
      ],
    },
    {
      code: 'EVALUASI',
      name: 'Evaluasi',
      nameEn: 'Evaluation',
      questions: [
        yesNo('EV.01', 'Evaluasi pelaksanaan PUG dilakukan dan hasilnya dibahas dalam Pokja PUG.', 4, [
          'monev_results',
        ]),
        {
          code: 'EV.02',
          text: 'Uraikan tindak lanjut atas hasil evaluasi pelaksanaan PUG.',
          answerType: 'text',
          maxScore: 4,
          weight: 1,
          evidenceKinds: ['event_minutes'],
          condition: { questionCode: 'EV.01', equals: true },
        },
      ],
    },
    {
      code: 'PENGAWASAN',
      name: 'Pengawasan',
      nameEn: 'Oversight',
      questions: [
        yesNo('PW.01', 'Inspektorat melakukan pengawasan atau reviu atas PPRG.', 3, ['other_document']),
        yesNo(
          'PW.02',
          'Hasil pengawasan dilaporkan kepada kepala daerah dan ditindaklanjuti OPD.',
          3,
          ['other_document'],
          {
            condition: { questionCode: 'PW.01', equals: true },
          },
        ),
      ],
    },
    {
      code: 'PELAPORAN',
      name: 'Pelaporan',
      nameEn: 'Reporting',
      questions: [
        yesNo('PP.01', 'Laporan pelaksanaan PUG tahunan disusun dan disampaikan.', 4, ['annual_pug_report']),
        choice(
          'PP.02',
          'Profil Gender daerah dipublikasikan.',
          THREE_STEPS('Daring dan data tahun terakhir', 'Cetak atau data lama', 'Tidak dipublikasikan'),
          ['profil_gender'],
        ),
      ],
    },
    {
      code: 'INOVASI',
      name: 'Inovasi',
      nameEn: 'Innovation',
      questions: [
        yesNo('IN.01', 'Daerah memiliki inovasi dalam penyelenggaraan PUG.', 2, ['innovation']),
        {
          code: 'IN.02',
          text: 'Uraikan inovasi, manfaatnya dan penerima manfaatnya (perempuan, laki-laki, anak, disabilitas).',
          answerType: 'text',
          maxScore: 4,
          weight: 1,
          evidenceKinds: ['innovation'],
          condition: { questionCode: 'IN.01', equals: true },
        },
        choice(
          'IN.03',
          'Keberlanjutan inovasi.',
          [
            ['Direplikasi atau dilembagakan (Perkada/SK)', 4],
            ['Berjalan lebih dari satu tahun', 2],
            ['Baru dimulai', 1],
          ],
          ['innovation', 'other_document'],
          { condition: { questionCode: 'IN.01', equals: true } },
        ),
      ],
    },
  ],
};
