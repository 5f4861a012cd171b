/**
 * The rows of the import benchmark: real starter-catalog codes and valid members, so every row
 * passes the check. One region holds only 158 values a year with this catalog, so a million
 * rows span regions (the demo region first, then every province and kab/kota) and the years
 * 2007–2018 (before the demo's own years, so nothing collides with demo values). Values are
 * written the Indonesian way (`;`-separated, decimal comma) to exercise the number parser.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { allCombos, comboKey } from '../domain/combo.js';
import { BUILTIN_DIMENSION_SETS } from '../domain/indicators.js';
import { isCountIndicator } from '../domain/value-rules.js';
import { STARTER_INDICATORS } from '../server/db/seed/catalog-data.js';
import { officialRegions } from '../server/db/seed/regions.js';

export const YEARS = Array.from({ length: 12 }, (_, i) => 2007 + i);
export const DEMO_REGION = '72.71';

export interface Cell {
  indicator: string;
  sex: string;
  members: Record<string, string>;
  key: string;
  dimensions: string[];
  kind: 'count' | 'percent' | 'other';
}

export function catalogCells(): Cell[] {
  const sets = new Map(BUILTIN_DIMENSION_SETS.map((s) => [s.code, s.members.map((m) => m.code)]));
  return STARTER_INDICATORS.flatMap((ind) => {
    const rule = {
      code: ind.code,
      unit: ind.unit,
      aggregation: ind.aggregation,
      percentBounded: false,
      sexes: ind.sexes,
    };
    const kind = isCountIndicator(rule)
      ? 'count'
      : ind.unit === 'persen' || ind.percentBounded
        ? 'percent'
        : 'other';
    const combos = allCombos(ind.dimensions.map((code) => ({ code, members: sets.get(code) ?? [] })));
    return ind.sexes.flatMap((sex) =>
      combos.map((members) => ({
        indicator: ind.code,
        sex,
        members,
        key: comboKey(members),
        dimensions: ind.dimensions,
        kind: kind as Cell['kind'],
      })),
    );
  });
}

export function benchRegions(): string[] {
  const codes = officialRegions()
    .map((r) => r.code)
    .filter((c) => c !== 'ID' && c !== DEMO_REGION);
  return [DEMO_REGION, ...codes];
}

/** A deterministic value that passes the single-value rules, as machine text. */
export function valueOf(cell: Cell, n: number): string {
  const x = (Math.imul(n + 1, 2654435761) >>> 0) / 2 ** 32;
  if (cell.kind === 'count') return String(Math.floor(x * 50_000));
  if (cell.kind === 'percent') return (x * 100).toFixed(2);
  return (x * 1000).toFixed(3);
}

export interface GeneratedRow {
  region: string;
  period: string;
  cell: Cell;
  value: string;
}

export function* benchRows(count: number): Generator<GeneratedRow> {
  const cells = catalogCells();
  let n = 0;
  for (const region of benchRegions()) {
    for (const year of YEARS) {
      for (const cell of cells) {
        if (n >= count) return;
        yield { region, period: String(year), cell, value: valueOf(cell, n) };
        n++;
      }
    }
  }
  if (n < count) throw new Error(`the catalog gives only ${n} distinct rows`);
}

export function dimensionColumns(): string[] {
  return [...new Set(STARTER_INDICATORS.flatMap((i) => i.dimensions))];
}

async function writeLines(path: string, header: string | null, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = header === null ? '' : `${header}\n`;
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The long CSV a user would upload. */
export async function writeImportCsv(path: string, count: number): Promise<void> {
  const dims = dimensionColumns();
  const header = ['indicator_code', 'region_code', 'period', 'sex', ...dims, 'value'].join(';');
  function* lines() {
    for (const r of benchRows(count)) {
      const members = dims.map((d) => r.cell.members[d] ?? '');
      yield `${r.cell.indicator};${r.region};${r.period};${r.cell.sex};${members.join(';')};${r.value.replace('.', ',')}\n`;
    }
  }
  await writeLines(path, header, lines());
}

/** The same rows as COPY text for data_values, given the combo ids of the target database. */
export async function writeRawCopy(
  path: string,
  count: number,
  comboIds: Map<string, number>,
): Promise<void> {
  function* lines() {
    for (const r of benchRows(count)) {
      yield `${r.region}\t${r.cell.indicator}\t${r.period}\t${r.cell.sex}\t${comboIds.get(r.cell.key)}\t${r.value}\tdraft\n`;
    }
  }
  await writeLines(path, null, lines());
}
