/**
 * The annual PUG report as a Word document (runs on a worker thread, lib/docx/): regions edit
 * and sign it in Word, so it uses Word's own structure — real headings (the navigation pane
 * and a table of contents find them), tables with a repeating header row, page numbers in a
 * footer field — the same content as the PDF (pdf.ts), from the same print model.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ReportTable } from '../../../api/annual-report.js';
import { formatDateId } from '../../lib/pdf/format.js';
import type { Issue } from '../documents/model.js';
import { EMPTY_NARRATIVE, paragraphsOf, ROMAN, type PrintModel } from './print-model.js';

/** Twips (1/1440 inch): A4 and F4 (215 × 330 mm), margins of 2 cm. */
const PAGE = { a4: { width: 11906, height: 16838 }, f4: { width: 12189, height: 18709 } };
const MARGIN = 1134;
const FONT = 'Arial';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const text = (
  t: string,
  options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
) => new TextRun({ text: t, font: FONT, ...options });

const para = (
  children: ParagraphChild[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  after = 0,
) => new Paragraph({ children, alignment, spacing: { after } });

function letterhead(issue: Issue): (Paragraph | Table)[] {
  const lh = issue.letterhead;
  const lines = [
    para([text(lh.governmentName.toUpperCase(), { bold: true, size: 28 })], AlignmentType.CENTER),
  ];
  const address = [lh.address, lh.contact].filter(Boolean).join(' · ');
  if (address) lines.push(para([text(address, { size: 17 })], AlignmentType.CENTER));
  const logoCell = lh.logo
    ? [
        para([
          new ImageRun({
            type: lh.logo.mime === 'image/png' ? 'png' : 'jpg',
            data: Buffer.from(lh.logo.data),
            transformation: {
              width: Math.round((64 * lh.logo.width) / Math.max(lh.logo.width, lh.logo.height)),
              height: Math.round((64 * lh.logo.height) / Math.max(lh.logo.width, lh.logo.height)),
            },
          }),
        ]),
      ]
    : [para([])];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: logoCell, width: { size: 14, type: WidthType.PERCENTAGE } }),
            new TableCell({ children: lines, width: { size: 72, type: WidthType.PERCENTAGE } }),
            new TableCell({ children: [para([])], width: { size: 14, type: WidthType.PERCENTAGE } }),
          ],
        }),
      ],
    }),
    // The double rule under a kop surat.
    new Paragraph({
      children: [],
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } },
      spacing: { after: 200 },
    }),
  ];
}

function cell(value: string, align: 'left' | 'right', header = false) {
  return new TableCell({
    children: [
      para(
        [text(value, { bold: header, size: 17 })],
        header ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      ),
    ],
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
  });
}

function tableOf(t: ReportTable): (Paragraph | Table)[] {
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_3,
    // A table's title stays with the table's first row.
    keepNext: true,
    children: [text(t.title, { bold: true, size: 20 })],
    spacing: { before: 160, after: 60 },
  });
  if (t.rows.length === 0) return [title, para([text(t.empty, { italics: true, size: 19 })])];
  return [
    title,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c.label, c.align, true)) }),
        ...t.rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: r.map((v, i) => cell(v, t.columns[i]?.align ?? 'left')),
            }),
        ),
      ],
    }),
  ];
}

function facts(rows: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              children: [para([text(f.label, { bold: true, size: 19 })])],
              width: { size: 45, type: WidthType.PERCENTAGE },
            }),
            new TableCell({
              children: [para([text(f.value, { size: 19 })])],
              width: { size: 55, type: WidthType.PERCENTAGE },
            }),
          ],
        }),
    ),
  });
}

const heading = (t: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepNext: true,
    children: [text(t, { bold: true, size: 24 })],
    spacing: { before: 280, after: 100 },
  });

/** Place and date, the title, room to sign, the name, rank and NIP — right half of the page. */
function signature(model: PrintModel, issue: Issue): Paragraph[] {
  const s = model.signatory;
  const line = (children: ParagraphChild[], after = 0) =>
    new Paragraph({
      children,
      alignment: AlignmentType.CENTER,
      indent: { left: 5200 },
      spacing: { after },
      keepNext: true,
    });
  return [
    new Paragraph({ children: [], spacing: { before: 360 } }),
    line([text(`${issue.letterhead.place}, ${formatDateId(issue.date)}`, { size: 20 })]),
    line([text(s.position, { bold: true, size: 20 })], 1100),
    line([
      new TextRun({
        text: s.name || '(.......................................)',
        font: FONT,
        bold: Boolean(s.name),
        underline: s.name ? {} : undefined,
        size: 20,
      }),
    ]),
    ...(s.rank ? [line([text(s.rank, { size: 20 })])] : []),
    new Paragraph({
      children: [text(s.nip ? `NIP. ${s.nip}` : 'NIP. ...................................', { size: 20 })],
      alignment: AlignmentType.CENTER,
      indent: { left: 5200 },
    }),
  ];
}

export function annualReportDocx(model: PrintModel, issue: Issue): Document {
  const children: (Paragraph | Table)[] = [
    ...letterhead(issue),
    para([text(model.note, { bold: true, size: 16, color: 'B71C1C' })], AlignmentType.RIGHT, 120),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [text(model.title, { bold: true, size: 26 })],
    }),
    para([text(model.subtitle, { size: 22 })], AlignmentType.CENTER, 240),
  ];
  model.sections.forEach((s, i) => {
    children.push(heading(`${ROMAN[i]}. ${s.title}`));
    children.push(
      new Paragraph({
        children: [text(s.source, { italics: true, size: 17 })],
        spacing: { after: 100 },
        keepNext: true,
      }),
    );
    if (s.empty) {
      children.push(para([text(s.empty, { size: 20 })]));
      return;
    }
    children.push(facts(s.facts));
    for (const t of s.tables) children.push(...tableOf(t));
  });
  const first = model.sections.length;
  model.narrative.forEach((n, i) => {
    children.push(heading(`${ROMAN[first + i]}. ${n.title}`));
    const paragraphs = paragraphsOf(n.text);
    if (paragraphs.length === 0)
      children.push(para([text(EMPTY_NARRATIVE, { italics: true, size: 20, color: '555555' })]));
    for (const p of paragraphs) {
      // A single line break inside a paragraph stays a line break in Word.
      const lines = p.split('\n');
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: lines.map(
            (l, j) => new TextRun({ text: l, font: FONT, size: 20, break: j > 0 ? 1 : undefined }),
          ),
        }),
      );
    }
  });
  children.push(...signature(model, issue));
  const size = PAGE[issue.paper];
  return new Document({
    creator: 'Setara',
    title: `Laporan Pelaksanaan PUG ${model.regionName} ${model.year}`,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
