/**
 * The report form's state: every box as the operator types it (text), built from the API's
 * report in its entry mode, turned back into the save request, and converted when the entry
 * mode changes. The arithmetic is domain/monev/cumulative.ts, the same the server applies.
 */
import {
  AGE_GROUPS,
  TARGET_GROUPS,
  type AgeGroup,
  type EntryMode,
  type TargetGroup,
} from '../../../../domain/monev/constants.ts';
import { resolveAmount, resolveCount, type Typed } from '../../../../domain/monev/cumulative.ts';
import { overOf } from '../../../../domain/monev/flags.ts';
import { isMoney } from '../../../../domain/planning/money.ts';
import { formatDecimal, formatNumber } from '../../components/format.ts';
import { formatMoneyInput } from '../../components/money.ts';
import type { MonevReport, MonevSave } from './api.ts';

export type Sex = 'P' | 'L';
export type SexTexts = Record<Sex, string>;

export interface Draft {
  entryMode: EntryMode;
  budgetRealised: string;
  physicalRealised: string;
  P: string;
  L: string;
  /** Only the groups the activity counts. */
  groups: Partial<Record<TargetGroup, SexTexts>>;
  ages: Partial<Record<AgeGroup, SexTexts>>;
  indicators: Record<string, string>;
  kendala: string;
  tindakLanjut: string;
  overConfirmed: boolean;
  overReason: string;
}

/** "4700.00" -> "4.700", "2.50" -> "2,5": a decimal as it would be typed. */
export function decimalText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const trimmed = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return formatDecimal(trimmed);
}

const countText = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n));

type Side = 'addition' | 'cumulative';
const sideOfMode = (mode: EntryMode): Side => (mode === 'increment' ? 'addition' : 'cumulative');

/** The groups shown: counted in this report or before it. */
function groupKeys<K extends string>(all: readonly K[], ...sources: Record<string, unknown>[]): K[] {
  return all.filter((k) => sources.some((s) => s[k] !== undefined));
}

export function draftOf(report: MonevReport): Draft {
  const side = sideOfMode(report.entryMode);
  const b = report.beneficiaries;
  const groupTexts = <K extends string>(
    all: readonly K[],
    now: typeof b.group,
    before: Record<string, unknown>,
  ) =>
    Object.fromEntries(
      groupKeys(all, now, before).map((k) => [
        k,
        { P: countText(now[k]?.P[side]), L: countText(now[k]?.L[side]) },
      ]),
    ) as Partial<Record<K, SexTexts>>;
  return {
    entryMode: report.entryMode,
    budgetRealised: formatMoneyInput(report.budgetRealised[side]),
    physicalRealised: decimalText(report.physicalRealised[side]),
    P: countText(b.P?.[side]),
    L: countText(b.L?.[side]),
    groups: groupTexts(TARGET_GROUPS, b.group, report.previous.beneficiaries.group),
    ages: groupTexts(AGE_GROUPS, b.age, report.previous.beneficiaries.age),
    indicators: Object.fromEntries(report.genderIndicators.map((i) => [i.id, decimalText(i.achieved)])),
    kendala: report.kendala,
    tindakLanjut: report.tindakLanjut,
    overConfirmed: report.overConfirmed,
    overReason: report.overReason,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function bodyOf(draft: Draft, version: number): MonevSave {
  const groups = <K extends string>(g: Partial<Record<K, SexTexts>>) =>
    Object.fromEntries(
      Object.entries<SexTexts | undefined>(g).map(([k, v]) => [k, { P: orNull(v!.P), L: orNull(v!.L) }]),
    );
  return {
    version,
    entryMode: draft.entryMode,
    budgetRealised: orNull(draft.budgetRealised),
    physicalRealised: orNull(draft.physicalRealised),
    beneficiaries: {
      P: orNull(draft.P),
      L: orNull(draft.L),
      group: groups(draft.groups),
      age: groups(draft.ages),
    },
    genderIndicators: Object.fromEntries(Object.entries(draft.indicators).map(([id, v]) => [id, orNull(v)])),
    kendala: draft.kendala,
    tindakLanjut: draft.tindakLanjut,
    overConfirmed: draft.overConfirmed,
    overReason: draft.overReason,
  };
}

/** Each box by its field key with its text: what counts as a change. */
export function flatten(draft: Draft): Map<string, string> {
  const out = new Map<string, string>([
    ['entryMode', draft.entryMode],
    ['budgetRealised', draft.budgetRealised],
    ['physicalRealised', draft.physicalRealised],
    ['beneficiaries.P', draft.P],
    ['beneficiaries.L', draft.L],
    ['kendala', draft.kendala],
    ['tindakLanjut', draft.tindakLanjut],
    ['overConfirmed', String(draft.overConfirmed)],
    ['overReason', draft.overReason],
  ]);
  for (const [dim, groups] of [
    ['group', draft.groups],
    ['age', draft.ages],
  ] as const) {
    for (const [k, v] of Object.entries<SexTexts | undefined>(groups)) {
      out.set(`beneficiaries.${dim}.${k}.P`, v!.P);
      out.set(`beneficiaries.${dim}.${k}.L`, v!.L);
    }
  }
  for (const [id, v] of Object.entries(draft.indicators)) out.set(`genderIndicators.${id}`, v);
  return out;
}

export function changeCount(a: Draft, b: Draft): number {
  const [x, y] = [flatten(a), flatten(b)];
  let n = 0;
  for (const key of new Set([...x.keys(), ...y.keys()]))
    if ((x.get(key) ?? '') !== (y.get(key) ?? '')) n += 1;
  return n;
}

export interface Previous {
  budgetRealised: string;
  physicalRealised: string;
  P: number;
  L: number;
  group: Record<string, { P: number; L: number }>;
  age: Record<string, { P: number; L: number }>;
}

export const previousOfReport = (r: MonevReport): Previous => ({
  budgetRealised: r.previous.budgetRealised,
  physicalRealised: r.previous.physicalRealised,
  P: r.previous.beneficiaries.P,
  L: r.previous.beneficiaries.L,
  group: r.previous.beneficiaries.group,
  age: r.previous.beneficiaries.age,
});

/** An amount's two figures from what is typed; null when the text cannot be read. */
export function amountPair(previous: string, mode: EntryMode, typed: Typed) {
  const r = resolveAmount(previous, mode, typed);
  return r.ok ? r.value : null;
}

export function countPair(previous: number, mode: EntryMode, typed: Typed) {
  const r = resolveCount(previous, mode, typed);
  return r.ok ? r.value : null;
}

/** The same figures typed the other way: a quarter's addition becomes the total, and back. */
export function switchMode(draft: Draft, previous: Previous, to: EntryMode): Draft {
  if (draft.entryMode === to) return draft;
  const from = draft.entryMode;
  const side = sideOfMode(to);
  const amount = (prev: string, text: string, fmt: (v: string) => string) => {
    if (text.trim() === '') return text;
    const pair = amountPair(prev, from, text);
    return pair ? fmt(pair[side]) : text;
  };
  const count = (prev: number, text: string) => {
    if (text.trim() === '') return text;
    const pair = countPair(prev, from, text);
    return pair ? formatNumber(pair[side]) : text;
  };
  const groups = <K extends string>(g: Partial<Record<K, SexTexts>>, before: Previous['group']) =>
    Object.fromEntries(
      Object.entries<SexTexts | undefined>(g).map(([k, v]) => [
        k,
        { P: count(before[k]?.P ?? 0, v!.P), L: count(before[k]?.L ?? 0, v!.L) },
      ]),
    ) as Partial<Record<K, SexTexts>>;
  return {
    ...draft,
    entryMode: to,
    budgetRealised: amount(previous.budgetRealised, draft.budgetRealised, formatMoneyInput),
    physicalRealised: amount(previous.physicalRealised, draft.physicalRealised, decimalText),
    P: count(previous.P, draft.P),
    L: count(previous.L, draft.L),
    groups: groups(draft.groups, previous.group),
    ages: groups(draft.ages, previous.age),
  };
}

/** Whether the cumulative figures typed go above the plan's target or the pagu. */
export function overOfDraft(report: MonevReport, draft: Draft, previous: Previous) {
  const budget = amountPair(previous.budgetRealised, draft.entryMode, draft.budgetRealised);
  const physical = amountPair(previous.physicalRealised, draft.entryMode, draft.physicalRealised);
  const target = report.plan.target;
  return overOf(
    { pagu: report.plan.pagu, physicalTarget: target !== null && isMoney(target) ? target : null },
    budget?.cumulative ?? previous.budgetRealised,
    physical?.cumulative ?? previous.physicalRealised,
  );
}
