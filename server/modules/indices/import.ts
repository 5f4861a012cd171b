/**
 * Importing a BPS-shaped table into the index values (docs/api-indices.md): one component (or
 * BPS's published index) per file, regions down the first column, years across the header.
 * The regions are those the importer may write within the URL's region (a province: itself and
 * its kab/kota). Every cell is checked before anything is written; any refusal names its row
 * and column and nothing is stored. Each region-year keeps its other components and is
 * recomputed with the latest method.
 */
import { rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { canManageIndexValues } from '../../../domain/indices/access.js';
import {
  isNoFigure,
  regionCodeOfCell,
  regionNameKey,
  THOUSANDS_BELOW,
  yearOfHeader,
} from '../../../domain/indices/bps-table.js';
import type { IndexCode } from '../../../domain/indices/constants.js';
import { withinRange, type InputSpec } from '../../../domain/indices/inputs.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { indexValues } from '../../db/schema-indices.js';
import type { Actor } from '../../lib/actor.js';
import { subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { receiveUpload, fileTooLarge } from '../../lib/file-store/receive.js';
import { cellDecimal, ImportFileError, openTabularFile } from '../../lib/import/index.js';
import { requireActor } from '../../lib/permissions.js';
import { methodOf } from './methods.js';
import { inputSpecsOf } from './specs.js';
import { outsideIndexScale, writeIndexValues } from './values.js';

export const INDEX_IMPORT_MAX_MB = 5;
const MAX_ROWS = 1000;
/** The pseudo-component that carries BPS's published index value. */
export const PUBLISHED = 'published';

export interface IndexImportResult {
  component: string;
  cells: number;
  regions: number;
  years: number[];
  /** Rupiah read as thousands (BPS's unit for expenditure). */
  thousands: boolean;
  /** Region-years whose index is now computed. */
  computed: number;
}

/**
 * The regions a table may name: the URL's region and, for a province, its kab/kota (for the
 * nation, its provinces) — the region first, then by code, as the template lists them.
 */
export async function regionsInScope(db: Db, code: string) {
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(or(eq(regions.code, code), eq(regions.parentCode, code)))
    .orderBy(sql`${regions.code} <> ${code}`, asc(regions.code));
  const byKey = new Map<string, string>();
  for (const r of rows) byKey.set(regionNameKey(r.name), r.code);
  return { rows, codes: new Set(rows.map((r) => r.code)), byKey };
}

export async function importIndexTable(
  deps: { db: Db; scratchDir: string },
  actor: Actor | null,
  target: { code: string; index: IndexCode; component: string; source: string },
  request: FastifyRequest,
): Promise<IndexImportResult> {
  const { db } = deps;
  const a = requireActor(actor);
  if (!canManageIndexValues(a, target.code)) throw new Forbidden();
  const method = await methodOf(db, target.index);
  const spec = inputSpecsOf(target.index, method.params).find((s) => s.name === target.component);
  if (!spec && target.component !== PUBLISHED)
    throw new Invalid({ component: 'index_component_unknown' }, 'validation_failed');

  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: INDEX_IMPORT_MAX_MB,
    missing: 'index_import_empty',
    tooLarge: fileTooLarge('index_import_too_large'),
    prefix: '.indices-',
  });
  try {
    const table = await readTable(file.tempPath, file.fileName);
    const scope = await regionsInScope(db, target.code);
    const checked = checkCells(table, scope, { actor: a, index: target.index, spec });
    const stored = await db.transaction((tx) => storeCells(tx, a, target, method, checked.cells));
    return {
      component: target.component,
      cells: checked.cells.length,
      regions: checked.regions,
      years: checked.years,
      thousands: checked.thousands,
      computed: stored.filter((r) => r.computed !== null).length,
    };
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

interface Cell {
  code: string;
  year: number;
  value: number;
}

/**
 * Every cell of the table checked — its region in scope and writable, once; a number in the
 * component's range — before anything is written: any refusal names `rows.N.<column>` and
 * nothing is stored.
 */
function checkCells(
  table: Awaited<ReturnType<typeof readTable>>,
  scope: Awaited<ReturnType<typeof regionsInScope>>,
  c: { actor: Actor; index: IndexCode; spec: InputSpec | undefined },
) {
  const { spec } = c;
  const problems: FieldErrors = {};
  const bad = (row: number, column: string, key: MessageKey) => {
    problems[`rows.${row}.${column}`] ??= key;
  };
  const cells: Cell[] = [];
  const seen = new Set<string>();
  let thousands = false;
  for (const row of table.rows) {
    const label = row.label.trim();
    const code = regionCodeOfCell(label) ?? scope.byKey.get(regionNameKey(label)) ?? null;
    if (!code || !scope.codes.has(code)) {
      bad(row.n, 'wilayah', 'index_import_region_unknown');
      continue;
    }
    if (!canManageIndexValues(c.actor, code)) {
      bad(row.n, 'wilayah', 'forbidden');
      continue;
    }
    if (seen.has(code)) {
      bad(row.n, 'wilayah', 'index_import_region_duplicate');
      continue;
    }
    seen.add(code);
    for (const [i, year] of table.years) {
      const text = row.cells[i] ?? '';
      if (text.trim() === '' || isNoFigure(text)) continue;
      const parsed = row.decimal(i);
      if (!parsed.ok) {
        bad(row.n, String(year), 'index_import_not_number');
        continue;
      }
      let value = Number(parsed.value);
      if (spec?.unit === 'rupiah' && value > 0 && value < THOUSANDS_BELOW) {
        value *= 1000;
        thousands = true;
      }
      if (spec ? !withinRange(spec, value) : outsideIndexScale(c.index, value)) {
        bad(
          row.n,
          String(year),
          spec ? (`index_input_range_${spec.unit}` as MessageKey) : 'index_published_range',
        );
        continue;
      }
      cells.push({ code, year, value });
    }
  }
  const count = Object.keys(problems).length;
  if (count) throw new Invalid(problems, 'index_import_invalid', { count });
  if (!cells.length) throw new Invalid({ file: 'index_import_empty' }, 'index_import_empty');
  return { cells, regions: seen.size, years: [...new Set(cells.map((x) => x.year))].sort(), thousands };
}

/** The checked cells merged into their region-years (other components kept) and recomputed. */
async function storeCells(
  tx: Db,
  a: Actor,
  target: { index: IndexCode; component: string; source: string },
  method: Awaited<ReturnType<typeof methodOf>>,
  cells: Cell[],
) {
  const existing = await tx
    .select()
    .from(indexValues)
    .where(
      and(
        eq(indexValues.indexCode, target.index),
        inArray(indexValues.regionCode, [...new Set(cells.map((x) => x.code))]),
        inArray(indexValues.year, [...new Set(cells.map((x) => x.year))]),
      ),
    );
  const beforeOf = new Map(existing.map((r) => [`${r.regionCode}|${r.year}`, r]));
  const writes = cells.map((cell) => {
    const before = beforeOf.get(`${cell.code}|${cell.year}`);
    const components = Object.fromEntries(
      Object.entries(before?.components ?? {}).map(([n, x]) => [n, { value: x.value, source: x.source }]),
    );
    const write =
      target.component === PUBLISHED
        ? { components, published: cell.value, publishedSource: target.source }
        : { components: { ...components, [target.component]: { value: cell.value, source: target.source } } };
    return { code: cell.code, year: cell.year, write, before };
  });
  return writeIndexValues(tx, subjectOf(a), target.index, writes, 'imported', method);
}

interface TableRow {
  n: number;
  label: string;
  cells: string[];
  decimal: (i: number) => ReturnType<typeof cellDecimal>;
}

/** The header's year columns and the rows with a region label; a header without years is a 422. */
async function readTable(tempPath: string, fileName: string) {
  let opened;
  try {
    opened = await openTabularFile(tempPath, fileName, {
      limits: { maxColumns: 60, maxCellLength: 300, maxRows: MAX_ROWS + 1 },
    });
  } catch (error) {
    throw fileError(error);
  }
  const years = new Map<number, number>();
  const duplicate: FieldErrors = {};
  opened.header.cells.forEach((text, i) => {
    const year = i > 0 ? yearOfHeader(text) : null;
    if (year === null) return;
    // "2023" and "2023*" in one header would write one region-year twice.
    if ([...years.values()].includes(year)) duplicate[`columns.${year}`] = 'index_import_year_duplicate';
    years.set(i, year);
  });
  if (Object.keys(duplicate).length > 0) {
    await opened.close();
    throw new Invalid(duplicate, 'index_import_invalid', { count: Object.keys(duplicate).length });
  }
  if (years.size === 0) {
    await opened.close();
    throw new Invalid({ 'columns.tahun': 'index_import_no_years' }, 'index_import_no_years');
  }
  const rows: TableRow[] = [];
  try {
    for await (const row of opened.rows) {
      const label = row.cells[0] ?? '';
      if (row.cells.every((c) => c.trim() === '')) continue;
      if (label.trim() === '') continue;
      rows.push({ n: row.rowNumber, label, cells: row.cells, decimal: (i) => cellDecimal(row, i) });
    }
  } catch (error) {
    throw fileError(error);
  }
  return { years, rows };
}

function fileError(error: unknown): unknown {
  if (!(error instanceof ImportFileError)) return error;
  return new Invalid({ file: 'index_import_format' }, 'index_import_format');
}
