/**
 * The yearly monev result as slides for the Rakor PUG: landscape pages, one chart each, in
 * type large enough to project — the title page (with the rules' version and source), the
 * scores per OPD by rank (20 OPDs a page), how many OPDs fall in each grade, and each
 * criterion's mean over the OPDs (what holds the region back).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MonevResultsDto } from '../../../api/monev-results.js';
import { formatNumber } from '../../lib/pdf/format.js';
import type { Issue } from './model.js';
import { barChart, BAR_COLOR, gradeColor } from './pdf-bar-chart.js';
import { contentWidth, pdfFile } from './pdf-common.js';
import {
  basisLine,
  criterionMean,
  exampleWarning,
  gradeCounts,
  points,
  resultsTitle,
} from './monev-results-text.js';

const PER_PAGE = 20;

const slideTitle = (text: string, sub?: string): Content[] => [
  { text, fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  ...(sub ? [{ text: sub, fontSize: 11, color: '#555555', margin: [0, 0, 0, 14] } as Content] : []),
];

export function monevSlidesPdf(r: MonevResultsDto, issue: Issue): TDocumentDefinitions {
  const width = contentWidth(issue.paper, 'landscape');
  const { title, subtitle } = resultsTitle(r);
  const warning = exampleWarning(r);
  const grades = r.config!.grades;
  const note = warning ? [{ text: warning, color: '#b71c1c', bold: true, fontSize: 11 } as Content] : [];
  const pages: Content[][] = [
    [
      { text: title, fontSize: 24, bold: true, alignment: 'center', margin: [0, 120, 0, 12] },
      { text: subtitle, fontSize: 18, alignment: 'center', margin: [0, 0, 0, 24] },
      { text: issue.letterhead.governmentName, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 24] },
      ...note,
      { text: basisLine(r), fontSize: 9, color: '#555555', margin: [0, 8, 0, 0] },
    ],
  ];
  for (let start = 0; start < Math.max(1, r.opds.length); start += PER_PAGE) {
    const slice = r.opds.slice(start, start + PER_PAGE);
    const part =
      r.opds.length > PER_PAGE ? ` (${start + 1}–${start + slice.length} dari ${r.opds.length})` : '';
    pages.push([
      ...slideTitle(`Nilai per OPD${part}`, `${subtitle} · peringkat dan predikat`),
      slice.length
        ? barChart(
            slice.map((o) => ({
              label: `${o.rank ?? '–'}. ${o.opd.shortName}`,
              value: o.score,
              text: `${points(o.score)}${o.grade ? ` ${o.grade}` : ''}`,
              color: gradeColor(
                grades.findIndex((g) => g.name === o.grade),
                grades.length,
              ),
            })),
            { width, max: 100, labelWidth: 170, barHeight: 14, fontSize: 11 },
          )
        : { text: 'Belum ada OPD dengan sub kegiatan responsif gender pada tahun ini.', fontSize: 14 },
    ]);
  }
  const counts = gradeCounts(r);
  const most = Math.max(1, ...counts.map((c) => c.count));
  pages.push([
    ...slideTitle('Sebaran predikat', `${subtitle} · jumlah OPD per predikat`),
    barChart(
      [...counts].reverse().map((c, i) => ({
        label: `${c.name} (≥ ${formatNumber(c.min, 2)})`,
        value: c.count,
        text: `${c.count} OPD`,
        color: gradeColor(counts.length - 1 - i, counts.length),
      })),
      { width, max: most, labelWidth: 200, barHeight: 22, fontSize: 13 },
    ),
  ]);
  pages.push([
    ...slideTitle('Rata-rata capaian per kriteria', `${subtitle} · rata-rata OPD yang memiliki data (%)`),
    barChart(
      r.config!.criteria.map((c) => {
        const mean = criterionMean(r, c.key);
        return {
          label: `${c.label} (bobot ${formatNumber(c.weight, 2)})`,
          value: mean,
          text: mean === null ? 'tanpa data' : points(mean),
          color: BAR_COLOR,
        };
      }),
      { width, max: 100, labelWidth: 260, barHeight: 20, fontSize: 12 },
    ),
  ]);
  return pdfFile(
    issue,
    `Paparan Hasil Pengendalian dan Evaluasi ${r.regionName} ${r.year}`,
    'landscape',
    pages,
  );
}
