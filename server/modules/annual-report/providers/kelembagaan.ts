/**
 * Kelembagaan PUG of the year (research-2.md §3): the Pokja PUG's SK in force, OPDs with a
 * focal-point SK, staff (ASN) and focal points trained in PUG/PPRG, women among officials by
 * echelon, per OPD —
 * kelembagaanFigures (server/modules/kelembagaan/figures.ts). A province's report shows its own
 * institutions (each kab/kota keeps its own Pokja).
 */
import { ECHELONS, type Echelon } from '../../../../domain/kelembagaan/constants.js';
import { kelembagaanFigures } from '../../kelembagaan/figures.js';
import { count, fact, NO_VALUE, percent, table } from '../format.js';
import type { SectionProvider } from './provider.js';

const ECHELON_LABELS: Record<Echelon | 'total', string> = {
  jpt_madya: 'JPT Madya (eselon I)',
  jpt_pratama: 'JPT Pratama (eselon II)',
  administrator: 'Administrator (eselon III)',
  pengawas: 'Pengawas (eselon IV)',
  total: 'Seluruh eselon',
};

const dateId = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
};

export const kelembagaanSection: SectionProvider = {
  key: 'kelembagaan',
  async build({ db, regionCode, year }) {
    const f = await kelembagaanFigures(db, regionCode, year);
    const total = f.officials.find((o) => o.echelon === 'total');
    return {
      key: 'kelembagaan',
      title: 'Kelembagaan PUG',
      empty:
        !f.pokja && f.officials.length === 0
          ? `Tidak ada SK Pokja PUG yang berlaku pada ${year} dan belum ada data pejabat menurut eselon ${year}. SK Pokja PUG, focal point dan data pejabat diisi di menu Kelembagaan PUG.`
          : null,
      source: `Daftar kelembagaan PUG di Setara: SK Pokja PUG yang berlaku, focal point PUG per OPD yang masih aktif pada ${year}, serta jumlah ASN dan yang terlatih PUG/PPRG dan jumlah pejabat menurut eselon dan jenis kelamin ${year} (diisi atau diimpor admin daerah).`,
      facts: [
        fact(
          'pokja',
          `SK Pokja PUG yang berlaku pada ${year}`,
          f.pokja
            ? `${f.pokja.skNumber}, ${dateId(f.pokja.skDate)}; berlaku ${dateId(f.pokja.validFrom)} s.d. ${f.pokja.validTo ? dateId(f.pokja.validTo) : 'tidak ditentukan'}`
            : 'Belum tercatat',
        ),
        fact(
          'pokja_members',
          'Anggota Pokja PUG (perempuan / laki-laki)',
          f.pokja ? `${count(f.pokja.members)} (${count(f.pokja.women)} / ${count(f.pokja.men)})` : NO_VALUE,
        ),
        fact(
          'focal_point_sk',
          'OPD dengan SK focal point PUG',
          `${count(f.focalPoints.opdsWithSk)} dari ${count(f.focalPoints.activeOpds)} OPD (${percent(f.focalPoints.share)})`,
        ),
        fact(
          'staff_trained',
          'ASN terlatih PUG/PPRG',
          f.staffTraining
            ? `${count(f.staffTraining.trained)} dari ${count(f.staffTraining.staff)} ASN (${percent(f.staffTraining.share)})`
            : NO_VALUE,
        ),
        fact(
          'trained',
          'Focal point terlatih PUG / PPRG',
          `${percent(f.training.sharePug)} / ${percent(f.training.sharePprg)} dari ${count(f.training.focalPoints)} focal point`,
        ),
        fact(
          'women_officials',
          'Persentase perempuan pejabat eselon',
          total ? percent(total.womenShare) : NO_VALUE,
        ),
        fact('partners', 'Mitra PUG tercatat', count(f.partners)),
      ],
      tables: [
        table(
          'officials',
          'Pejabat menurut eselon dan jenis kelamin',
          [['Eselon'], ['Perempuan'], ['Laki-laki'], ['Jumlah'], ['% perempuan']],
          [...ECHELONS, 'total' as const]
            .map((e) => f.officials.find((o) => o.echelon === e))
            .filter((o) => o !== undefined)
            .map((o) => [
              ECHELON_LABELS[o.echelon],
              count(o.women),
              count(o.men),
              count(o.total),
              percent(o.womenShare),
            ]),
          'Belum ada data pejabat menurut eselon tahun ini.',
        ),
        table(
          'by_opd',
          'Focal point PUG menurut OPD',
          [
            ['No'],
            ['OPD', 'left'],
            ['SK focal point'],
            ['Focal point'],
            ['Terlatih PUG'],
            ['Terlatih PPRG'],
            ['% ASN terlatih PUG/PPRG'],
          ],
          f.perOpd.map((o, i) => [
            String(i + 1),
            o.opdName,
            o.hasFocalPointSk ? 'Ada' : 'Belum',
            count(o.training.focalPoints),
            percent(o.training.sharePug),
            percent(o.training.sharePprg),
            o.staffTraining ? percent(o.staffTraining.share) : NO_VALUE,
          ]),
          'Belum ada OPD aktif.',
        ),
      ],
    };
  },
};
