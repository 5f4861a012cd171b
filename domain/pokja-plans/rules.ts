/**
 * The rules of a plan's content: its period, the matrix rows of a Rencana Pokja PUG, the items of
 * a Rencana Aksi and the progress entered after adoption. Pure: each function answers the
 * normalised value or every issue, each naming its field by its path in the request
 * (`rows.3.yearlyTargets.2.year`, as the error handler names zod's issues too), so a form shows
 * it beside the field and nothing partial is stored.
 */
import { isNegativeMoney, parseRupiah } from '../planning/money.js';
import { parseSipdCode, type SipdLevel } from '../planning/sipd-code.js';
import { parseDecimal } from '../number-parse.js';
import {
  POKJA_LIMITS,
  type ActionArea,
  type ActionStatus,
  type PokjaIssue,
  type PokjaPlanKind,
  type PokjaSection,
  type RowLevel,
} from './constants.js';

export interface Period {
  startYear: number;
  endYear: number;
}

/** Every year of a period, in order. */
export function yearsOf(p: Period): number[] {
  const out: number[] = [];
  for (let y = p.startYear; y <= p.endYear; y++) out.push(y);
  return out;
}

/**
 * The period of a new plan: a 5-tahunan plan runs from its start year through start + 4, a
 * tahunan plan is one year, a Rencana Aksi runs to the end year given (at most
 * POKJA_LIMITS.actionPlanYears years). A perubahan keeps the period of the plan it revises.
 */
export function periodOf(
  kind: PokjaPlanKind,
  startYear: number,
  endYear?: number | null,
): { ok: true; value: Period } | { ok: false; issues: PokjaIssue[] } {
  const bad = (field: string): { ok: false; issues: PokjaIssue[] } => ({
    ok: false,
    issues: [{ field, code: 'pokja_period_invalid' }],
  });
  if (!Number.isInteger(startYear) || startYear < POKJA_LIMITS.minYear || startYear > POKJA_LIMITS.maxYear)
    return bad('startYear');
  if (kind === 'lima_tahunan') return { ok: true, value: { startYear, endYear: startYear + 4 } };
  if (kind === 'tahunan') return { ok: true, value: { startYear, endYear: startYear } };
  if (kind === 'perubahan') return bad('kind');
  const end = endYear ?? startYear;
  if (!Number.isInteger(end) || end < startYear || end - startYear + 1 > POKJA_LIMITS.actionPlanYears)
    return bad('endYear');
  return { ok: true, value: { startYear, endYear: end } };
}

// -----------------------------------------------------------------------------------------------
// Matrix rows (Rencana Pokja PUG)

export interface YearlyTarget {
  year: number;
  target: string;
}

export interface MatrixRowInput {
  id?: string | null;
  section: PokjaSection;
  level: RowLevel;
  /** SIPD code of the program/kegiatan/sub-kegiatan, when it has one ('' or null: none). */
  code?: string | null;
  description: string;
  baseline: string;
  target5y: string;
  yearlyTargets: YearlyTarget[];
  indicator: string;
  /** Rupiah: a number, or text as people write it (`Rp 1.250.000`); null: not budgeted. */
  budget: string | number | null;
  /** The OPD of the region that carries it out, or null with `unit` as free text. */
  opdId: string | null;
  unit: string;
}

export interface MatrixRow {
  id: string;
  section: PokjaSection;
  level: RowLevel;
  code: string | null;
  description: string;
  baseline: string;
  target5y: string;
  yearlyTargets: YearlyTarget[];
  indicator: string;
  /** Canonical amount (`"1250000.00"`) or null. */
  budget: string | null;
  opdId: string | null;
  unit: string;
}

const LEVEL_OF_ROW: Record<RowLevel, SipdLevel> = {
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub_kegiatan',
};

/** Reads a budget: null stays null; negative, unreadable or oversized amounts are issues. */
export function parseBudget(
  value: string | number | null,
): { ok: true; value: string | null } | { ok: false; code: PokjaIssue['code'] } {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: null };
  const parsed = parseRupiah(value);
  if (!parsed.ok)
    return {
      ok: false,
      code: parsed.reason === 'too_large' ? 'pokja_money_too_large' : 'pokja_money_invalid',
    };
  if (isNegativeMoney(parsed.value)) return { ok: false, code: 'pokja_money_negative' };
  return { ok: true, value: parsed.value };
}

function checkYears(
  targets: YearlyTarget[],
  period: Period,
  path: string,
  issues: PokjaIssue[],
): YearlyTarget[] {
  const seen = new Set<number>();
  const out: YearlyTarget[] = [];
  targets.forEach((t, j) => {
    if (t.year < period.startYear || t.year > period.endYear)
      issues.push({ field: `${path}.${j}.year`, code: 'pokja_year_outside_period' });
    else if (seen.has(t.year)) issues.push({ field: `${path}.${j}.year`, code: 'pokja_year_duplicate' });
    seen.add(t.year);
    if (t.target.trim() !== '') out.push({ year: t.year, target: t.target.trim() });
  });
  return out.sort((a, b) => a.year - b.year);
}

/**
 * Checks and normalises a plan's rows: a description is required; a SIPD code must be well
 * formed and of the row's level, and appear once per section; yearly targets fall within the
 * period, one per year; the budget is a non-negative Rupiah amount; an OPD must be one of the
 * region's (`opdIds`). Rows without an id get one from `newId`.
 */
export function validateMatrixRows(
  rows: MatrixRowInput[],
  period: Period,
  opdIds: ReadonlySet<string>,
  newId: () => string,
): { ok: true; value: MatrixRow[] } | { ok: false; issues: PokjaIssue[] } {
  const issues: PokjaIssue[] = [];
  const out: MatrixRow[] = [];
  const ids = new Set<string>();
  const codes = new Map<string, number>();
  rows.forEach((r, i) => {
    const at = `rows.${i}`;
    const id = r.id || newId();
    if (ids.has(id)) issues.push({ field: `${at}.id`, code: 'pokja_id_duplicate' });
    ids.add(id);
    if (r.description.trim() === '') issues.push({ field: `${at}.description`, code: 'pokja_required' });
    let code: string | null = null;
    if (r.code && r.code.trim() !== '') {
      const parsed = parseSipdCode(r.code.trim());
      if (!parsed.ok || parsed.value.level !== LEVEL_OF_ROW[r.level]) {
        issues.push({ field: `${at}.code`, code: 'pokja_sipd_code_invalid' });
      } else {
        code = parsed.value.code;
        const key = `${r.section}|${code}`;
        if (codes.has(key)) issues.push({ field: `${at}.code`, code: 'pokja_code_duplicate' });
        else codes.set(key, i);
      }
    }
    const yearlyTargets = checkYears(r.yearlyTargets, period, `${at}.yearlyTargets`, issues);
    const budget = parseBudget(r.budget);
    if (!budget.ok) issues.push({ field: `${at}.budget`, code: budget.code });
    if (r.opdId && !opdIds.has(r.opdId)) issues.push({ field: `${at}.opdId`, code: 'pokja_opd_unknown' });
    out.push({
      id,
      section: r.section,
      level: r.level,
      code,
      description: r.description.trim(),
      baseline: r.baseline.trim(),
      target5y: r.target5y.trim(),
      yearlyTargets,
      indicator: r.indicator.trim(),
      budget: budget.ok ? budget.value : null,
      opdId: r.opdId ?? null,
      unit: r.unit.trim(),
    });
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

// -----------------------------------------------------------------------------------------------
// Action items (Rencana Aksi PUG Daerah)

export interface ActionItemInput {
  id?: string | null;
  area: ActionArea;
  action: string;
  target: string;
  /** When, as the plan says it ("Triwulan I 2025", "2025–2026"). */
  timeline: string;
  opdId: string | null;
  unit: string;
}

export interface ActionItem {
  id: string;
  area: ActionArea;
  action: string;
  target: string;
  timeline: string;
  opdId: string | null;
  unit: string;
}

export function validateActionItems(
  items: ActionItemInput[],
  opdIds: ReadonlySet<string>,
  newId: () => string,
): { ok: true; value: ActionItem[] } | { ok: false; issues: PokjaIssue[] } {
  const issues: PokjaIssue[] = [];
  const ids = new Set<string>();
  const out = items.map((it, i): ActionItem => {
    const at = `items.${i}`;
    const id = it.id || newId();
    if (ids.has(id)) issues.push({ field: `${at}.id`, code: 'pokja_id_duplicate' });
    ids.add(id);
    if (it.action.trim() === '') issues.push({ field: `${at}.action`, code: 'pokja_required' });
    if (it.opdId && !opdIds.has(it.opdId)) issues.push({ field: `${at}.opdId`, code: 'pokja_opd_unknown' });
    return {
      id,
      area: it.area,
      action: it.action.trim(),
      target: it.target.trim(),
      timeline: it.timeline.trim(),
      opdId: it.opdId ?? null,
      unit: it.unit.trim(),
    };
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

// -----------------------------------------------------------------------------------------------
// Progress (after adoption)

export interface ProgressInput {
  rowId: string;
  year: number;
  realisation: string;
  /** Achievement in percent (`85`, `85,5`), or null. */
  achievement: string | number | null;
  /** A Rencana Aksi item's state that year; null for matrix rows. */
  status: ActionStatus | null;
  note: string;
}

export interface Progress {
  rowId: string;
  year: number;
  realisation: string;
  /** Canonical decimal with at most two decimals, or null. */
  achievement: string | null;
  status: ActionStatus | null;
  note: string;
}

const MAX_PERCENT = 9999.99;

export function parsePercent(
  value: string | number | null,
): { ok: true; value: string | null } | { ok: false } {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: null };
  const parsed = parseDecimal(String(value), { loneSeparator: 'indonesian' });
  if (!parsed.ok) return { ok: false };
  const n = Number(parsed.value);
  if (!Number.isFinite(n) || n < 0 || n > MAX_PERCENT) return { ok: false };
  const [, frac = ''] = parsed.value.split('.');
  if (frac.length > 2) return { ok: false };
  return { ok: true, value: n.toFixed(2) };
}

/**
 * Checks progress entries against the plan's rows (or items) and period: the row must exist,
 * the year fall within the period and appear once per row, the achievement be a percentage; an
 * entry must say something (a realisation, an achievement, a status or a note).
 */
export function validateProgress(
  entries: ProgressInput[],
  period: Period,
  rowIds: ReadonlySet<string>,
): { ok: true; value: Progress[] } | { ok: false; issues: PokjaIssue[] } {
  const issues: PokjaIssue[] = [];
  const seen = new Set<string>();
  const out = entries.map((e, i): Progress => {
    const at = `entries.${i}`;
    if (!rowIds.has(e.rowId)) issues.push({ field: `${at}.rowId`, code: 'pokja_row_unknown' });
    if (e.year < period.startYear || e.year > period.endYear)
      issues.push({ field: `${at}.year`, code: 'pokja_year_outside_period' });
    const key = `${e.rowId}|${e.year}`;
    if (seen.has(key)) issues.push({ field: `${at}.year`, code: 'pokja_year_duplicate' });
    seen.add(key);
    const pct = parsePercent(e.achievement);
    if (!pct.ok) issues.push({ field: `${at}.achievement`, code: 'pokja_percent_invalid' });
    return {
      rowId: e.rowId,
      year: e.year,
      realisation: e.realisation.trim(),
      achievement: pct.ok ? pct.value : null,
      status: e.status,
      note: e.note.trim(),
    };
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

/** An entry that says nothing: saving it removes the year's progress of that row. */
export function isEmptyProgress(p: Progress): boolean {
  return p.realisation === '' && p.achievement === null && p.status === null && p.note === '';
}
