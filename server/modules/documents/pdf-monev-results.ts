/**
 * The yearly monev result as the document for the Rakor PUG (landscape, so every criterion has
 * its column): letterhead, title, the rules used (version, source, weights, grade bands), the
 * table of OPDs by rank with each criterion's value, score, grade and what cost the most, a
 * bar chart of the scores coloured by grade, the notes on left-out criteria, and the signature.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MonevResultsDto } from '../../../api/monev-results.js';
import { formatNumber } from '../../lib/pdf/format.js';
import type { SignatoryView } from '../letterhead/service.js';
import type { Issue } from './model.js';
import { barChart, gradeColor } from './pdf-bar-chart.js';
import { contentWidth, letterhead, pdfFile, signatureBlock } from './pdf-common.js';
import {
  basisLine,
  exampleWarning,
  leftOutNote,
  mostLowered,
  points,
  resultsTitle,
  valueOf,
} from './monev-results-text.js';

const th = (text: string): TableCell => ({ text, style: 'th' });
const right = (text: string): TableCell => ({ text, alignment: 'right', noWrap: true });
const grid = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };
const heading = (text: string): Content => ({ text, style: 'section', margin: [0, 12, 0, 4] });

/** Signed by hand when no signatory was chosen. */
const BLANK_SIGNATORY: SignatoryView = {
  name: '',
  nip: '',
  position: '.......................................',
  rank: '',
};

function rulesTables(r: MonevResultsDto): Content {
  const c = r.config!;
  return {
    columns: [
      {
        width: '*',
        table: {
          headerRows: 1,
          widths: ['*', 50],
          body: [
            [th('Kriteria'), th('Bobot')],
            ...c.criteria.map((k) => [{ text: k.label }, right(formatNumber(k.weight, 2))]),
          ],
        },
        layout: grid,
      },
      {
        width: 220,
        table: {
          headerRows: 1,
          widths: ['*', 70],
          body: [
            [th('Predikat'), th('Nilai minimum')],
            ...c.grades.map((g) => [{ text: g.name }, right(formatNumber(g.min, 2))]),
          ],
        },
        layout: grid,
      },
    ],
    columnGap: 16,
  };
}

function resultsTable(r: MonevResultsDto): Content {
  const criteria = r.config!.criteria;
  const body: TableCell[][] = [
    [
      th('Peringkat'),
      th('OPD'),
      ...criteria.map((c) => th(`${c.label} (%)`)),
      th('Nilai'),
      th('Predikat'),
      th('Paling menurunkan nilai'),
    ],
    ...r.opds.map((o) => [
      right(o.rank === null ? '–' : String(o.rank)),
      { text: o.opd.name },
      ...criteria.map((c) => right(points(valueOf(o, c.key)))),
      { text: points(o.score), alignment: 'right', bold: true } as TableCell,
      { text: o.grade ?? '–' },
      { text: mostLowered(o), fontSize: 7.5 },
    ]),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [38, 120, ...criteria.map(() => '*' as const), 38, 50, 100],
      body,
    },
    layout: grid,
    fontSize: 8,
  };
}

export function monevResultsPdf(
  r: MonevResultsDto,
  issue: Issue,
  signatory: SignatoryView | null,
): TDocumentDefinitions {
  const width = contentWidth(issue.paper, 'landscape');
  const { title, subtitle } = resultsTitle(r);
  const warning = exampleWarning(r);
  const grades = r.config!.grades;
  const leftOut = leftOutNote(r);
  const content: Content[] = [
    ...letterhead(issue, null, width),
    { text: title, style: 'title' },
    { text: subtitle, style: 'subtitle' },
    ...(warning ? [{ text: warning, bold: true, color: '#b71c1c', margin: [0, 0, 0, 6] } as Content] : []),
    { text: basisLine(r), style: 'small', margin: [0, 0, 0, 8] },
    rulesTables(r),
    heading('Hasil per OPD'),
    r.opds.length
      ? resultsTable(r)
      : { text: 'Belum ada OPD dengan sub kegiatan responsif gender pada tahun ini.' },
    ...(leftOut ? [{ text: leftOut, style: 'small', margin: [0, 4, 0, 0] } as Content] : []),
    {
      text:
        'Nilai = Σ (nilai kriteria × bobot) ÷ Σ bobot kriteria yang memiliki data; nilai kriteria di atas 100% dihitung 100%. ' +
        'OPD dengan nilai sama berbagi peringkat.',
      style: 'small',
      margin: [0, 2, 0, 0],
    },
    heading('Grafik nilai per OPD'),
    barChart(
      r.opds.map((o) => ({
        label: o.opd.shortName,
        value: o.score,
        text: points(o.score),
        color: gradeColor(
          grades.findIndex((g) => g.name === o.grade),
          grades.length,
        ),
      })),
      { width, max: 100, labelWidth: 110 },
    ),
    signatureBlock(issue, signatory ?? BLANK_SIGNATORY),
  ];
  return pdfFile(issue, `Hasil Pengendalian dan Evaluasi ${r.regionName} ${r.year}`, 'landscape', [content]);
}
