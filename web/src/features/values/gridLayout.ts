import { DOMAIN_GROUPS, SEXES, type Sex } from '../../../../domain/indicators.ts';
import { valueKey, type ValueKey } from '../../../../domain/value-rules.ts';
import type { EntryGrid, GridCell } from './api.ts';

type GridIndicator = EntryGrid['indicators'][number];

/** One visual row of value cells: an indicator without dimensions, or one of its combinations. */
export interface LayoutRow {
  indicatorCode: string;
  comboKey: string;
  /** Per column (SEXES order: P, L), the cell's key, or null where the cell is "not applicable". */
  slots: (ValueKey | null)[];
}

export interface EntryLayout {
  /** The tables in the order they are drawn: domain groups, each with its indicators. */
  groups: { group: string; indicators: GridIndicator[] }[];
  /** Every row holding value cells, top to bottom across all groups. */
  rows: LayoutRow[];
  position: Map<ValueKey, { row: number; col: number }>;
}

/** The combinations of an indicator's cells in the order the server sends them. */
export function combosOf(cells: GridCell[]): string[] {
  return [...new Set(cells.map((c) => c.comboKey))];
}

export function sexOfColumn(col: number): Sex {
  return SEXES[col];
}

/**
 * The grid as it is drawn, computed once per grid: the tables render from it, and paste and the
 * keyboard move through its rows and columns, so "the cell below" is always the one on screen.
 */
export function entryLayout(grid: EntryGrid): EntryLayout {
  const groups = [...new Set(grid.indicators.map((i) => i.indicator.domainGroup))]
    .sort((a, b) => DOMAIN_GROUPS.indexOf(a as never) - DOMAIN_GROUPS.indexOf(b as never))
    .map((group) => ({
      group,
      indicators: grid.indicators.filter((i) => i.indicator.domainGroup === group),
    }));
  const rows: LayoutRow[] = [];
  const position = new Map<ValueKey, { row: number; col: number }>();
  for (const { indicators } of groups)
    for (const { indicator, cells } of indicators) {
      const has = new Set(cells.map((c) => `${c.sex}|${c.comboKey}`));
      for (const comboKey of combosOf(cells)) {
        const slots = SEXES.map((sex) =>
          has.has(`${sex}|${comboKey}`) ? valueKey(indicator.code, sex, comboKey) : null,
        );
        slots.forEach((key, col) => key && position.set(key, { row: rows.length, col }));
        rows.push({ indicatorCode: indicator.code, comboKey, slots });
      }
    }
  return { groups, rows, position };
}
