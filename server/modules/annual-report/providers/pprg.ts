/**
 * PPRG coverage and ARG share of the year: the planning module's ARG recap (cached by the
 * region's planning revision) and the approved GAP worksheets' GBS and KAK/TOR counts, as the
 * documents module counts a set.
 */
import { documentSetCounts } from '../../../../domain/planning/gap-progress.js';
import { loadSetParts } from '../../documents/data.js';
import { getArgRecap } from '../../planning/recap.js';
import { count, fact, percent, rupiah, table } from '../format.js';
import type { SectionProvider } from './provider.js';

const CATEGORY_LABELS: Record<string, string> = {
  khusus: 'ARG khusus',
  kesetaraan: 'ARG kesetaraan',
  kelembagaan: 'ARG kelembagaan',
  netral: 'Netral',
  untagged: 'Belum ditandai',
};

export const pprgSection: SectionProvider = {
  key: 'pprg',
  async build({ db, actor, regionCode, year }) {
    const [recap, approvedParts] = await Promise.all([
      getArgRecap(db, actor, regionCode, year),
      loadSetParts(db, { regionCode, year, statuses: ['approved'] }),
    ]);
    const approved = documentSetCounts(approvedParts);
    const lines = recap.byOpd.reduce((n, o) => n + o.subActivities, 0);
    const tagged = recap.byOpd.reduce((n, o) => n + o.tagged, 0);
    const gaps = { draft: 0, submitted: 0, revision: 0, approved: 0 };
    for (const o of recap.byOpd)
      for (const k of Object.keys(gaps) as (keyof typeof gaps)[]) gaps[k] += o.gaps[k];
    return {
      key: 'pprg',
      title: 'Perencanaan dan Penganggaran Responsif Gender (PPRG)',
      source: `Sub kegiatan APBD tahun ${year} dengan penandaan ARG, dan dokumen GAP/GBS/KAK yang disusun OPD di Setara.`,
      facts: [
        fact('sub_activities', 'Sub kegiatan (ditandai / seluruhnya)', `${count(tagged)} / ${count(lines)}`),
        fact('budget', 'Pagu sub kegiatan', rupiah(recap.totalBudget)),
        fact('responsive', 'Anggaran responsif gender (ARG)', rupiah(recap.responsiveAmount)),
        fact('share', 'Porsi ARG terhadap pagu', percent(recap.responsiveShare)),
        fact('approved_amount', 'ARG dengan GAP disetujui', rupiah(recap.approvedAmount)),
        fact(
          'gaps',
          'GAP: draf / diajukan / perbaikan / disetujui',
          `${count(gaps.draft)} / ${count(gaps.submitted)} / ${count(gaps.revision)} / ${count(gaps.approved)}`,
        ),
        fact('gbs_approved', 'GBS disetujui', count(approved.gbs)),
        fact('tor_approved', 'KAK/TOR disetujui', count(approved.tor)),
        fact('not_submitted', 'OPD belum mengajukan GAP', count(recap.notSubmitted.length)),
      ],
      tables: [
        table(
          'by_category',
          'Menurut kategori ARG',
          [['Kategori'], ['Sub kegiatan'], ['Pagu'], ['Nilai ARG']],
          recap.byCategory
            .filter((c) => c.count > 0)
            .map((c) => [
              CATEGORY_LABELS[c.category] ?? c.category,
              count(c.count),
              rupiah(c.budget),
              rupiah(c.amount),
            ]),
          'Belum ada sub kegiatan tahun ini.',
        ),
        table(
          'by_opd',
          'PPRG menurut OPD',
          [
            ['No'],
            ['OPD', 'left'],
            ['Sub kegiatan (ditandai/total)'],
            ['Pagu'],
            ['ARG'],
            ['%'],
            ['GAP disetujui/total'],
          ],
          recap.byOpd.map((o, i) => [
            String(i + 1),
            o.opdName,
            `${count(o.tagged)}/${count(o.subActivities)}`,
            rupiah(o.budget),
            rupiah(o.responsive),
            percent(o.share),
            `${count(o.gaps.approved)}/${count(o.gaps.draft + o.gaps.submitted + o.gaps.revision + o.gaps.approved)}`,
          ]),
          'Belum ada sub kegiatan tahun ini.',
        ),
        table(
          'not_submitted',
          'OPD yang belum mengajukan GAP',
          [['No'], ['OPD', 'left']],
          recap.notSubmitted.map((o, i) => [String(i + 1), o.opdName]),
          'Semua OPD dengan sub kegiatan pada tahun ini sudah mengajukan GAP.',
        ),
      ],
      empty:
        lines === 0
          ? `Belum ada sub kegiatan tahun ${year}. Impor atau isi sub kegiatan APBD di menu PPRG, lalu tandai ARG-nya.`
          : null,
    };
  },
};
