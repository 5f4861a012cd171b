/**
 * The annual PUG report as a PDF (runs on the PDF worker thread, lib/pdf/render-in-worker.ts):
 * the region's letterhead, the title, each assembled section's facts and tables, the narrative
 * and the signature block, pages numbered — the frame every official PDF shares
 * (documents/pdf-common.ts).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportTable } from '../../../api/annual-report.js';
import type { Issue } from '../documents/model.js';
import { contentWidth, letterhead, pdfFile, signatureBlock } from '../documents/pdf-common.js';
import { EMPTY_NARRATIVE, paragraphsOf, ROMAN, type PrintModel } from './print-model.js';

const grid = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };
/** Rows up to which a table is never split across pages. */
const SHORT_TABLE = 12;

function tableOf(t: ReportTable): Content[] {
  if (t.rows.length === 0) {
    return [
      {
        stack: [
          { text: t.title, bold: true, margin: [0, 8, 0, 3] },
          { text: t.empty, italics: true },
        ],
        unbreakable: true,
      },
    ];
  }
  const span = t.columns.length;
  // The title is the table's first header row, so it never stays behind at a page's foot and
  // comes back, with the column headings, on every page the table runs onto.
  const title: TableCell[] = [
    {
      text: t.title,
      bold: true,
      fontSize: 9.5,
      colSpan: span,
      border: [false, false, false, false],
      margin: [-4, 8, 0, 3],
    },
    ...Array.from({ length: span - 1 }, () => ({})),
  ];
  const body: TableCell[][] = [
    title,
    t.columns.map((c) => ({ text: c.label, style: 'th' })),
    ...t.rows.map((r) =>
      r.map((cell, i) => ({
        text: cell,
        alignment: t.columns[i]?.align ?? 'left',
        noWrap: t.columns[i]?.align === 'right',
      })),
    ),
  ];
  const nameColumn = t.columns.findIndex((c, i) => i > 0 && c.align === 'left');
  const widths = t.columns.map((_, i) => (i === (nameColumn < 0 ? 0 : nameColumn) ? '*' : 'auto'));
  return [
    {
      table: { headerRows: 2, keepWithHeaderRows: 1, widths, body, dontBreakRows: true },
      // No rule above the title row; a short table is kept on one page.
      layout: { ...grid, hLineWidth: (i: number) => (i === 0 ? 0 : 0.5) },
      unbreakable: t.rows.length <= SHORT_TABLE,
      fontSize: 8.5,
    },
  ];
}

export function annualReportPdf(model: PrintModel, issue: Issue) {
  const width = contentWidth(issue.paper, 'portrait');
  const content: Content[] = [
    ...letterhead(issue, null, width),
    {
      text: model.note,
      fontSize: 8,
      bold: true,
      color: '#b71c1c',
      alignment: 'right',
      margin: [0, -6, 0, 6],
    },
    { text: model.title, style: 'title' },
    { text: model.subtitle, style: 'subtitle' },
  ];
  model.sections.forEach((s, i) => {
    content.push({ text: `${ROMAN[i]}. ${s.title}`, style: 'section', fontSize: 11, margin: [0, 14, 0, 4] });
    content.push({ text: s.source, italics: true, fontSize: 8.5, margin: [0, 0, 0, 4] });
    if (s.empty) {
      content.push({ text: s.empty });
      return;
    }
    content.push({
      table: {
        widths: [220, '*'],
        body: s.facts.map((f) => [{ text: f.label, style: 'label' }, { text: f.value }]),
      },
      layout: grid,
    });
    for (const t of s.tables) content.push(...tableOf(t));
  });
  const first = model.sections.length;
  model.narrative.forEach((n, i) => {
    content.push({
      text: `${ROMAN[first + i]}. ${n.title}`,
      style: 'section',
      fontSize: 11,
      margin: [0, 14, 0, 4],
    });
    const paragraphs = paragraphsOf(n.text);
    if (paragraphs.length === 0) content.push({ text: EMPTY_NARRATIVE, italics: true, color: '#555' });
    for (const p of paragraphs) content.push({ text: p, alignment: 'justify', margin: [0, 0, 0, 5] });
  });
  content.push(signatureBlock(issue, model.signatory));
  return pdfFile(issue, `Laporan Pelaksanaan PUG ${model.regionName} ${model.year}`, 'portrait', [content]);
}
