/**
 * Monev results of the year: the monev dashboard's figures (getMonevDashboard), per OPD for a
 * kab/kota and per kab/kota for a province — ARG pagu against realisation, physical progress,
 * beneficiaries by sex, target group and age group, reports per quarter, and the flags.
 */
import {
  AGE_GROUPS,
  MONEV_FLAGS,
  TARGET_GROUPS,
  type AgeGroup,
  type MonevFlagCode,
  type TargetGroup,
} from '../../../../domain/monev/constants.js';
import type { DashboardFiguresDto } from '../../../../api/monev.js';
import { getMonevDashboard } from '../../monev/dashboard.js';
import { count, fact, NO_VALUE, percent, percentOf, rupiah, table } from '../format.js';
import type { SectionProvider } from './provider.js';

const GROUPS: Record<TargetGroup, string> = {
  perempuan: 'Perempuan',
  penyandang_disabilitas: 'Penyandang disabilitas',
  lansia: 'Lansia',
  ibu_hamil: 'Ibu hamil',
  anak: 'Anak',
};
const AGES: Record<AgeGroup, string> = {
  anak: 'Anak (0–17 tahun)',
  dewasa: 'Dewasa (18–59 tahun)',
  lansia: 'Lansia (60+ tahun)',
};
const FLAGS: Record<MonevFlagCode, string> = {
  behind_schedule: 'Realisasi tertinggal dari harapan triwulan',
  late: 'Laporan terlambat atau belum masuk melewati tenggat',
  beneficiaries_contradict_plan: 'Penerima manfaat tidak sesuai rencana',
  over_100: 'Realisasi fisik melebihi target',
  over_pagu: 'Realisasi anggaran melebihi pagu',
};
const ROMAN = ['I', 'II', 'III', 'IV'];

const flagTotal = (f: DashboardFiguresDto['flags']) => MONEV_FLAGS.reduce((n, k) => n + f[k], 0);

function unitRow(i: number, name: string, f: DashboardFiguresDto): string[] {
  return [
    String(i + 1),
    name,
    `${count(f.reportedLines)}/${count(f.lines)}`,
    rupiah(f.pagu),
    rupiah(f.realised),
    percent(f.realisedShare),
    f.physical.averageShare === null ? NO_VALUE : percent(f.physical.averageShare),
    count(f.beneficiaries.P),
    count(f.beneficiaries.L),
    count(flagTotal(f.flags)),
  ];
}

export const monevSection: SectionProvider = {
  key: 'monev',
  async build({ db, actor, regionCode, level, year }) {
    const d = await getMonevDashboard(db, actor, regionCode, year);
    const t = d.total;
    const people = t.beneficiaries.P + t.beneficiaries.L;
    const units = level === 'kabkota' ? d.opds : d.regions;
    const pair = (p: { P: number; L: number }) => [count(p.P), count(p.L), count(p.P + p.L)];
    return {
      key: 'monev',
      title: 'Pemantauan dan Evaluasi (Monev) Kegiatan Responsif Gender',
      source: `Laporan triwulanan ${year} atas sub kegiatan responsif gender (ditandai ARG atau dengan GAP disetujui); realisasi dan penerima manfaat dari laporan yang sudah diajukan atau diverifikasi.`,
      facts: [
        fact(
          'lines',
          'Sub kegiatan responsif gender (dilaporkan / seluruhnya)',
          `${count(t.reportedLines)} / ${count(t.lines)}`,
        ),
        fact('pagu', 'Pagu', rupiah(t.pagu)),
        fact('realised', 'Realisasi anggaran', `${rupiah(t.realised)} (${percent(t.realisedShare)})`),
        fact(
          'physical',
          'Rata-rata capaian fisik',
          t.physical.averageShare === null
            ? NO_VALUE
            : `${percent(t.physical.averageShare)} (${count(t.physical.measured)} sub kegiatan terukur)`,
        ),
        fact(
          'beneficiaries',
          'Penerima manfaat: perempuan / laki-laki',
          `${count(t.beneficiaries.P)} (${percentOf(t.beneficiaries.P, people)}) / ${count(t.beneficiaries.L)} (${percentOf(t.beneficiaries.L, people)})`,
        ),
        fact(
          'indicators',
          'Indikator gender tercapai / terukur',
          `${count(t.indicators.met)} / ${count(t.indicators.measured)}`,
        ),
        fact(
          'reports',
          'Laporan diajukan atau diverifikasi (triwulan I–IV)',
          t.quarters.map((q) => count(q.submitted + q.verified)).join(' / '),
        ),
        fact('late', 'Laporan terlambat', count(t.flags.late)),
        fact('flags', 'Tanda peringatan', count(flagTotal(t.flags))),
      ],
      tables: [
        table(
          'by_unit',
          level === 'kabkota' ? 'Realisasi menurut OPD' : 'Realisasi menurut kabupaten/kota',
          [
            ['No'],
            [level === 'kabkota' ? 'OPD' : 'Kabupaten/kota', 'left'],
            ['Dilaporkan'],
            ['Pagu'],
            ['Realisasi'],
            ['%'],
            ['Fisik'],
            ['P'],
            ['L'],
            ['Tanda'],
          ],
          units.map((u, i) => unitRow(i, u.name, u)),
          'Belum ada sub kegiatan responsif gender tahun ini.',
        ),
        table(
          'beneficiaries_group',
          'Penerima manfaat menurut kelompok sasaran',
          [['Kelompok'], ['Perempuan'], ['Laki-laki'], ['Jumlah']],
          TARGET_GROUPS.map((g) => [GROUPS[g], ...pair(t.beneficiaries.group[g])]),
          'Belum ada penerima manfaat yang dilaporkan.',
        ),
        table(
          'beneficiaries_age',
          'Penerima manfaat menurut kelompok umur',
          [['Kelompok umur'], ['Perempuan'], ['Laki-laki'], ['Jumlah']],
          AGE_GROUPS.map((g) => [AGES[g], ...pair(t.beneficiaries.age[g])]),
          'Belum ada penerima manfaat yang dilaporkan.',
        ),
        table(
          'quarters',
          'Laporan per triwulan',
          [
            ['Triwulan'],
            ['Draf'],
            ['Diajukan'],
            ['Dikembalikan'],
            ['Terverifikasi'],
            ['Belum ada'],
            ['Terlambat'],
          ],
          t.quarters.map((q) => [
            `Triwulan ${ROMAN[q.quarter - 1]}`,
            count(q.draft),
            count(q.submitted),
            count(q.returned),
            count(q.verified),
            count(q.missing),
            count(q.late),
          ]),
          'Belum ada laporan.',
        ),
        table(
          'flags',
          'Tanda peringatan',
          [['Tanda'], ['Jumlah']],
          MONEV_FLAGS.filter((f) => t.flags[f] > 0).map((f) => [FLAGS[f], count(t.flags[f])]),
          'Tidak ada tanda peringatan.',
        ),
      ],
      empty:
        t.lines === 0
          ? `Belum ada sub kegiatan responsif gender tahun ${year}, sehingga belum ada laporan monev. Tandai ARG sub kegiatan di menu PPRG; OPD melapor tiap triwulan di menu Monev.`
          : null,
    };
  },
};
