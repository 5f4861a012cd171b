/**
 * The public download's four formats (domain/portal.ts PUBLIC_DOWNLOAD_FORMATS), each a
 * rendering of one DownloadData (download-data.ts), so they cannot disagree:
 * - CSV: Setara's own CSV (explore's export): `;` between fields, a decimal comma and the
 *   byte-order mark, for Indonesian spreadsheets; through the product's CSV writer, so a text
 *   cell that a spreadsheet would run as a formula is neutralised.
 * - XLSX (exceljs): the same rows on a `data` sheet with numbers as numbers, and a `metadata`
 *   sheet with the sources, the licence note, the citation and the access date.
 * - JSON: api/portal.ts portalDownloadJson.
 * - SDMX-CSV version 1 (SDMX Technical Working Group, "SDMX-CSV format", 2017): the first
 *   column DATAFLOW (agency:id(version)), then one column per dimension, OBS_VALUE, then the
 *   attributes; comma-separated with a decimal point. The dimensions are REF_AREA, INDICATOR,
 *   TIME_PERIOD, SEX (CL_SEX: F, M, _T) and one column per breakdown dimension present (`_Z`,
 *   not applicable, on the other rows); the attributes UNIT_MEASURE and OBS_STATUS (A: normal
 *   value — only verified figures are public). Same dataflow as the signed-in export.
 */
import ExcelJS from 'exceljs';
import { portalDownloadJson, type PortalLang } from '../../../api/portal.js';
import type { PublicDownloadFormat } from '../../../domain/portal.js';
import { csvBuffer, type CsvCell } from '../../lib/csv-writer.js';
import { SDMX_DATAFLOW, SDMX_OBS_STATUS } from '../explore/export-formats.js';
import type { DownloadData, DownloadRow } from './download-data.js';

export interface DownloadMeta {
  /** The citation line (indicator-page.ts citationLine). */
  citation: string;
  licence: string;
  visibility: string;
  /** The access date, ISO 8601 (YYYY-MM-DD). */
  accessed: string;
}

export const CSV_HEADER = [
  'region_code',
  'region_name',
  'indicator_code',
  'indicator_name',
  'period',
  'sex',
  'dimension',
  'member',
  'member_label',
  'value',
  'unit',
  'source',
  'status',
] as const;

const decimalComma = (value: number) => String(value).replace('.', ',');

/** One row in CSV_HEADER's order; the value as the format writes numbers. */
function rowCells(r: DownloadRow, value: (v: number) => string | number): CsvCell[] {
  return [
    r.regionCode,
    r.regionName,
    r.indicatorCode,
    r.indicatorName,
    r.period,
    r.sex,
    r.dimension,
    r.member,
    r.memberLabel,
    value(r.value),
    r.unit,
    r.source,
    r.status,
  ];
}

export function downloadCsv(data: DownloadData): string {
  return csvBuffer([[...CSV_HEADER], ...data.rows.map((r) => rowCells(r, decimalComma))], {
    delimiter: ';',
    bom: true,
  }).toString('utf8');
}

/** SDMX cross-domain code list CL_SEX, with _T for the total. */
const SDMX_SEX = { P: 'F', L: 'M', T: '_T' } as const;
const SDMX_NOT_APPLICABLE = '_Z';

export function downloadSdmxCsv(data: DownloadData): string {
  const dimensions = [
    ...new Set(data.rows.map((r) => r.dimension).filter((d): d is string => d !== null)),
  ].sort();
  const header = [
    'DATAFLOW',
    'REF_AREA',
    'INDICATOR',
    'TIME_PERIOD',
    'SEX',
    ...dimensions.map((d) => d.toUpperCase()),
    'OBS_VALUE',
    'UNIT_MEASURE',
    'OBS_STATUS',
  ];
  const rows = data.rows.map((r): CsvCell[] => [
    SDMX_DATAFLOW,
    r.regionCode,
    r.indicatorCode,
    // Setara's periods are already SDMX's: 2024, 2024-S1, 2024-Q3.
    r.period,
    SDMX_SEX[r.sex],
    ...dimensions.map((d) => (r.dimension === d ? r.member : SDMX_NOT_APPLICABLE)),
    r.value,
    r.unitCode,
    SDMX_OBS_STATUS[r.status],
  ]);
  return csvBuffer([header, ...rows], { delimiter: ',', bom: false }).toString('utf8');
}

export function downloadJson(data: DownloadData, meta: DownloadMeta): string {
  return JSON.stringify(
    portalDownloadJson.parse({
      region: { code: data.region.code, name: data.region.name },
      subject: data.subject,
      indicators: data.indicators,
      rows: data.rows,
      ...meta,
      demo: data.demo,
    }),
  );
}

const METADATA_LABELS = {
  id: {
    region: 'Wilayah',
    subject: 'Data',
    citation: 'Kutipan',
    licence: 'Lisensi',
    accessed: 'Diakses',
    visibility: 'Cakupan',
    demo: 'Data demo',
    demoText: 'Ya: angka dibuat untuk peragaan Setara, bukan statistik resmi. Jangan dikutip.',
    indicator: 'Indikator',
    definition: 'Definisi',
    unit: 'Satuan',
    source: 'Sumber',
  },
  en: {
    region: 'Region',
    subject: 'Data',
    citation: 'Citation',
    licence: 'Licence',
    accessed: 'Accessed',
    visibility: 'Coverage',
    demo: 'Demo data',
    demoText: 'Yes: figures made up to demonstrate Setara, not official statistics. Do not cite.',
    indicator: 'Indicator',
    definition: 'Definition',
    unit: 'Unit',
    source: 'Source',
  },
} as const;

export async function downloadXlsx(
  data: DownloadData,
  meta: DownloadMeta,
  lang: PortalLang,
): Promise<Buffer> {
  const t = METADATA_LABELS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Setara';
  const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CSV_HEADER.map((h) => ({ header: h, key: h, width: Math.max(10, h.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  // Numbers as number cells, so the sheet can compute with them.
  for (const r of data.rows) sheet.addRow(rowCells(r, (v) => v));
  const about = workbook.addWorksheet('metadata');
  about.columns = [{ width: 18 }, { width: 100 }];
  const rows: [string, string][] = [
    [t.region, `${data.region.name} (${data.region.code})`],
    [t.subject, data.subject],
    [t.citation, meta.citation],
    [t.licence, meta.licence],
    [t.accessed, meta.accessed],
    [t.visibility, meta.visibility],
    ...(data.demo ? [[t.demo, t.demoText] as [string, string]] : []),
    ['', ''],
  ];
  for (const row of rows) about.addRow(row);
  about.addRow([t.indicator, t.definition, t.unit, t.source]).font = { bold: true };
  for (const ind of data.indicators)
    about.addRow([`${ind.name} (${ind.code})`, ind.definition, ind.unit, ind.source]);
  about.getColumn(1).font = { bold: true };
  // exceljs writes a cell's text as it is: a text that begins with "=" is stored as a string,
  // never as a formula, since only a cell given { formula } becomes one.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const DOWNLOAD_EXTENSIONS: Record<PublicDownloadFormat, string> = {
  csv: 'csv',
  xlsx: 'xlsx',
  json: 'json',
  'sdmx-csv': 'sdmx.csv',
};
