/**
 * Import templates of a region and period, in the request's language, prefilled with the
 * stored values so that exporting and importing again changes nothing:
 * - XLSX (wide, template-xlsx.ts): headings with their codes, members as `label (code)`, an
 *   instructions sheet ("Petunjuk") and drop-down lists of the members.
 * - CSV (long): one row per value cell, headings `Heading (code)`, members `label (code)`,
 *   `;`-separated with decimal commas, as Indonesian Excel writes it (a lone `1.234` would
 *   read back as 1234; `1,234` cannot be misread), through the shared CSV writer, which
 *   defuses notes a spreadsheet would run as formulas.
 * Both list every member combination of the region (its own kecamatan only), so their size is
 * the product of the dimensions: a selection past MAX_TEMPLATE_CELLS is refused (422) before
 * any row is built.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
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
  gridCells,
  loadIndicatorInfo,
  membersInRegion,
  type IndicatorInfo,
} from '../values/indicator-info.js';
import { existingValues } from '../values/store.js';
import {
  COLUMN_CODES,
  columnHeading,
  inlineHeading,
  memberCell,
  type TemplateColumn,
} from './template-text.js';
import { xlsxTemplate } from './template-xlsx.js';

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

export interface TemplateData {
  regionCode: string;
  infos: IndicatorInfo[];
  dimensions: string[];
  /** `indicator|sex|comboKey` -> stored value and note. */
  stored: Map<string, { value: string; note: string | null }>;
  /** Per dimension set, in the request's language: its name, its members' labels and order. */
  setNames: Map<string, string>;
  labels: Map<string, Map<string, string>>;
  memberOrder: Map<string, string[]>;
}

export async function buildTemplate(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: TemplateQuery,
  lang: Language,
): Promise<TemplateFile> {
  const a = assertCanImport(actor, regionCode);
  const data = await templateData(db, a, regionCode, query, lang);
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
      body: csvTemplate(data, query.period, lang),
    };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await xlsxTemplate(data, MAX_TEMPLATE_CELLS.xlsx, query.period, lang),
  };
}

async function templateData(
  db: Db,
  a: Actor,
  regionCode: string,
  query: TemplateQuery,
  lang: Language,
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
  return { regionCode, infos, dimensions, stored, ...(await memberWords(db, regionCode, dimensions, lang)) };
}

/** The template's dimension sets' names and members' labels in the language, the region's own kecamatan only. */
async function memberWords(db: Db, regionCode: string, dimensions: string[], lang: Language) {
  const setNames = new Map<string, string>();
  const labels = new Map<string, Map<string, string>>();
  const memberOrder = new Map<string, string[]>();
  if (dimensions.length === 0) return { setNames, labels, memberOrder };
  const sets = await db
    .select({ code: dimensionSets.code, name: lang === 'en' ? dimensionSets.nameEn : dimensionSets.nameId })
    .from(dimensionSets)
    .where(inArray(dimensionSets.code, dimensions));
  for (const set of sets) setNames.set(set.code, set.name);
  const members = await db
    .select({
      set: dimensionMembers.setCode,
      code: dimensionMembers.code,
      label: lang === 'en' ? dimensionMembers.labelEn : dimensionMembers.labelId,
    })
    .from(dimensionMembers)
    // The region's own kecamatan only: the country's 7,285 are no help in a Palu template.
    .where(and(inArray(dimensionMembers.setCode, dimensions), membersInRegion(regionCode)))
    .orderBy(asc(dimensionMembers.setCode), asc(dimensionMembers.sortOrder));
  for (const m of members) {
    if (!labels.has(m.set)) labels.set(m.set, new Map());
    labels.get(m.set)!.set(m.code, m.label);
    memberOrder.set(m.set, [...(memberOrder.get(m.set) ?? []), m.code]);
  }
  return { setNames, labels, memberOrder };
}

const canonical = (value: string) => {
  const parsed = parseDecimal(value, { style: 'machine' });
  return parsed.ok ? parsed.value : value;
};

function* csvRows(data: TemplateData, period: string, lang: Language): Generator<CsvCell[]> {
  const head = (column: TemplateColumn) => inlineHeading(columnHeading(column, lang), COLUMN_CODES[column]);
  yield [
    head('indicator'),
    head('region'),
    head('period'),
    head('sex'),
    ...data.dimensions.map((d) => inlineHeading(data.setNames.get(d) ?? d, d)),
    head('value'),
    head('note'),
  ];
  for (const info of data.infos) {
    for (const cell of gridCells(info, MAX_TEMPLATE_CELLS.csv)) {
      const found = data.stored.get(`${info.row.code}|${cell.sex}|${cell.comboKey}`);
      yield [
        info.row.code,
        data.regionCode,
        period,
        cell.sex,
        ...data.dimensions.map((d) => {
          const code = cell.members[d];
          return code === undefined ? '' : memberCell(data.labels.get(d)?.get(code), code);
        }),
        found ? canonical(found.value).replace('.', ',') : '',
        found?.note ?? '',
      ];
    }
  }
}

function csvTemplate(data: TemplateData, period: string, lang: Language): Buffer {
  return csvBuffer(csvRows(data, period, lang), { delimiter: ';', bom: true });
}
