/**
 * A plan as a landscape PDF with the region's letterhead (laid out on the PDF worker): the
 * matrix as the official table (two header rows, sections as spanning rows, the budget in
 * Rupiah with a total), then the progress recorded; a Rencana Aksi grouped by its four areas.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { addMoney, formatRupiah } from '../../../domain/planning/money.js';
import { contentWidth, letterhead, pdfFile } from '../documents/pdf-common.js';
import {
  areasOf,
  copyNote,
  exportTitle,
  headerLines,
  latestStatus,
  LEVEL_PREFIX,
  progressLines,
  sectionsOf,
  targetOf,
  unitOf,
  yearsOfExport,
  type PlanExport,
} from './export-model.js';

const th = (text: string, extra: { rowSpan?: number; colSpan?: number } = {}): TableCell => ({
  text,
  style: 'th',
  ...extra,
});
const grid = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };
const blank = (n: number): TableCell[] => Array.from({ length: n }, () => ({ text: '' }));

function section(label: string, cols: number): TableCell[] {
  return [{ text: label, colSpan: cols, bold: true, fillColor: '#f5f5f5' }, ...blank(cols - 1)];
}

function matrixTable(p: PlanExport): Content {
  const years = yearsOfExport(p);
  const cols = 7 + years.length;
  const body: TableCell[][] = [
    [
      th('No', { rowSpan: 2 }),
      th('Uraian Program/Kegiatan/Sub Kegiatan', { rowSpan: 2 }),
      th('Data Dasar (Baseline)', { rowSpan: 2 }),
      th('Target Capaian 5 Tahun', { rowSpan: 2 }),
      th('Target Tahunan', { colSpan: years.length }),
      ...blank(years.length - 1),
      th('Indikator Kinerja', { rowSpan: 2 }),
      th('Alokasi Anggaran (Rp)', { rowSpan: 2 }),
      th('Unit Pelaksana', { rowSpan: 2 }),
    ],
    [...blank(4), ...years.map((y) => th(String(y))), ...blank(3)],
  ];
  for (const s of sectionsOf(p)) {
    body.push(section(s.label, cols));
    if (!s.rows.length)
      body.push([{ text: '–', colSpan: cols, italics: true, color: '#666' }, ...blank(cols - 1)]);
    s.rows.forEach((r, i) =>
      body.push([
        { text: String(i + 1), alignment: 'right' },
        { text: `${LEVEL_PREFIX[r.level]}${r.code ? `${r.code} ` : ''}${r.description}` },
        { text: r.baseline },
        { text: r.target5y },
        ...years.map((y) => ({ text: targetOf(r, y) })),
        { text: r.indicator },
        { text: r.budget === null ? '' : formatRupiah(r.budget), alignment: 'right', noWrap: true },
        { text: unitOf(p, r) },
      ]),
    );
  }
  const total = addMoney('0.00', ...p.rows.map((r) => r.budget ?? '0.00'));
  body.push([
    { text: '' },
    { text: 'Jumlah', bold: true, colSpan: 3 + years.length + 1 },
    ...blank(3 + years.length),
    { text: formatRupiah(total), bold: true, alignment: 'right', noWrap: true },
    { text: '' },
  ]);
  const yearWidth = years.length > 1 ? 42 : 60;
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [18, '*', 62, 62, ...years.map(() => yearWidth), 80, 78, 80],
      body,
    },
    layout: grid,
    fontSize: 7.5,
  };
}

function actionTable(p: PlanExport): Content {
  const body: TableCell[][] = [
    [th('No'), th('Rencana Aksi'), th('Target'), th('Waktu'), th('Penanggung Jawab'), th('Status')],
  ];
  for (const a of areasOf(p)) {
    body.push(section(a.label, 6));
    a.items.forEach((it, i) =>
      body.push([
        { text: String(i + 1), alignment: 'right' },
        { text: it.action },
        { text: it.target },
        { text: it.timeline },
        { text: unitOf(p, it) },
        { text: latestStatus(p, it.id) },
      ]),
    );
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 150, 80, 110, 70], body },
    layout: grid,
    fontSize: 8,
  };
}

function progressTable(p: PlanExport): Content[] {
  const lines = progressLines(p);
  if (!lines.length) return [];
  return [
    { text: 'Kemajuan Pelaksanaan', style: 'section', pageBreak: 'before' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 32, 90, 120, 50, 120],
        body: [
          [th('Uraian'), th('Tahun'), th('Target'), th('Realisasi'), th('Capaian (%)'), th('Catatan')],
          ...lines.map((l) => [
            { text: l.label },
            { text: String(l.year) },
            { text: l.target },
            { text: l.status ? `${l.realisation} [${l.status}]`.trim() : l.realisation },
            {
              text: l.achievement === null ? '' : l.achievement.replace('.', ','),
              alignment: 'right' as const,
            },
            { text: l.note },
          ]),
        ],
      },
      layout: grid,
      fontSize: 8,
    },
  ];
}

export function planPdf(p: PlanExport): TDocumentDefinitions {
  const width = contentWidth(p.issue.paper, 'landscape');
  const note = copyNote(p);
  const [title, subtitle] = exportTitle(p);
  const content: Content[] = [
    ...letterhead(p.issue, null, width),
    ...(note
      ? [
          {
            text: note,
            fontSize: 8,
            bold: true,
            color: '#b71c1c',
            alignment: 'right' as const,
            margin: [0, -6, 0, 6] as [number, number, number, number],
          },
        ]
      : []),
    { text: title, style: 'title' },
    { text: subtitle, style: 'subtitle' },
    {
      table: {
        widths: [90, '*'],
        body: headerLines(p).map(([l, v]) => [{ text: l, bold: true }, { text: `: ${v}` }]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
    p.kind === 'rencana_aksi' ? actionTable(p) : matrixTable(p),
    ...progressTable(p),
  ];
  return pdfFile(p.issue, subtitle ?? title, 'landscape', [content]);
}
