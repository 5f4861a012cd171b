/**
 * Completeness checks of a GAP worksheet and its GBS (and TOR, once drafted). They answer codes
 * with parameters, never text: the server and the web translate them (gap-guidance.ts holds
 * the Indonesian and English wording). A document may be submitted only when `ready`.
 *
 * The rules follow the instruments (docs/pprg.md, "GAP, GBS, TOR"): step 7 must address every
 * factor and cause named in steps 3–5, step 8's baseline comes from step 2's data, step 9 names
 * output and outcome indicators with targets, and the GBS spreads a positive budget over its
 * components.
 */
import type { GapContent, GapStep, GbsContent, TorContent } from './gap-content.js';
import { isRupiah, toSen } from './money.js';

/** Where an issue sits: a GAP step, the GBS or the TOR. */
export type GapIssueTarget = GapStep | 'gbs' | 'tor';

export const GAP_ISSUE_CODES = [
  'policy_missing',
  'objective_missing',
  'data_missing',
  'data_ref_incomplete',
  'factor_missing',
  'factor_text_missing',
  'cause_missing',
  'cause_text_missing',
  'reformulation_missing',
  'action_missing',
  'action_text_missing',
  'action_addresses_nothing',
  'action_addresses_unknown',
  'factor_unaddressed',
  'cause_unaddressed',
  'baseline_missing',
  'baseline_ref_unknown',
  'baseline_text_missing',
  'output_indicator_missing',
  'outcome_indicator_missing',
  'indicator_incomplete',
  'gbs_missing',
  'gbs_components_missing',
  'gbs_component_name_missing',
  'gbs_component_budget_invalid',
  'gbs_total_zero',
  'tor_background_missing',
  'tor_objective_missing',
  'tor_method_missing',
  'tor_schedule_invalid',
] as const;
export type GapIssueCode = (typeof GAP_ISSUE_CODES)[number];

export interface GapIssue {
  target: GapIssueTarget;
  code: GapIssueCode;
  /** What the message names: an item's id and an excerpt of its text, a referenced id. */
  params: Record<string, string | number>;
}

export interface Completeness {
  ready: boolean;
  issues: GapIssue[];
}

const blank = (s: string | undefined | null) => !s || s.trim() === '';

/** The first words of an item's text, so that a message can name it. */
export function excerpt(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function checkSteps1to6(gap: GapContent, out: GapIssue[]): void {
  const add = (target: GapIssueTarget, code: GapIssueCode, params: GapIssue['params'] = {}) =>
    out.push({ target, code, params });
  if (blank(gap.step1.policy)) add(1, 'policy_missing');
  if (blank(gap.step1.objective)) add(1, 'objective_missing');

  if (gap.step2.data.length === 0) add(2, 'data_missing');
  for (const ref of gap.step2.data) {
    if (blank(ref.indicatorCode) || !Number.isInteger(ref.year))
      add(2, 'data_ref_incomplete', { id: ref.id });
  }

  if (gap.step3.factors.length === 0) add(3, 'factor_missing');
  for (const f of gap.step3.factors) if (blank(f.text)) add(3, 'factor_text_missing', { id: f.id });

  if (gap.step4.causes.length + gap.step5.causes.length === 0) add(4, 'cause_missing');
  for (const step of [4, 5] as const) {
    const causes = step === 4 ? gap.step4.causes : gap.step5.causes;
    for (const c of causes) if (blank(c.text)) add(step, 'cause_text_missing', { id: c.id });
  }

  if (blank(gap.step6.objective)) add(6, 'reformulation_missing');
}

/** Step 7: every action addresses something that exists, and everything in 3–5 is addressed. */
function checkStep7(gap: GapContent, out: GapIssue[]): void {
  const add = (code: GapIssueCode, params: GapIssue['params'] = {}) => out.push({ target: 7, code, params });
  const { actions } = gap.step7;
  if (actions.length === 0) add('action_missing');
  const targets = new Map<string, { step: 3 | 4 | 5; text: string }>();
  for (const f of gap.step3.factors) targets.set(f.id, { step: 3, text: f.text });
  for (const c of gap.step4.causes) targets.set(c.id, { step: 4, text: c.text });
  for (const c of gap.step5.causes) targets.set(c.id, { step: 5, text: c.text });

  const addressed = new Set<string>();
  for (const a of actions) {
    if (blank(a.text)) add('action_text_missing', { id: a.id });
    if (a.addresses.length === 0) add('action_addresses_nothing', { id: a.id, text: excerpt(a.text) });
    for (const ref of a.addresses) {
      if (targets.has(ref)) addressed.add(ref);
      else add('action_addresses_unknown', { id: a.id, ref });
    }
  }
  // Only when there are actions: with none, "add an action" says it all.
  if (actions.length === 0) return;
  for (const [id, t] of targets) {
    if (addressed.has(id)) continue;
    add(t.step === 3 ? 'factor_unaddressed' : 'cause_unaddressed', {
      id,
      step: t.step,
      text: excerpt(t.text),
    });
  }
}

function checkSteps8and9(gap: GapContent, out: GapIssue[]): void {
  const add = (target: GapIssueTarget, code: GapIssueCode, params: GapIssue['params'] = {}) =>
    out.push({ target, code, params });
  const dataIds = new Set(gap.step2.data.map((d) => d.id));
  if (gap.step8.baselines.length === 0) add(8, 'baseline_missing');
  for (const b of gap.step8.baselines) {
    if (!dataIds.has(b.dataRefId)) add(8, 'baseline_ref_unknown', { id: b.id, ref: b.dataRefId });
    if (blank(b.text)) add(8, 'baseline_text_missing', { id: b.id });
  }

  const indicators = gap.step9.indicators;
  const complete = (kind: 'output' | 'outcome') =>
    indicators.some((i) => i.kind === kind && !blank(i.text) && !blank(i.target));
  if (!complete('output')) add(9, 'output_indicator_missing');
  if (!complete('outcome')) add(9, 'outcome_indicator_missing');
  for (const i of indicators) {
    if (blank(i.text) || blank(i.target)) add(9, 'indicator_incomplete', { id: i.id });
  }
}

function checkGbs(gbs: GbsContent | null, out: GapIssue[]): void {
  const add = (code: GapIssueCode, params: GapIssue['params'] = {}): void => {
    out.push({ target: 'gbs', code, params });
  };
  if (!gbs) return add('gbs_missing');
  if (gbs.components.length === 0) return add('gbs_components_missing');
  let total = 0n;
  let valid = true;
  for (const c of gbs.components) {
    if (blank(c.name)) add('gbs_component_name_missing', { id: c.id });
    if (!isRupiah(c.budget)) {
      add('gbs_component_budget_invalid', { id: c.id });
      valid = false;
    } else total += toSen(c.budget);
  }
  if (valid && total <= 0n) add('gbs_total_zero');
}

/** The TOR is optional before submission; once drafted, its core sections must be filled. */
function checkTor(tor: TorContent | null, out: GapIssue[]): void {
  if (!tor) return;
  const add = (code: GapIssueCode, params: GapIssue['params'] = {}) =>
    out.push({ target: 'tor', code, params });
  if (blank(tor.background)) add('tor_background_missing');
  if (blank(tor.objective)) add('tor_objective_missing');
  if (blank(tor.method)) add('tor_method_missing');
  for (const s of tor.schedule) {
    const ok = s.months.length > 0 && s.months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12);
    if (!ok) add('tor_schedule_invalid', { id: s.id });
  }
}

export function checkCompleteness(
  gap: GapContent,
  gbs: GbsContent | null,
  tor: TorContent | null,
): Completeness {
  const issues: GapIssue[] = [];
  checkSteps1to6(gap, issues);
  checkStep7(gap, issues);
  checkSteps8and9(gap, issues);
  checkGbs(gbs, issues);
  checkTor(tor, issues);
  return { ready: issues.length === 0, issues };
}

/** The issues of one step (or the GBS/TOR), for the editor's step markers. */
export function issuesOf(completeness: Completeness, target: GapIssueTarget): GapIssue[] {
  return completeness.issues.filter((i) => i.target === target);
}
