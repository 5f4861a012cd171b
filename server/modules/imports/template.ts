/**
 * Import templates of a region and period, prefilled with the stored values so that exporting
 * and importing again changes nothing:
 * - XLSX (wide): one header row — indicator_code, indicator_name, period, <dimension codes…>,
 *   P, L — and one row per indicator × member combination; no merged cells (the reader
 *   refuses them). A second sheet explains the columns and lists the member codes.
 * - CSV (long): one row per value cell, `;`-separated with decimal commas, as Indonesian
 *   Excel writes it (a lone `1.234` would read back as 1234; `1,234` cannot be misread),
 *   through the shared CSV writer, which defuses notes a spreadsheet would run as formulas.
 * Both list every member combination of the region (its own kecamatan only), so their size is
 * the product of the dimensions: a selection past MAX_TEMPLATE_CELLS is refused (422) before
 * any row is built.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { canEditOpdData, opdScopeOf } from '../../../domain/access.js';
import { parseDecimal } from '../../../domain/number-parse.js';
import { parsePeriod } from '../../../domain/period.js';
import type { Db } from '../../db/connection.js';
import { dimensionMembers, dimensionSets, indicatorAssignments, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { csvBuffer, type CsvCell } from '../../lib/csv-writer.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import type { Language } from '../../lib/messages.js';
import { assertCanImport } from '../../lib/permissions.js';
import { visibleTo } from '../indicators/visibility.js';
import { combosById } from '../values/combos.js';
import {
  assertShowable,
  cellCount,
  comboCountOf,
  combosOf,
  gridCells,
  loadIndicatorInfo,
  membersInRegion,
  type IndicatorInfo,
} from '../values/indicator-info.js';
import { existingValues } from '../values/store.js';

export interface TemplateQuery {
  period: string;
  indicators?: string[];
  opd?: string;
  format: 'xlsx' | 'csv';
}

export interface TemplateFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * The most value cells one template holds. CSV (a row per cell) is written line by line, so
 * 100,000 cells — about 5 MB, far more than a region types in — cost little. The XLSX workbook
 * is built whole in memory by exceljs: measured here, 19,200 cells took 90 MB of heap and
 * 2.9 s, and 89,600 cells 470 MB and 13.6 s, so it stops at the entry grid's own size.
 */
export const MAX_TEMPLATE_CELLS = { csv: 100_000, xlsx: 20_000 } as const;

interface TemplateData {
  regionCode: string;
  infos: IndicatorInfo[];
  dimensions: string[];
  /** `indicator|sex|comboKey` -> stored value and note. */
  stored: Map<string, { value: string; note: string | null }>;
}

export async function buildTemplate(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: TemplateQuery,
  lang: Language,
): Promise<TemplateFile> {
  const a = assertCanImport(actor, regionCode);
  const data = await templateData(db, a, regionCode, query);
  // CSV has a row per cell; XLSX a row per combination with a P and an L cell.
  assertShowable(
    data.infos,
    MAX_TEMPLATE_CELLS[query.format],
    query.format === 'csv' ? cellCount : (i) => 2 * comboCountOf(i),
  );
  const name = `setara-impor-${regionCode}-${query.period}`;
  if (query.format === 'csv') {
    return {
      fileName: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: csvTemplate(data, query.period),
    };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await xlsxTemplate(db, data, query.period, lang),
  };
}

async function templateData(
  db: Db,
  a: Actor,
  regionCode: string,
  query: TemplateQuery,
): Promise<TemplateData> {
  const period = parsePeriod(query.period);
  if (!period) throw new Invalid({ period: 'bad_format' });
  // An operator's template is their own OPD's; asking for another's is refused, not narrowed.
  if (query.opd && !canEditOpdData(a, regionCode, query.opd)) throw new Forbidden();
  const scope = opdScopeOf(a, regionCode, query.opd);
  const opd = scope.kind === 'opd' ? scope.opdId : null;
  const conditions = [
    visibleTo(indicators.ownerRegionCode, regionCode),
    eq(indicators.active, true),
    eq(indicators.periodicity, period.periodicity),
    query.indicators?.length ? inArray(indicators.code, query.indicators) : undefined,
  ];
  const rows = opd
    ? await db
        .select({ code: indicators.code })
        .from(indicators)
        .innerJoin(
          indicatorAssignments,
          and(
            eq(indicatorAssignments.indicatorCode, indicators.code),
            eq(indicatorAssignments.regionCode, regionCode),
            eq(indicatorAssignments.opdId, opd),
          ),
        )
        .where(and(...conditions))
        .orderBy(asc(indicators.domainGroup), asc(indicators.code))
    : await db
        .select({ code: indicators.code })
        .from(indicators)
        .where(and(...conditions))
        .orderBy(asc(indicators.domainGroup), asc(indicators.code));
  const codes = rows.map((r) => r.code);
  if (codes.length === 0) throw new Invalid({ indicators: 'import_template_empty' }, 'import_template_empty');
  const info = await loadIndicatorInfo(db, codes, regionCode);
  const infos = codes.map((c) => info.get(c)!);
  const dimensions = [...new Set(infos.flatMap((i) => i.row.dimensions))];
  const values = await existingValues(db, regionCode, query.period, codes);
  const combos = await combosById(
    db,
    [...values.values()].map((v) => v.comboId),
  );
  const stored = new Map(
    [...values.values()].map((v) => [
      `${v.indicatorCode}|${v.sex}|${combos.get(v.comboId)?.key ?? ''}`,
      { value: v.value, note: v.note },
    ]),
  );
  return { regionCode, infos, dimensions, stored };
}

const canonical = (value: string) => {
  const parsed = parseDecimal(value, { style: 'machine' });
  return parsed.ok ? parsed.value : value;
};

/** A number Excel keeps exactly (15 significant digits), else text with a decimal comma. */
function xlsxValue(value: string): number | string {
  const text = canonical(value);
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15 && String(Number(text)) === text ? Number(text) : text.replace('.', ',');
}

async function xlsxTemplate(db: Db, data: TemplateData, period: string, lang: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Setara';
  const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(['indicator_code', 'indicator_name', 'period', ...data.dimensions, 'P', 'L']);
  sheet.getRow(1).font = { bold: true };
  const firstValueColumn = 4 + data.dimensions.length;
  for (const info of data.infos) {
    const name = lang === 'en' ? info.row.nameEn : info.row.nameId;
    for (const { key, members } of combosOf(info, MAX_TEMPLATE_CELLS.xlsx)) {
      const values = (['P', 'L'] as const).map((sex) => {
        const found = data.stored.get(`${info.row.code}|${sex}|${key}`);
        return found ? xlsxValue(found.value) : null;
      });
      const row = sheet.addRow([
        info.row.code,
        name,
        period,
        ...data.dimensions.map((d) => members[d] ?? ''),
        ...values,
      ]);
      // Shade the sex an indicator does not have (e.g. L for maternal deaths): leave it blank.
      (['P', 'L'] as const).forEach((sex, i) => {
        if (info.row.sexes.includes(sex)) return;
        row.getCell(firstValueColumn + i).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFD9D9D9' },
        };
      });
    }
  }
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 60 : i === 0 ? 32 : 14));
  await addGuide(db, workbook, data.regionCode, data.dimensions, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function addGuide(
  db: Db,
  workbook: ExcelJS.Workbook,
  regionCode: string,
  dimensions: string[],
  lang: Language,
) {
  const guide = workbook.addWorksheet(lang === 'en' ? 'Guide' : 'Petunjuk');
  const lines =
    lang === 'en'
      ? [
          'Fill the P (female) and L (male) columns; leave a cell blank when there is no figure.',
          'Decimals: 12,5 or 12.5; thousands: 1.234 or 1234. Totals are derived, never typed.',
          'indicator_name is ignored on import. Do not merge cells. Grey cells: the sex does not apply.',
          'Dimension columns take the member codes below.',
        ]
      : [
          'Isi kolom P (perempuan) dan L (laki-laki); kosongkan sel bila tidak ada angka.',
          'Desimal: 12,5 atau 12.5; ribuan: 1.234 atau 1234. Total dihitung otomatis, jangan diketik.',
          'Kolom indicator_name diabaikan saat impor. Jangan menggabung sel. Sel abu-abu: jenis kelamin tidak berlaku.',
          'Kolom dimensi diisi dengan kode anggota berikut.',
        ];
  for (const line of lines) guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(
    lang === 'en' ? ['dimension', 'member code', 'label'] : ['dimensi', 'kode anggota', 'label'],
  ).font = {
    bold: true,
  };
  if (dimensions.length) {
    const members = await db
      .select({
        set: dimensionMembers.setCode,
        code: dimensionMembers.code,
        label: lang === 'en' ? dimensionMembers.labelEn : dimensionMembers.labelId,
      })
      .from(dimensionMembers)
      .innerJoin(dimensionSets, eq(dimensionSets.code, dimensionMembers.setCode))
      // The region's own kecamatan only: the country's 7,285 are no help in a Palu template.
      .where(and(inArray(dimensionMembers.setCode, dimensions), membersInRegion(regionCode)))
      .orderBy(asc(dimensionMembers.setCode), asc(dimensionMembers.sortOrder));
    for (const m of members) guide.addRow([m.set, m.code, m.label]);
  }
  guide.getColumn(1).width = 24;
  guide.getColumn(2).width = 18;
  guide.getColumn(3).width = 48;
}

function* csvRows(data: TemplateData, period: string): Generator<CsvCell[]> {
  yield ['indicator_code', 'region_code', 'period', 'sex', ...data.dimensions, 'value', 'note'];
  for (const info of data.infos) {
    for (const cell of gridCells(info, MAX_TEMPLATE_CELLS.csv)) {
      const found = data.stored.get(`${info.row.code}|${cell.sex}|${cell.comboKey}`);
      yield [
        info.row.code,
        data.regionCode,
        period,
        cell.sex,
        ...data.dimensions.map((d) => cell.members[d] ?? ''),
        found ? canonical(found.value).replace('.', ',') : '',
        found?.note ?? '',
      ];
    }
  }
}

function csvTemplate(data: TemplateData, period: string): Buffer {
  return csvBuffer(csvRows(data, period), { delimiter: ';', bom: true });
}
