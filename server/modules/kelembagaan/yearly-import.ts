/**
 * Reading an import of yearly counts (officials by echelon, staff trained in PUG/PPRG): the
 * upload received through server/lib/file-store, the CSV/XLSX read through server/lib/import,
 * the header matched by its accepted names, the `tahun` and optional `opd` columns read for every
 * row, and each problem named as `rows.<file row>.<column>`. Any problem throws one 422 before
 * the caller writes, so a bad file stores nothing.
 */
import { rm } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { KELEMBAGAAN_LIMITS } from '../../../domain/kelembagaan/constants.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { fileTooLarge, receiveUpload } from '../../lib/file-store/receive.js';
import { cellDecimal, ImportFileError, openTabularFile } from '../../lib/import/index.js';

export interface YearlyImportDeps {
  db: Db;
  scratchDir: string;
  maxMb: number;
}

/** One data row: `year` and `opdId` read already (null when bad, the problem recorded). */
export interface YearlyImportRow<C extends string> {
  rowNumber: number;
  year: number | null;
  /** Null: the whole region (empty cell); undefined: an OPD the region does not have. */
  opdId: string | null | undefined;
  cell(column: C): string;
  /** A count 0–maxCount, else null with the problem recorded at the column. */
  count(column: C): number | null;
  bad(column: C | 'tahun' | 'opd', key: FieldErrors[string]): void;
}

export interface YearlyImportSpec<C extends string> {
  /** Scratch file prefix. */
  prefix: string;
  /** Each column's accepted header names, the first being the one named in errors. */
  columns: Record<C, readonly [C, ...string[]]>;
  /** Reads one row; returns false when the row was refused (its problems recorded). */
  row(row: YearlyImportRow<C>): boolean;
}

const YEAR = ['tahun', 'year'] as const;
const OPD = ['opd', 'perangkat daerah', 'unit kerja'] as const;

function headerIndex(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h));
}

/** Reads every row of the upload through `spec.row`; throws 422 on any problem or no row. */
export async function readYearlyImport<C extends string>(
  deps: YearlyImportDeps,
  regionCode: string,
  request: FastifyRequest,
  spec: YearlyImportSpec<C>,
): Promise<void> {
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'kelembagaan_import_empty',
    tooLarge: fileTooLarge('kelembagaan_import_too_large'),
    prefix: spec.prefix,
  });
  try {
    let opened;
    try {
      opened = await openTabularFile(file.tempPath, file.fileName, {
        limits: { maxColumns: 20, maxCellLength: 300, maxRows: 5000 },
      });
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new Invalid({ file: 'kelembagaan_import_format' }, 'kelembagaan_import_format');
      throw error;
    }
    const header = opened.header.cells.map((c) => c.trim().toLowerCase());
    const own = Object.keys(spec.columns) as C[];
    const idx = new Map<string, number>(own.map((c) => [c, headerIndex(header, spec.columns[c])]));
    const yearIdx = headerIndex(header, YEAR);
    const opdIdx = headerIndex(header, OPD);
    const missing = [...(yearIdx < 0 ? [YEAR[0]] : []), ...own.filter((c) => idx.get(c)! < 0)];
    if (missing.length) {
      await opened.close();
      throw new Invalid(
        Object.fromEntries(missing.map((c) => [`columns.${c}`, 'kelembagaan_import_column_missing'])),
        'kelembagaan_import_column_missing',
        { column: missing[0]! },
      );
    }
    const opds = await deps.db
      .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
      .from(opd)
      .where(eq(opd.regionCode, regionCode));
    const opdByName = new Map<string, string>();
    for (const o of opds) {
      opdByName.set(o.name.trim().toLowerCase(), o.id);
      opdByName.set(o.shortName.trim().toLowerCase(), o.id);
    }
    const problems: FieldErrors = {};
    let accepted = 0;
    for await (const row of opened.rows) {
      if (row.cells.every((c) => c.trim() === '')) continue;
      const n = row.rowNumber;
      const bad = (column: string, key: FieldErrors[string]) => {
        problems[`rows.${n}.${column}`] = key;
      };
      for (const issue of row.issues) bad(`column${issue.column}`, 'kelembagaan_count_invalid');
      const textAt = (i: number) => (i < 0 ? '' : (row.cells[i] ?? '').trim());
      const intAt = (i: number) => {
        const parsed = cellDecimal(row, i);
        if (!parsed.ok) return null;
        const v = Number(parsed.value);
        return Number.isInteger(v) ? v : null;
      };
      let year = intAt(yearIdx);
      if (year === null || year < KELEMBAGAAN_LIMITS.minYear || year > KELEMBAGAAN_LIMITS.maxYear) {
        bad(YEAR[0], 'kelembagaan_year_invalid');
        year = null;
      }
      const opdText = textAt(opdIdx);
      const opdId = opdText === '' ? null : (opdByName.get(opdText.toLowerCase()) ?? undefined);
      if (opdId === undefined) bad(OPD[0], 'kelembagaan_import_opd_unknown');
      const ok = spec.row({
        rowNumber: n,
        year,
        opdId,
        cell: (c) => textAt(idx.get(c)!),
        count: (c) => {
          const v = intAt(idx.get(c)!);
          if (v !== null && v >= 0 && v <= KELEMBAGAAN_LIMITS.maxCount) return v;
          bad(c, 'kelembagaan_count_invalid');
          return null;
        },
        bad,
      });
      if (ok) accepted += 1;
    }
    const problemCount = Object.keys(problems).length;
    if (problemCount) throw new Invalid(problems, 'kelembagaan_import_invalid', { count: problemCount });
    if (!accepted) throw new Invalid({ file: 'kelembagaan_import_empty' }, 'kelembagaan_import_empty');
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

/** The latest year among the imported scopes (what the import answers). */
export function latestYear(scopes: Iterable<{ year: number }>): number {
  return Math.max(...[...scopes].map((s) => s.year));
}
