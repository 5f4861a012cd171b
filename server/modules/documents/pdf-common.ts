/**
 * The parts every official PDF shares: paper sizes, the letterhead (kop surat: logo left,
 * government and OPD names and the address centred, a double rule below), the signature block
 * (place and date, title, room to sign, name underlined, rank, NIP) and the document frame.
 * Layout conventions follow the regional forms cited in docs/pprg.md ("Official layouts").
 */
import type { Content, PageSize, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateId } from '../../lib/pdf/format.js';
import type { SignatoryView } from '../letterhead/service.js';
import type { ExportDocument, Issue } from './model.js';
import { copyNoteText } from './text-notes.js';

export type Orientation = 'portrait' | 'landscape';

/** F4 (215 × 330 mm), the folio most regional offices print on, in points. */
const F4 = { width: 609.45, height: 935.43 };
const MARGIN = 36;

export function pageSizeOf(paper: Issue['paper']): PageSize {
  return paper === 'f4' ? F4 : 'A4';
}

/** The width between the side margins. */
export function contentWidth(paper: Issue['paper'], orientation: Orientation): number {
  const [w, h] = paper === 'f4' ? [F4.width, F4.height] : [595.28, 841.89];
  return (orientation === 'portrait' ? w : h) - 2 * MARGIN;
}

const LOGO_BOX = 58;

/** The kop surat; `unitName` is the OPD's name, or null for a region-wide document. */
export function letterhead(issue: Issue, unitName: string | null, width: number): Content[] {
  const lh = issue.letterhead;
  const lines: Content[] = [{ text: lh.governmentName.toUpperCase(), fontSize: 13, bold: true }];
  if (unitName) lines.push({ text: unitName.toUpperCase(), fontSize: 14, bold: true });
  const address = [lh.address, lh.contact].filter(Boolean).join(' · ');
  if (address) lines.push({ text: address, fontSize: 8.5, margin: [0, 2, 0, 0] });
  return [
    {
      columns: [
        // Without a logo the box stays empty so the names remain centred on the page.
        lh.logo
          ? { image: 'logo', fit: [LOGO_BOX, LOGO_BOX], width: LOGO_BOX }
          : { text: '', width: LOGO_BOX },
        { stack: lines, alignment: 'center', width: '*', margin: [0, lh.logo ? 4 : 0, 0, 0] },
        { text: '', width: LOGO_BOX },
      ],
      columnGap: 8,
    },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 7, x2: width, y2: 7, lineWidth: 0.6 },
      ],
      margin: [0, 0, 0, 10],
    },
  ];
}

/** The images the letterhead refers to, as the document definition wants them. */
export function letterheadImages(issue: Issue): Record<string, string> {
  const logo = issue.letterhead.logo;
  // On the PDF worker thread the bytes arrive as a plain Uint8Array (structured clone).
  return logo ? { logo: `data:${logo.mime};base64,${Buffer.from(logo.data).toString('base64')}` } : {};
}

const BLANK_NAME = '(.......................................)';
const BLANK_NIP = 'NIP. ...................................';

/** "Palu, 24 November 2026", the title, room to sign, the name underlined, rank and NIP. */
export function signatureBlock(issue: Issue, sig: SignatoryView): Content {
  const block: Content[] = [
    { text: `${issue.letterhead.place}, ${formatDateId(issue.date)}` },
    { text: sig.position, bold: true },
    { text: ' ', margin: [0, 0, 0, 46] },
    sig.name ? { text: sig.name, bold: true, decoration: 'underline' } : { text: BLANK_NAME },
  ];
  if (sig.rank) block.push({ text: sig.rank });
  block.push({ text: sig.nip ? `NIP. ${sig.nip}` : BLANK_NIP });
  return {
    columns: [
      { text: '', width: '*' },
      { stack: block, width: 240, alignment: 'center' },
    ],
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

/** A line under the letterhead saying what kind of copy this is (draft, demo). */
export function copyNotes(doc: ExportDocument): Content[] {
  const text = copyNoteText(doc);
  return text
    ? [{ text, fontSize: 8, bold: true, color: '#b71c1c', alignment: 'right', margin: [0, -6, 0, 6] }]
    : [];
}

/**
 * The whole file: each document's content starts on a new page (so a set reads as separate
 * documents), pages are numbered through the file.
 */
export function pdfFile(
  issue: Issue,
  title: string,
  orientation: Orientation,
  documents: Content[][],
): TDocumentDefinitions {
  const content: Content[] = documents.map((doc, i) => ({
    stack: doc,
    ...(i > 0 ? { pageBreak: 'before' } : {}),
  }));
  return {
    pageSize: pageSizeOf(issue.paper),
    pageOrientation: orientation,
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 8],
    info: { title, creator: 'Setara', producer: 'Setara' },
    language: 'id-ID',
    images: letterheadImages(issue),
    footer: (page: number, pages: number) => ({
      text: `Halaman ${page} dari ${pages}`,
      fontSize: 7,
      color: '#555',
      alignment: 'right',
      margin: [MARGIN, 14, MARGIN, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, alignment: 'center', margin: [0, 0, 0, 8] },
      th: { bold: true, alignment: 'center', fillColor: '#eeeeee' },
      label: { bold: true },
      section: { bold: true, margin: [0, 8, 0, 2] },
      small: { fontSize: 7.5 },
    },
  };
}
