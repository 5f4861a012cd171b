/**
 * The daftar hadir as PDF (built on the PDF worker thread, server/lib/pdf/render-in-worker.ts):
 * the letterhead, the event, then per day a table with the signatures drawn on the sign-in
 * page, and the count by sex under it. Each day starts on a new page.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Issue } from '../documents/model.js';
import { contentWidth, letterhead, pdfFile } from '../documents/pdf-common.js';
import {
  DEMO_NOTE,
  ERASED_NOTE,
  HEADINGS,
  PUBLIC_NOTE,
  summaryLine,
  type DaftarHadirDay,
  type DaftarHadirModel,
} from './daftar-hadir-model.js';

function th(text: string): TableCell {
  return { text, style: 'th' };
}

function dayTable(model: DaftarHadirModel, day: DaftarHadirDay, images: Record<string, string>): Content {
  const personal = model.personal;
  const header: TableCell[] = [
    th(HEADINGS.no),
    th(HEADINGS.name),
    th(HEADINGS.sex),
    th(HEADINGS.institution),
    th(HEADINGS.position),
    ...(personal ? [th(HEADINGS.contact), th(HEADINGS.signature)] : []),
  ];
  const body: TableCell[][] = [header];
  for (const r of day.rows) {
    const row: TableCell[] = [
      { text: String(r.no), alignment: 'center' },
      r.erased ? { stack: [r.fullName, { text: ERASED_NOTE, style: 'small', italics: true }] } : r.fullName,
      { text: r.sex, alignment: 'center' },
      r.institution,
      r.position,
    ];
    if (personal) {
      row.push({ text: r.contact, fontSize: 7.5 });
      // Numbers alternate left and right, as on the paper forms, so neighbours do not overlap.
      const left = r.no % 2 === 1;
      if (r.signature) {
        const key = `sig_${day.day}_${r.no}`;
        images[key] = `data:image/png;base64,${Buffer.from(r.signature).toString('base64')}`;
        const image: Column = { image: key, fit: [70, 26] };
        const no: Column = { text: `${r.no}.`, width: 14 };
        const columns: Column[] = left ? [no, image] : [{ text: '', width: 24 }, no, image];
        row.push({ columns } as TableCell);
      } else {
        row.push({ text: `${r.no}.`, alignment: left ? 'left' : 'center' });
      }
    }
    body.push(row);
  }
  const widths = personal ? [18, '*', 20, 88, 70, 80, 100] : [22, '*', 26, 130, 110];
  return {
    table: { headerRows: 1, widths, body, dontBreakRows: true },
    layout: {
      paddingTop: () => 3,
      paddingBottom: () => 3,
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
    },
    fontSize: 8.5,
  };
}

function dayDocument(
  model: DaftarHadirModel,
  issue: Issue,
  day: DaftarHadirDay,
  images: Record<string, string>,
) {
  const width = contentWidth(issue.paper, 'portrait');
  const doc: Content[] = [...letterhead(issue, model.unitName, width)];
  if (model.isDemo)
    doc.push({
      text: DEMO_NOTE,
      fontSize: 8,
      bold: true,
      color: '#b71c1c',
      alignment: 'right',
      margin: [0, -6, 0, 6],
    });
  doc.push(
    { text: 'DAFTAR HADIR', style: 'title' },
    { text: model.title, style: 'subtitle' },
    {
      table: {
        widths: [70, 8, '*'],
        body: [
          ['Hari/tanggal', ':', day.dayLabel],
          ['Waktu', ':', model.time || '–'],
          ['Tempat', ':', model.venue || '–'],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 6],
    },
  );
  if (!model.personal) doc.push({ text: PUBLIC_NOTE, style: 'small', italics: true, margin: [0, 0, 0, 4] });
  doc.push(dayTable(model, day, images));
  doc.push({ text: summaryLine(day.counts), margin: [0, 6, 0, 0], bold: true });
  return doc;
}

/** The worker's entry: plain data in, the document definition out. */
export function daftarHadirPdf(model: DaftarHadirModel, issue: Issue): TDocumentDefinitions {
  const images: Record<string, string> = {};
  const documents = model.days.map((day) => dayDocument(model, issue, day, images));
  if (documents.length === 0) documents.push([{ text: 'Belum ada kehadiran.' }]);
  const def = pdfFile(issue, `Daftar Hadir — ${model.title}`, 'portrait', documents);
  def.images = { ...(def.images ?? {}), ...images };
  return def;
}
