/**
 * The Gender Budget Statement (Pernyataan Anggaran Gender): the rows of the regional form —
 * OPD, budget year, program, kegiatan, sub-kegiatan, output indicator and target, situation
 * analysis, action plan with each component's budget, total allocation, expected impact — and
 * the signature of the head of the OPD.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ExportDocument, Issue } from './model.js';
import { contentWidth, copyNotes, letterhead, signatureBlock } from './pdf-common.js';
import { codeName, gbsBudget, rupiah } from './text.js';

function actionPlan(doc: ExportDocument): Content {
  const { rows, total } = gbsBudget(doc);
  const body: TableCell[][] = [
    [
      { text: 'No', style: 'th' },
      { text: 'Komponen / Tahapan Kegiatan', style: 'th' },
      { text: 'Anggaran', style: 'th' },
    ],
    ...rows.map((r, i) => [
      { text: String(i + 1), alignment: 'center' as const },
      { text: r.name },
      { text: rupiah(r.budget), alignment: 'right' as const, noWrap: true },
    ]),
    [
      { text: 'Jumlah', colSpan: 2, bold: true, alignment: 'right' as const },
      { text: '' },
      { text: rupiah(total), bold: true, alignment: 'right' as const, noWrap: true },
    ],
  ];
  return { table: { headerRows: 1, widths: [20, '*', 'auto'], body }, layout: 'lightHorizontalLines' };
}

export function gbsContent(doc: ExportDocument, issue: Issue): Content[] {
  const gbs = doc.gbs!;
  const { total } = gbsBudget(doc);
  const row = (label: string, value: Content): TableCell[] => [
    { text: label, style: 'label' },
    value as TableCell,
  ];
  const body: TableCell[][] = [
    row('Nama OPD', { text: doc.opd.name }),
    row('Tahun Anggaran', { text: String(doc.year) }),
    row('Program', { text: codeName(doc.program) }),
    row('Kegiatan', { text: codeName(doc.kegiatan) }),
    row('Sub Kegiatan', { text: `${doc.subActivity.code} — ${doc.subActivity.name}` }),
    row('Indikator dan Target Keluaran', {
      stack: [
        { text: gbs.outputIndicator || doc.subActivity.outputIndicator },
        { text: `Target: ${gbs.outputTarget || doc.subActivity.target}` },
      ],
    }),
    row('Analisa Situasi', { text: gbs.situationAnalysis }),
    row('Rencana Aksi', actionPlan(doc)),
    row('Alokasi Anggaran', { text: rupiah(total), bold: true }),
    row('Dampak/Hasil Keluaran', { text: gbs.outcome }),
  ];
  const width = contentWidth(issue.paper, 'portrait');
  return [
    ...letterhead(issue, doc.opd.name, width),
    ...copyNotes(doc),
    { text: 'GENDER BUDGET STATEMENT', style: 'title' },
    { text: '(Pernyataan Anggaran Gender)', style: 'subtitle' },
    {
      table: { widths: [120, '*'], body, dontBreakRows: false },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    },
    signatureBlock(issue, doc.signatory),
  ];
}
