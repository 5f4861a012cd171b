/**
 * DEMO DATA — the GAP of Dinas Kesehatan Kota Palu for "Pengelolaan Pelayanan Kesehatan Ibu
 * Hamil" (2026): maternal health, antenatal coverage (K4/K6), husbands' part in antenatal
 * classes, and access for pregnant women in the hillside kelurahan and the permanent shelters
 * (huntap) built after the 28 September 2018 earthquake, tsunami and liquefaction. The
 * programme figures quoted in the narrative (K4/K6 coverage, class attendance) are INVENTED
 * for the demo; the step 2 figures are read live from the demo data terpilah.
 *
 * Two submissions: the first was returned on step 7 (the reviewer wanted an action that
 * reaches husbands outside the classes), the second adds it and was approved.
 */
import type { GapAction, GapContent } from '../../../domain/planning/gap-content.js';
import type { DemoGap } from './demo-gap.js';

const actionsV1: GapAction[] = [
  {
    id: 'a1',
    text: 'Pelayanan antenatal terpadu sesuai standar (K1–K6) di 13 puskesmas, termasuk pemeriksaan USG oleh dokter pada trimester I dan III',
    output: '7.200 ibu hamil mendapat pelayanan K6',
    addresses: ['f4', 'c3'],
  },
  {
    id: 'a2',
    text: 'Pelayanan antenatal keliling (posyandu ibu hamil) terjadwal di kelurahan lereng bukit dan hunian tetap pascabencana: Kawatuna, Lasoani, Poboya, Buluri, Watusampu, Balaroa, Petobo dan Duyu',
    output: '96 kunjungan keliling',
    addresses: ['f1', 'c5'],
  },
  {
    id: 'a3',
    text: 'Kelas ibu hamil dengan sesi pasangan pada Sabtu pagi dan sore, materi peran suami dalam perencanaan persalinan dan pencegahan komplikasi (P4K)',
    output: '60 angkatan kelas',
    addresses: ['f2', 'c1', 'c4', 'c6'],
  },
  {
    id: 'a4',
    text: 'Pelatihan bidan dan kader posyandu tentang konseling yang melibatkan pasangan dan pencatatan kunjungan terpilah (pendamping, kelurahan)',
    output: '120 bidan dan kader terlatih',
    addresses: ['c2', 'c3'],
  },
  {
    id: 'a5',
    text: 'Dukungan transportasi rujukan bagi ibu hamil risiko tinggi dari kelurahan jauh, diputuskan bersama ibu hamil melalui rencana persalinan (amanat persalinan)',
    output: '250 ibu hamil risiko tinggi terlayani',
    addresses: ['f1', 'f3', 'c5'],
  },
];

const suamiSiaga: GapAction = {
  id: 'a6',
  text: 'Kampanye "Suami Siaga" melalui tokoh agama, ketua RT/RW dan grup percakapan warga, serta pesan pengingat jadwal pemeriksaan yang dikirim juga kepada suami',
  output: '45 kelurahan terjangkau kampanye',
  addresses: ['f2', 'f3', 'c4', 'c6'],
};

function gap(actions: GapAction[]): GapContent {
  return {
    step1: {
      // Filled from the nomenclature reference when seeding (demo-gap.ts).
      policy: '',
      objective:
        'Setiap ibu hamil di Kota Palu mendapatkan pelayanan kesehatan sesuai standar selama kehamilan (minimal enam kali pemeriksaan, dua di antaranya oleh dokter).',
    },
    step2: {
      data: [
        {
          id: 'd1',
          indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN',
          year: 2024,
          note: 'Sebagian kecil persalinan masih tanpa tenaga kesehatan, terpusat di kelurahan lereng bukit.',
        },
        {
          id: 'd2',
          indicatorCode: 'KES_AKI',
          year: 2024,
          note: 'Kematian ibu masih terjadi setiap tahun; sebagian besar dengan riwayat pemeriksaan kehamilan tidak lengkap.',
        },
        {
          id: 'd3',
          indicatorCode: 'KES_KEMATIAN_IBU',
          year: 2024,
          note: 'Audit maternal perinatal menunjukkan keterlambatan mengambil keputusan rujukan di tingkat keluarga.',
        },
        {
          id: 'd4',
          indicatorCode: 'KES_JKN_CAKUPAN',
          year: 2024,
          note: 'Kepesertaan JKN perempuan dan laki-laki menentukan biaya yang ditanggung keluarga saat rujukan.',
        },
      ],
      qualitative: [
        'Laporan PWS KIA 2024 (angka ilustrasi demo): cakupan K4 sekitar 88% dan K6 sekitar 71%; di kelurahan lereng bukit dan hunian tetap pascabencana K6 di bawah 60%.',
        'Daftar hadir kelas ibu hamil menunjukkan hanya sekitar satu dari sepuluh ibu hamil didampingi suami. Diskusi kelompok dengan ibu hamil di Petobo dan Balaroa: jadwal kelas bentrok dengan jam kerja suami, dan ongkos ojek ke puskesmas menjadi alasan menunda pemeriksaan.',
      ].join('\n'),
    },
    step3: {
      factors: [
        {
          id: 'f1',
          aspect: 'akses',
          text: 'Ibu hamil di kelurahan lereng bukit dan hunian tetap pascabencana 2018 menempuh jarak jauh dengan angkutan terbatas ke puskesmas, sehingga pemeriksaan K6 dan USG tertinggal.',
        },
        {
          id: 'f2',
          aspect: 'partisipasi',
          text: 'Suami jarang mendampingi pemeriksaan kehamilan dan kelas ibu hamil; pengetahuan tanda bahaya kehamilan hanya dimiliki ibu.',
        },
        {
          id: 'f3',
          aspect: 'kontrol',
          text: 'Keputusan memeriksakan kehamilan, tempat bersalin dan rujukan sering ditentukan suami atau keluarga besar; ibu hamil tidak memegang biaya transportasi.',
        },
        {
          id: 'f4',
          aspect: 'manfaat',
          text: 'Ibu hamil yang bekerja di sektor informal dan ibu dengan anemia atau kurang energi kronis belum memperoleh manfaat penuh pelayanan terpadu karena jadwal layanan.',
        },
      ],
    },
    step4: {
      causes: [
        { id: 'c1', text: 'Kelas ibu hamil dan posyandu dijadwalkan pada hari dan jam kerja.' },
        {
          id: 'c2',
          text: 'Bidan dan kader belum terlatih konseling yang melibatkan pasangan; materi kelas belum memuat peran suami.',
        },
        {
          id: 'c3',
          text: 'Pencatatan kunjungan antenatal belum memuat pendamping dan belum dipilah menurut kelurahan rawan.',
        },
      ],
    },
    step5: {
      causes: [
        {
          id: 'c4',
          text: 'Norma di masyarakat bahwa kehamilan dan persalinan adalah urusan perempuan; suami merasa canggung hadir di fasilitas kesehatan.',
        },
        {
          id: 'c5',
          text: 'Jarak dan biaya transportasi dari kelurahan lereng bukit dan hunian tetap; angkutan umum terbatas.',
        },
        {
          id: 'c6',
          text: 'Sebagian suami bekerja di luar kota, di tambang atau di pelabuhan dengan jam kerja panjang.',
        },
      ],
    },
    step6: {
      objective:
        'Meningkatkan cakupan pelayanan antenatal sesuai standar (K6 dan USG) bagi seluruh ibu hamil di Kota Palu, termasuk di kelurahan lereng bukit dan hunian tetap pascabencana, dengan keterlibatan aktif suami dalam pemeriksaan, kelas ibu hamil dan keputusan persalinan.',
    },
    step7: { actions },
    step8: {
      baselines: [
        {
          id: 'b1',
          dataRefId: 'd1',
          text: 'Persalinan ditolong tenaga kesehatan tahun 2024 sebagai titik awal pemerataan layanan.',
        },
        {
          id: 'b2',
          dataRefId: 'd2',
          text: 'Angka kematian ibu tahun 2024 sebagai dampak jangka panjang yang dipantau.',
        },
      ],
    },
    step9: {
      indicators: [
        {
          id: 'i1',
          kind: 'output',
          text: 'Ibu hamil yang mendapat pelayanan antenatal sesuai standar (K6)',
          target: '7.200',
          unit: 'orang',
        },
        {
          id: 'i2',
          kind: 'output',
          text: 'Suami yang mengikuti sesi pasangan kelas ibu hamil',
          target: '1.500',
          unit: 'orang',
        },
        {
          id: 'i3',
          kind: 'output',
          text: 'Bidan dan kader terlatih konseling yang melibatkan pasangan',
          target: '120',
          unit: 'orang',
        },
        { id: 'i4', kind: 'outcome', text: 'Cakupan pelayanan antenatal K6', target: '90', unit: '%' },
        {
          id: 'i5',
          kind: 'outcome',
          text: 'Ibu hamil yang didampingi suami minimal satu kali pemeriksaan',
          target: '50',
          unit: '%',
        },
        { id: 'i6', kind: 'outcome', text: 'Persalinan di fasilitas kesehatan', target: '98', unit: '%' },
      ],
    },
  };
}

export const DEMO_GAP_DINKES: DemoGap = {
  opdShortName: 'Dinkes',
  code: '1.02.02.2.02.0001',
  year: 2026,
  createdAt: '2025-09-22T01:30:00Z',
  submissions: [
    {
      gap: gap(actionsV1),
      budgets: {
        a1: '198500000.00',
        a2: '96750000.00',
        a3: '80900000.00',
        a4: '55600000.00',
        a5: '55000000.00',
      },
    },
    {
      gap: gap([...actionsV1, suamiSiaga]),
      budgets: {
        a1: '198500000.00',
        a2: '96750000.00',
        a3: '62400000.00',
        a4: '48600000.00',
        a5: '55000000.00',
        a6: '25500000.00',
      },
    },
  ],
  tor: {
    legalBasisExtra:
      '5. Peraturan Menteri Kesehatan Nomor 21 Tahun 2021 tentang Penyelenggaraan Pelayanan Kesehatan Masa Sebelum Hamil, Masa Hamil, Persalinan, dan Masa Sesudah Melahirkan, Pelayanan Kontrasepsi, dan Pelayanan Kesehatan Seksual.',
    location:
      '13 puskesmas se-Kota Palu dan posyandu di kelurahan lereng bukit serta hunian tetap pascabencana',
    // Services run all year; training first so that counselling with couples starts early.
    months: {
      a1: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      a2: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      a3: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      a4: [1, 2],
      a5: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      a6: [3, 4, 5, 8, 9],
    },
  },
  status: 'approved',
  trail: [
    { kind: 'submit', submission: 1, at: '2025-10-06T01:12:00Z', by: 'demo.operator' },
    {
      kind: 'comment',
      submission: 1,
      at: '2025-10-09T03:40:00Z',
      by: 'demo.reviewer',
      target: '7',
      body: 'Faktor partisipasi suami dan sebab norma (langkah 5) hanya dijawab kelas ibu hamil. Suami yang bekerja di luar kota atau di pelabuhan tidak akan hadir di kelas Sabtu.',
      resolved: true,
    },
    {
      kind: 'revision',
      submission: 1,
      at: '2025-10-09T03:45:00Z',
      by: 'demo.reviewer',
      target: '7',
      body: 'Mohon tambahkan rencana aksi yang menjangkau suami di luar kelas (misalnya melalui tokoh agama dan pesan pengingat), lengkap dengan anggarannya di GBS.',
    },
    { kind: 'submit', submission: 2, at: '2025-10-14T06:05:00Z', by: 'demo.operator' },
    {
      kind: 'approve',
      submission: 2,
      at: '2025-10-20T02:20:00Z',
      by: 'demo.reviewer',
      body: 'GAP, GBS dan KAK sudah responsif gender. Disetujui untuk ditandai ARG kategori khusus gender (kebutuhan spesifik ibu hamil).',
    },
  ],
};
