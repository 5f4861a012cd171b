/**
 * Data terpilah coverage of the year: per OPD, its assigned indicators, how many hold a value
 * of the year and how many a verified one, and its values by status (home's dataYearCounts).
 */
import { dataYearCounts, opdsWithAssignments } from '../../home/queries.js';
import { count, fact, percentOf, table } from '../format.js';
import { indicatorCoverage } from '../queries.js';
import type { SectionProvider } from './provider.js';

export const dataTerpilahSection: SectionProvider = {
  key: 'data_terpilah',
  async build({ db, regionCode, year }) {
    const [opds, coverage, values] = await Promise.all([
      opdsWithAssignments(db, regionCode),
      indicatorCoverage(db, regionCode, year),
      dataYearCounts(db, regionCode, year),
    ]);
    const byOpd = new Map(coverage.map((c) => [c.opdId, c]));
    const valuesOf = new Map<string, { draft: number; submitted: number; verified: number }>();
    for (const v of values) {
      const into = valuesOf.get(v.opdId) ?? { draft: 0, submitted: 0, verified: 0 };
      into.draft += v.draft;
      into.submitted += v.submitted;
      into.verified += v.verified;
      valuesOf.set(v.opdId, into);
    }
    const total = { assigned: 0, entered: 0, verified: 0, draft: 0, submitted: 0, verifiedValues: 0 };
    const rows = opds.map((o, i) => {
      const c = byOpd.get(o.id) ?? { assigned: 0, entered: 0, verified: 0 };
      const v = valuesOf.get(o.id) ?? { draft: 0, submitted: 0, verified: 0 };
      total.assigned += c.assigned;
      total.entered += c.entered;
      total.verified += c.verified;
      total.draft += v.draft;
      total.submitted += v.submitted;
      total.verifiedValues += v.verified;
      return [
        String(i + 1),
        o.name,
        count(c.assigned),
        count(c.entered),
        count(c.verified),
        percentOf(c.verified, c.assigned),
        count(v.draft + v.submitted + v.verified),
      ];
    });
    return {
      key: 'data_terpilah',
      title: 'Data Terpilah',
      source: `Nilai indikator data terpilah periode tahun ${year} (tahunan, semester dan triwulan) yang diisi OPD di Setara.`,
      facts: [
        fact('opds', 'OPD dengan indikator', count(opds.length)),
        fact('assigned', 'Indikator yang ditugaskan', count(total.assigned)),
        fact(
          'entered',
          `Indikator berisi nilai ${year}`,
          `${count(total.entered)} (${percentOf(total.entered, total.assigned)})`,
        ),
        fact(
          'verified',
          'Indikator terverifikasi',
          `${count(total.verified)} (${percentOf(total.verified, total.assigned)})`,
        ),
        fact(
          'values',
          'Nilai: draf / diajukan / terverifikasi',
          `${count(total.draft)} / ${count(total.submitted)} / ${count(total.verifiedValues)}`,
        ),
      ],
      tables: [
        table(
          'by_opd',
          'Cakupan data terpilah menurut OPD',
          [
            ['No'],
            ['OPD', 'left'],
            ['Indikator'],
            ['Berisi nilai'],
            ['Terverifikasi'],
            ['% terverifikasi'],
            ['Jumlah nilai'],
          ],
          rows,
          'Belum ada OPD yang ditugasi indikator.',
        ),
      ],
      empty:
        opds.length === 0
          ? 'Belum ada indikator data terpilah yang ditugaskan kepada OPD. Tugaskan indikator di menu Data Terpilah, lalu OPD mengisi nilainya.'
          : total.entered === 0
            ? `Belum ada nilai data terpilah periode ${year} untuk ${count(total.assigned)} indikator yang ditugaskan kepada ${count(opds.length)} OPD. OPD mengisi nilainya di menu Isian data terpilah.`
            : null,
    };
  },
};
