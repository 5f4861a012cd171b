/**
 * DEMO DATA — the GAP of DP3A Kota Palu for "Sosialisasi Peningkatan Partisipasi Perempuan di
 * Bidang Politik, Hukum, Sosial, dan Ekonomi" (2026): women's leadership training, with the
 * share of women in the DPRD and in echelon posts as the eye-opening data (read live from the
 * demo data terpilah). The focus-group findings in the narrative are INVENTED for the demo.
 * Submitted once and waiting in the review queue.
 */
import type { DemoGap } from './demo-gap.js';

export const DEMO_GAP_DP3A: DemoGap = {
  opdShortName: 'DP3A',
  code: '2.08.02.2.02.0001',
  year: 2026,
  createdAt: '2025-09-29T02:00:00Z',
  submissions: [
    {
      gap: {
        step1: {
          // Filled from the nomenclature reference when seeding (demo-gap.ts).
          policy: '',
          objective:
            'Meningkatnya pemahaman dan partisipasi perempuan Kota Palu di bidang politik, hukum, sosial dan ekonomi.',
        },
        step2: {
          data: [
            {
              id: 'd1',
              indicatorCode: 'POL_DPRD_PEREMPUAN_PERSEN',
              year: 2024,
              note: 'Hasil Pemilu 2024 masih di bawah keterwakilan 30% yang diamanatkan bagi pencalonan.',
            },
            {
              id: 'd2',
              indicatorCode: 'POL_DPRD_ANGGOTA',
              year: 2024,
              note: 'Jumlah kursi DPRD menurut jenis kelamin.',
            },
            {
              id: 'd3',
              indicatorCode: 'POL_JPT_PRATAMA',
              year: 2024,
              note: 'Jabatan pimpinan tinggi pratama (eselon II) yang dijabat perempuan masih sedikit.',
            },
            {
              id: 'd4',
              indicatorCode: 'POL_ADMINISTRATOR',
              year: 2024,
              note: 'Jabatan administrator (eselon III) adalah jenjang persiapan menuju pimpinan tinggi.',
            },
            { id: 'd5', indicatorCode: 'POL_LURAH', year: 2024, note: 'Lurah perempuan di 46 kelurahan.' },
          ],
          qualitative: [
            'Diskusi kelompok terarah dengan Kaukus Perempuan Politik, organisasi perempuan dan ASN perempuan (ilustrasi demo): partai memenuhi kuota 30% calon perempuan, tetapi sebagian besar ditempatkan pada nomor urut bawah dan tanpa pendampingan kampanye.',
            'ASN perempuan menyebut beban pengasuhan dan jadwal pelatihan di luar kota sebagai alasan tidak mendaftar seleksi terbuka jabatan. Pada Musrenbang kelurahan, perempuan hadir tetapi jarang menyampaikan usulan.',
          ].join('\n'),
        },
        step3: {
          factors: [
            {
              id: 'f1',
              aspect: 'akses',
              text: 'Perempuan kader partai, ASN dan tokoh masyarakat terbatas aksesnya pada pelatihan kepemimpinan, jejaring dan informasi seleksi jabatan.',
            },
            {
              id: 'f2',
              aspect: 'partisipasi',
              text: 'Keterwakilan perempuan di DPRD dan pada jabatan pimpinan tinggi serta administrator masih rendah; perempuan jarang berbicara di Musrenbang.',
            },
            {
              id: 'f3',
              aspect: 'kontrol',
              text: 'Penentuan nomor urut calon di partai dan promosi jabatan didominasi laki-laki; perempuan jarang duduk di posisi pengambil keputusan.',
            },
            {
              id: 'f4',
              aspect: 'manfaat',
              text: 'Kebijakan dan anggaran daerah belum sepenuhnya menjawab kebutuhan perempuan karena suara perempuan kurang terdengar di ruang keputusan.',
            },
          ],
        },
        step4: {
          causes: [
            {
              id: 'c1',
              text: 'Sosialisasi selama ini berupa ceramah satu hari tanpa pendampingan lanjutan.',
            },
            {
              id: 'c2',
              text: 'DP3A belum memiliki basis data perempuan potensial pemimpin yang terpilah menurut bidang dan wilayah.',
            },
            {
              id: 'c3',
              text: 'Kerja sama dengan BKPSDM, Kesbangpol dan partai politik belum terlembaga.',
            },
          ],
        },
        step5: {
          causes: [
            {
              id: 'c4',
              text: 'Budaya patriarki memandang kepemimpinan sebagai peran laki-laki; beban ganda pengasuhan menyita waktu perempuan.',
            },
            {
              id: 'c5',
              text: 'Rekrutmen partai dan seleksi jabatan belum memberi langkah afirmasi; jadwal pelatihan tidak ramah pengasuhan.',
            },
          ],
        },
        step6: {
          objective:
            'Meningkatkan kapasitas, jejaring dan kesempatan perempuan Kota Palu untuk menduduki posisi pengambil keputusan di legislatif, birokrasi dan masyarakat, serta mendorong partai politik dan perangkat daerah membuka ruang afirmasi bagi perempuan.',
        },
        step7: {
          actions: [
            {
              id: 'a1',
              text: 'Pelatihan kepemimpinan perempuan tiga angkatan (kader partai dan tokoh masyarakat; ASN pengawas dan administrator; perempuan penggerak kelurahan) dengan layanan penitipan anak selama pelatihan',
              output: '120 perempuan terlatih',
              addresses: ['f1', 'f2', 'c4'],
            },
            {
              id: 'a2',
              text: 'Mentoring enam bulan oleh perempuan pemimpin (anggota DPRD, pejabat pimpinan tinggi, pengusaha) bagi alumni pelatihan',
              output: '40 perempuan menyelesaikan mentoring',
              addresses: ['f3', 'c1'],
            },
            {
              id: 'a3',
              text: 'Penyusunan basis data perempuan potensial pemimpin bersama BKPSDM dan Kesbangpol, terpilah menurut bidang dan kecamatan',
              output: '1 basis data',
              addresses: ['c2', 'c3'],
            },
            {
              id: 'a4',
              text: 'Dialog kebijakan dengan pimpinan partai politik, BKPSDM dan tokoh agama/adat tentang afirmasi pencalonan, promosi jabatan dan jadwal pelatihan yang ramah pengasuhan',
              output: '3 kali dialog dan 1 rekomendasi kebijakan',
              addresses: ['f3', 'c3', 'c4', 'c5'],
            },
            {
              id: 'a5',
              text: 'Forum "Suara Perempuan" pra-Musrenbang di 8 kecamatan untuk merumuskan usulan perempuan',
              output: '8 forum kecamatan',
              addresses: ['f2', 'f4'],
            },
          ],
        },
        step8: {
          baselines: [
            {
              id: 'b1',
              dataRefId: 'd1',
              text: 'Keterwakilan perempuan di DPRD Kota Palu hasil Pemilu 2024.',
            },
            { id: 'b2', dataRefId: 'd3', text: 'Perempuan pada jabatan pimpinan tinggi pratama tahun 2024.' },
            { id: 'b3', dataRefId: 'd4', text: 'Perempuan pada jabatan administrator tahun 2024.' },
          ],
        },
        step9: {
          indicators: [
            {
              id: 'i1',
              kind: 'output',
              text: 'Perempuan peserta pelatihan kepemimpinan',
              target: '120',
              unit: 'orang',
            },
            {
              id: 'i2',
              kind: 'output',
              text: 'Perempuan alumni yang menyelesaikan mentoring',
              target: '40',
              unit: 'orang',
            },
            {
              id: 'i3',
              kind: 'output',
              text: 'Basis data perempuan potensial pemimpin',
              target: '1',
              unit: 'dokumen',
            },
            {
              id: 'i4',
              kind: 'outcome',
              text: 'Alumni pelatihan yang mendaftar seleksi jabatan, mencalonkan diri atau menjadi pengurus organisasi',
              target: '30',
              unit: '%',
            },
            {
              id: 'i5',
              kind: 'outcome',
              text: 'Usulan Musrenbang kecamatan yang berasal dari forum perempuan',
              target: '35',
              unit: '%',
            },
          ],
        },
      },
      budgets: {
        a1: '96800000.00',
        a2: '38600000.00',
        a3: '22500000.00',
        a4: '31200000.00',
        a5: '26300000.00',
      },
    },
  ],
  tor: {
    legalBasisExtra:
      '5. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum, yang mensyaratkan keterwakilan perempuan paling sedikit 30% dalam pencalonan anggota legislatif.',
    location: 'Kota Palu: aula DP3A, 8 kantor kecamatan, dan kantor partai politik peserta dialog',
    // Training first, mentoring for six months after it, the forums before the kecamatan Musrenbang.
    months: { a1: [2, 3, 4], a2: [5, 6, 7, 8, 9, 10], a3: [2, 3, 4, 5], a4: [6, 9, 11], a5: [1, 2] },
  },
  status: 'submitted',
  trail: [{ kind: 'submit', submission: 1, at: '2025-10-16T02:30:00Z', by: 'demo.admin' }],
};
