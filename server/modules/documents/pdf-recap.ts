/**
 * The ARG recap as a landscape report: totals, the split by ARG category, a table per OPD
 * (pagu, ARG, share and its GAP documents by status), by program, the trend over the years,
 * and the OPDs that have not yet submitted a GAP.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatRupiah } from '../../../domain/planning/money.js';
import { formatDateId } from '../../lib/pdf/format.js';
import type { ArgRecap } from '../planning/recap.js';
import type { Issue } from './model.js';
import { contentWidth, letterhead, pdfFile } from './pdf-common.js';
import { CATEGORY_LABELS, percent, programShare, recapTitle, SUMMARY_ROWS } from './recap-text.js';

const th = (text: string): TableCell => ({ text, style: 'th' });
const money = (v: string): TableCell => ({ text: formatRupiah(v), alignment: 'right', noWrap: true });
const num = (v: number | string): TableCell => ({ text: String(v), alignment: 'right' });
const grid = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };
const heading = (text: string): Content => ({ text, style: 'section', margin: [0, 12, 0, 4] });

function byOpd(r: ArgRecap): Content {
  const body: TableCell[][] = [
    [
      th('No'),
      th('OPD'),
      th('Sub kegiatan (ditandai/total)'),
      th('Pagu'),
      th('ARG'),
      th('%'),
      th('Draf'),
      th('Diajukan'),
      th('Perbaikan'),
      th('Disetujui'),
    ],
    ...r.byOpd.map((o, i) => [
      num(i + 1),
      { text: o.opdName },
      num(`${o.tagged}/${o.subActivities}`),
      money(o.budget),
      money(o.responsive),
      num(percent(o.share)),
      num(o.gaps.draft),
      num(o.gaps.submitted),
      num(o.gaps.revision),
      num(o.gaps.approved),
    ]),
  ];
  return { table: { headerRows: 1, widths: [18, '*', 60, 86, 86, 40, 30, 44, 48, 46], body }, layout: grid };
}

export function recapPdf(r: ArgRecap, regionName: string, issue: Issue): TDocumentDefinitions {
  const width = contentWidth(issue.paper, 'landscape');
  const { title, subtitle } = recapTitle(regionName, r.year);
  const content: Content[] = [
    ...letterhead(issue, null, width),
    { text: title, style: 'title' },
    { text: subtitle, style: 'subtitle' },
    {
      table: {
        widths: [200, 160],
        body: SUMMARY_ROWS(r).map(([l, v]) => [{ text: l, style: 'label' }, { text: v }]),
      },
      layout: grid,
    },
    heading('Menurut kategori ARG'),
    {
      table: {
        headerRows: 1,
        widths: ['*', 70, 110, 110],
        body: [
          [th('Kategori'), th('Sub kegiatan'), th('Pagu'), th('Nilai ARG')],
          ...r.byCategory.map((c) => [
            { text: CATEGORY_LABELS[c.category] },
            num(c.count),
            money(c.budget),
            money(c.amount),
          ]),
        ],
      },
      layout: grid,
    },
    heading('Menurut OPD'),
    byOpd(r),
    heading('Menurut program'),
    {
      table: {
        headerRows: 1,
        widths: [60, '*', 100, 100, 45],
        body: [
          [th('Kode'), th('Program'), th('Pagu'), th('ARG'), th('%')],
          ...r.byProgram.map((p) => [
            { text: p.code },
            { text: p.name ?? '–' },
            money(p.budget),
            money(p.responsive),
            num(percent(programShare(p))),
          ]),
        ],
      },
      layout: grid,
    },
    heading('Perkembangan antartahun'),
    {
      table: {
        headerRows: 1,
        widths: [50, 120, 120, 50],
        body: [
          [th('Tahun'), th('Pagu'), th('ARG'), th('%')],
          ...r.trend.map((t) => [num(t.year), money(t.budget), money(t.responsive), num(percent(t.share))]),
        ],
      },
      layout: grid,
    },
    heading('OPD yang belum mengajukan GAP'),
    r.notSubmitted.length
      ? { ol: r.notSubmitted.map((o) => o.opdName) }
      : { text: 'Semua OPD dengan sub kegiatan pada tahun ini sudah mengajukan GAP.' },
    {
      text: `${issue.letterhead.place}, ${formatDateId(issue.date)}`,
      alignment: 'right',
      margin: [0, 16, 0, 0],
    },
  ];
  return pdfFile(issue, `Rekapitulasi ARG ${regionName} ${r.year}`, 'landscape', [content]);
}
