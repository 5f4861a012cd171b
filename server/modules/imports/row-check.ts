/**
 * Checks one row of an import file and turns it into normalised values: known codes (named in
 * the error when not), the batch's region, a period of the indicator's periodicity, a sex the
 * indicator has, exactly its dimensions with known members, a number (Indonesian `12,5` and
 * `1.234` or an XLSX number) that passes the single-value rules, and, for an operator, an
 * indicator of their OPD. Rules between values (parts above totals, jumps, admin rules) are
 * the validation report's job once the values are stored.
 */
import { comboKey, type Members } from '../../../domain/combo.js';
import { parsePeriod } from '../../../domain/period.js';
import { VALUE_NOTE_MAX } from '../../../domain/value-note.js';
import { checkSingleValue, type ViolationRule } from '../../../domain/value-rules.js';
import { cellDecimal, type TabularRow } from '../../lib/import/index.js';
import type { MessageKey } from '../../lib/messages.js';
import { AMBIGUOUS, type CheckCatalog, type MemberLookup, type PreparedIndicator } from './catalog.js';
import { parseSex, type ColumnMap, type Sex } from './layout.js';

export interface RowIssue {
  column: string | null;
  code: MessageKey;
  params: Record<string, string | number>;
}

export interface CheckedValue {
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: Sex;
  /** The id is given later, in batches (combo-ids.ts), so a row costs no query. */
  comboKey: string;
  members: Members;
  value: string;
  note: string | null;
}

export interface RowResult {
  issues: RowIssue[];
  values: CheckedValue[];
}

const RULE_MESSAGES: Partial<Record<ViolationRule, MessageKey>> = {
  sex_not_applicable: 'row_sex_not_applicable',
  negative: 'row_value_negative',
  count_integer: 'row_value_count',
  percent_range: 'row_value_percent',
};

const PERIODICITY_NAMES: Record<string, string> = {
  year: 'tahunan/yearly',
  semester: 'semesteran/semester',
  quarter: 'triwulanan/quarterly',
};

/** Shown in messages: long texts are cut so one bad cell cannot bloat the stored errors. */
function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/*
 * The helpers below take the row and map as arguments rather than closing over them: checkRow
 * runs once per row, and a closure made per call costs a million allocations (and, under tsx,
 * a million function namings) on a million-row file.
 */

/** The heading of a column, for an issue. */
function columnName(map: ColumnMap, index: number | null): string | null {
  return index === null ? null : (map.names[index] ?? null);
}

function cellText(row: TabularRow, index: number | null): string {
  return index === null ? '' : (row.cells[index] ?? '').trim();
}

/** The row is refused with this issue (after any already recorded). */
function refusal(
  issues: RowIssue[],
  map: ColumnMap,
  index: number | null,
  code: MessageKey,
  params: RowIssue['params'] = {},
): RowResult {
  issues.push({ column: columnName(map, index), code, params });
  return { issues, values: [] };
}

export async function checkRow(row: TabularRow, map: ColumnMap, catalog: CheckCatalog): Promise<RowResult> {
  const issues: RowIssue[] = [];

  for (const issue of row.issues) {
    const used = issue.column - 1;
    if (usedColumns(map).includes(used)) {
      const code = issue.code === 'cell_error' ? 'row_cell_error' : 'row_formula_without_value';
      issues.push({ column: columnName(map, used), code, params: { detail: shown(issue.detail) } });
    }
  }
  if (issues.length) return { issues, values: [] };

  const regionCell = cellText(row, map.region);
  const regionCode = regionCell === '' ? catalog.batchRegion : regionCell;
  const regionStanding = catalog.regionStanding(regionCode);
  if (regionStanding === 'unknown')
    return refusal(issues, map, map.region, 'row_region_unknown', { code: shown(regionCode) });
  if (regionStanding === 'outside')
    return refusal(issues, map, map.region, 'row_region_outside', {
      code: regionCode,
      batchRegion: catalog.batchRegion,
    });

  const code = cellText(row, map.indicator);
  const standing = catalog.indicatorStanding(code, regionCode);
  if (standing === 'unknown')
    return refusal(issues, map, map.indicator, 'row_indicator_unknown', { code: shown(code) });
  if (standing === 'inactive') return refusal(issues, map, map.indicator, 'row_indicator_inactive', { code });
  if (catalog.assigned && !catalog.assigned.has(code))
    return refusal(issues, map, map.indicator, 'row_not_assigned', { code });
  const indicator = catalog.cached(code) ?? (await catalog.prepare(code));

  const period = cellText(row, map.period);
  const parsed = parsePeriod(period);
  if (!parsed) return refusal(issues, map, map.period, 'row_period_invalid', { period: shown(period) });
  const periodicity = indicator.row.periodicity;
  if (parsed.periodicity !== periodicity) {
    const name = PERIODICITY_NAMES[periodicity] ?? periodicity;
    return refusal(issues, map, map.period, 'row_period_periodicity', { period, code, periodicity: name });
  }

  const members = await membersOf(row, map, catalog, indicator, code, regionCode, issues);
  const note = cellText(row, map.note);
  if (note.length > VALUE_NOTE_MAX)
    issues.push({
      column: columnName(map, map.note),
      code: 'row_note_too_long',
      params: { max: VALUE_NOTE_MAX },
    });

  const targets: { sex: Sex; index: number }[] = [];
  if (map.layout === 'long') {
    const text = cellText(row, map.sex);
    const sex = parseSex(text);
    if (sex === null)
      issues.push({
        column: columnName(map, map.sex),
        code: 'row_sex_invalid',
        params: { sex: shown(text) },
      });
    else if (sex === 'T')
      issues.push({ column: columnName(map, map.sex), code: 'row_sex_total', params: {} });
    else targets.push({ sex, index: map.value! });
  } else {
    targets.push(...map.sexColumns);
  }

  const values: CheckedValue[] = [];
  for (const { sex, index } of targets) {
    const parsedValue = cellDecimal(row, index);
    if (!parsedValue.ok) {
      // A blank value cell means "no figure": the template leaves cells blank for that.
      if (parsedValue.reason === 'empty') continue;
      issues.push({
        column: columnName(map, index),
        code: 'row_value_not_number',
        params: { value: shown(row.cells[index] ?? '') },
      });
      continue;
    }
    const broken = checkSingleValue(indicator.rule, sex, parsedValue.value);
    for (const violation of broken) {
      const key = RULE_MESSAGES[violation.rule];
      if (key)
        issues.push({
          column: columnName(map, index),
          code: key,
          params: { code, sex, value: parsedValue.value },
        });
    }
    if (broken.length || !members) continue;
    values.push({
      regionCode,
      indicatorCode: code,
      period,
      sex,
      comboKey: comboKey(members),
      members,
      value: parsedValue.value,
      note: note === '' ? null : note,
    });
  }
  return { issues, values: issues.length ? [] : values };
}

const BRACKETED = /\(([^()]+)\)\s*$/;

/**
 * A member as the row writes it: its code, its label in either language (when no other member
 * shares it), or the template's `label (code)`. AMBIGUOUS for a shared label; undefined if unknown.
 */
export function resolveMember(lookup: MemberLookup, text: string): string | undefined {
  const direct = lookup.get(text.toLowerCase());
  if (direct !== undefined && direct !== AMBIGUOUS) return direct;
  const code = BRACKETED.exec(text)?.[1].trim().toLowerCase();
  const bracketed = code === undefined ? undefined : lookup.get(code);
  return bracketed !== undefined && bracketed !== AMBIGUOUS ? bracketed : direct;
}

function usedColumns(map: ColumnMap): number[] {
  return [
    map.indicator,
    map.region,
    map.period,
    map.sex,
    map.value,
    map.note,
    ...map.sexColumns.map((c) => c.index),
    ...map.dimensions.map((d) => d.index),
  ].filter((i): i is number => i !== null);
}

/** The row's members in their stored spelling, or null after recording what is wrong. */
async function membersOf(
  row: TabularRow,
  map: ColumnMap,
  catalog: CheckCatalog,
  indicator: PreparedIndicator,
  code: string,
  regionCode: string,
  issues: RowIssue[],
): Promise<Members | null> {
  const members: Members = {};
  const before = issues.length;
  for (const { set, index } of map.dimensions) {
    const text = (row.cells[index] ?? '').trim();
    if (text === '') continue;
    const column = map.names[index] ?? set;
    if (!indicator.row.dimensions.includes(set)) {
      issues.push({ column, code: 'row_dimension_not_used', params: { code, dimension: set } });
      continue;
    }
    // A kecamatan must be one of the row's region's own, not any of the country's.
    const member = resolveMember(await catalog.membersOf(indicator, set, regionCode), text);
    if (member === AMBIGUOUS)
      issues.push({ column, code: 'row_member_ambiguous', params: { member: shown(text), dimension: set } });
    else if (!member)
      issues.push({ column, code: 'row_member_unknown', params: { member: shown(text), dimension: set } });
    else members[set] = member;
  }
  if (issues.length > before) return null;
  // Every given member is known, so what may be left is a dimension the row did not fill.
  for (const set of indicator.row.dimensions) {
    if (members[set] === undefined) {
      const column = map.dimensions.find((d) => d.set === set);
      issues.push({
        column: column ? (map.names[column.index] ?? set) : set,
        code: 'row_member_missing',
        params: { dimension: set, code },
      });
    }
  }
  return issues.length > before ? null : members;
}
