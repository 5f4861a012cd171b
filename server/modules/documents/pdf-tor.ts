/**
 * The gender-responsive terms of reference (KAK/TOR responsif gender), regional format:
 * identity of the activity, then numbered sections — background (legal basis, general picture
 * with the gender analysis), beneficiaries by sex, purpose, method, location, implementer,
 * schedule by month, cost — and the signature of the head of the OPD.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ExportDocument, Issue } from './model.js';
import { contentWidth, copyNotes, letterhead, signatureBlock } from './pdf-common.js';
import { beneficiary, codeName, gbsBudget, MONTHS, rupiah } from './text.js';

const paragraph = (text: string): Content => ({
  text: text || '–',
  margin: [14, 0, 0, 4],
  alignment: 'justify',
});

function schedule(doc: ExportDocument): Content {
  const items = doc.tor!.schedule;
  const body: TableCell[][] = [
    [
      { text: 'No', style: 'th' },
      { text: 'Kegiatan', style: 'th' },
      ...MONTHS.map((m) => ({ text: m, style: 'th', fontSize: 7 })),
    ],
    ...items.map((item, i) => [
      { text: String(i + 1), alignment: 'center' as const },
      { text: item.activity },
      ...MONTHS.map((_, m) =>
        item.months.includes(m + 1) ? { text: '', fillColor: '#6a1b4d' } : { text: '' },
      ),
    ]),
  ];
  if (items.length === 0)
    body.push([{ text: '–', colSpan: 14 }, ...Array.from({ length: 13 }, () => ({ text: '' }))]);
  return {
    table: { headerRows: 1, widths: [18, '*', ...MONTHS.map(() => 20)], body },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    fontSize: 8,
    margin: [14, 0, 0, 4],
  };
}

function cost(doc: ExportDocument): Content[] {
  const { rows, total } = gbsBudget(doc);
  const amount = rows.length ? total : doc.subActivity.budget;
  const out: Content[] = [
    paragraph(
      `Biaya yang diperlukan untuk pelaksanaan kegiatan ini sebesar ${rupiah(amount)}, dengan rincian:`,
    ),
  ];
  if (rows.length) {
    out.push({
      table: {
        widths: [18, '*', 'auto'],
        body: rows.map((r, i) => [
          { text: `${i + 1}.` },
          { text: r.name },
          { text: rupiah(r.budget), alignment: 'right', noWrap: true },
        ]),
      },
      layout: 'noBorders',
      margin: [14, 0, 0, 4],
    });
  }
  return out;
}

export function torContent(doc: ExportDocument, issue: Issue): Content[] {
  const tor = doc.tor!;
  const width = contentWidth(issue.paper, 'portrait');
  const identity: TableCell[][] = [
    ['OPD', doc.opd.name],
    ['Program', codeName(doc.program)],
    ['Kegiatan', codeName(doc.kegiatan)],
    ['Sub Kegiatan', `${doc.subActivity.code} — ${doc.subActivity.name}`],
    [
      'Indikator Kinerja Keluaran',
      [
        doc.gbs?.outputIndicator || doc.subActivity.outputIndicator,
        doc.gbs?.outputTarget || doc.subActivity.target,
      ]
        .filter(Boolean)
        .join(' — '),
    ],
    ['Tahun Anggaran', String(doc.year)],
  ].map(([label, value]) => [{ text: label, style: 'label' }, { text: ':' }, { text: value }]);
  const section = (n: number, title: string): Content => ({ text: `${n}. ${title}`, style: 'section' });
  return [
    ...letterhead(issue, doc.opd.name, width),
    ...copyNotes(doc),
    { text: 'KERANGKA ACUAN KEGIATAN (KAK) RESPONSIF GENDER', style: 'title' },
    { text: '(Term of Reference)', style: 'subtitle' },
    { table: { widths: [130, 6, '*'], body: identity }, layout: 'noBorders', margin: [0, 0, 0, 4] },
    section(1, 'Latar Belakang'),
    { text: 'a. Dasar Hukum', margin: [14, 0, 0, 2], bold: true },
    paragraph(tor.legalBasis),
    { text: 'b. Gambaran Umum', margin: [14, 0, 0, 2], bold: true },
    paragraph(tor.background),
    section(2, 'Penerima Manfaat'),
    {
      stack: [
        beneficiary('Perempuan', tor.beneficiaries.women),
        beneficiary('Laki-laki', tor.beneficiaries.men),
      ],
      margin: [14, 0, 0, 2],
    },
    ...(tor.beneficiaries.description ? [paragraph(tor.beneficiaries.description)] : []),
    section(3, 'Maksud dan Tujuan'),
    paragraph(tor.objective),
    section(4, 'Cara Pelaksanaan'),
    paragraph(tor.method),
    section(5, 'Lokasi Pelaksanaan'),
    paragraph(tor.location),
    section(6, 'Pelaksana dan Penanggung Jawab'),
    paragraph(tor.implementer),
    section(7, 'Jadwal Pelaksanaan'),
    schedule(doc),
    section(8, 'Biaya'),
    ...cost(doc),
    signatureBlock(issue, doc.signatory),
  ];
}
