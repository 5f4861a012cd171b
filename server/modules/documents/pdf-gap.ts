/**
 * The GAP matrix (landscape): the nine steps as numbered columns under the official grouped
 * headings — "Kebijakan/Program/Kegiatan" (1), "Isu Gender" (2–5), "Kebijakan dan Rencana ke
 * Depan" (6–7), "Pengukuran Hasil" (8–9) — one analysed sub-kegiatan per matrix.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ExportDocument, Issue } from './model.js';
import { contentWidth, copyNotes, letterhead, signatureBlock } from './pdf-common.js';
import { GAP_GROUP_TITLES, GAP_STEP_TITLES, gapColumns } from './text.js';

/** Relative widths of columns 1–9: the narrative columns get more room. */
const WEIGHTS = [1.25, 1.45, 1.3, 1, 1, 1, 1.3, 1.05, 1.15];

function headerRows(): TableCell[][] {
  const top: TableCell[] = [];
  for (const group of GAP_GROUP_TITLES) {
    if (group.steps.length === 1) {
      top.push({ text: group.title, style: 'th', rowSpan: 2 });
    } else {
      top.push({ text: group.title, style: 'th', colSpan: group.steps.length });
      for (let i = 1; i < group.steps.length; i++) top.push({ text: '' });
    }
  }
  const second: TableCell[] = [{ text: '' }];
  for (let step = 2; step <= 9; step++) second.push({ text: GAP_STEP_TITLES[step], style: 'th' });
  const numbers: TableCell[] = Array.from({ length: 9 }, (_, i) => ({
    text: `(${i + 1})`,
    style: 'th',
    fontSize: 7,
  }));
  return [top, second, numbers];
}

function cell(blocks: { heading?: string; lines: string[] }[]): TableCell {
  return {
    stack: blocks.flatMap((b) => [
      ...(b.heading ? [{ text: b.heading, bold: true, margin: [0, 2, 0, 0] } as Content] : []),
      ...b.lines.map((line) => ({ text: line }) as Content),
    ]),
    fontSize: 7.5,
  };
}

export function gapMatrixContent(doc: ExportDocument, issue: Issue): Content[] {
  const width = contentWidth(issue.paper, 'landscape');
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  // Cell padding (8 pt per column) comes out of the width first.
  const widths = WEIGHTS.map((w) => ((width - 9 * 8) * w) / total);
  return [
    ...letterhead(issue, doc.opd.name, width),
    ...copyNotes(doc),
    { text: 'MATRIKS GENDER ANALYSIS PATHWAY (GAP)', style: 'title' },
    {
      text: `${doc.opd.name} · Tahun Anggaran ${doc.year} · Sub Kegiatan ${doc.subActivity.code} ${doc.subActivity.name}`,
      style: 'subtitle',
    },
    {
      table: { headerRows: 3, widths, body: [...headerRows(), gapColumns(doc).map(cell)] },
      layout: { paddingLeft: () => 4, paddingRight: () => 4, hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    },
    signatureBlock(issue, doc.signatory),
  ];
}
