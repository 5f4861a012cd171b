/**
 * The tables of the Profil Gender PDF: an indicator's years × sex (with total, gap and parity
 * ratio) and the asked year's breakdown by another dimension. Numbers are Indonesian-formatted
 * and right-aligned, as in BPS tables.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatNumber, RATIO_DECIMALS } from './format.js';
import type { ProfilBreakdown, ProfilIndicator } from './model.js';

function headerCell(text: string, i: number): TableCell {
  // Number columns are right-aligned; so are their headings.
  return { text, style: 'th', alignment: i === 0 ? 'left' : 'right' };
}

function numberCell(value: number | null, decimals: number): TableCell {
  return { text: formatNumber(value, decimals), alignment: 'right' };
}

export function yearTable(ind: ProfilIndicator): Content {
  const d = ind.decimals;
  // Indicators of one sex only (maternal deaths, …) have no total, gap or ratio to show.
  if (ind.sexes.length === 1) {
    const sex = ind.sexes[0] === 'P' ? 'Perempuan' : 'Laki-laki';
    return {
      table: {
        headerRows: 1,
        widths: [40, 100],
        body: [
          ['Tahun', sex].map(headerCell),
          ...ind.rows.map((r) => [{ text: String(r.year) }, numberCell(ind.sexes[0] === 'P' ? r.p : r.l, d)]),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'table',
    };
  }
  const body: TableCell[][] = [
    ['Tahun', 'Perempuan', 'Laki-laki', 'Total', 'Selisih P−L', 'Rasio P/L'].map(headerCell),
    ...ind.rows.map((r) => [
      { text: String(r.year) },
      numberCell(r.p, d),
      numberCell(r.l, d),
      numberCell(r.t, d),
      numberCell(r.diff, d),
      numberCell(r.ratio, RATIO_DECIMALS),
    ]),
  ];
  return {
    table: { headerRows: 1, widths: [40, '*', '*', '*', '*', 56], body },
    layout: 'lightHorizontalLines',
    style: 'table',
  };
}

export function breakdownTable(b: ProfilBreakdown, ind: ProfilIndicator, year: number): Content {
  return {
    stack: [
      { text: `Menurut ${b.dimensionName.toLowerCase()}, ${year}`, style: 'caption' },
      {
        table: {
          headerRows: 1,
          widths: ['*', 80, 80, 80],
          body: [
            [b.dimensionName, 'Perempuan', 'Laki-laki', 'Total'].map(headerCell),
            ...b.rows.map((r) => [
              { text: r.label },
              numberCell(r.p, ind.decimals),
              numberCell(r.l, ind.decimals),
              numberCell(r.t, ind.decimals),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        style: 'table',
      },
    ],
    unbreakable: b.rows.length <= 20,
    margin: [0, 0, 0, 12],
  };
}
