/**
 * The rules a standard's definition must keep beyond its shape (api/institution-standards.ts
 * checks the shape): codes unique, weights positive, a scale with its top, a number criterion
 * with ascending thresholds. Each problem names the element or criterion by its code, so an
 * admin importing a JSON file finds the line to fix.
 */
import { MAX_CRITERIA, MAX_SCALE, SCORE_FULL, type ScoringKind } from './constants.js';
import type { Threshold } from './scoring.js';

export interface CriterionInput {
  code: string;
  text: string;
  help?: string | null;
  kind: ScoringKind;
  weight: number;
  scaleMax?: number | null;
  thresholds?: Threshold[] | null;
  evidenceExpected?: string | null;
}

export interface ElementInput {
  code: string;
  name: string;
  weight: number;
  criteria: CriterionInput[];
}

export interface DefinitionProblem {
  /** e.g. `elements.E2.criteria.E2.1.scaleMax` — the codes, not the positions. */
  path: string;
  reason:
    | 'standard_no_elements'
    | 'standard_element_code_duplicate'
    | 'standard_element_no_criteria'
    | 'standard_criterion_code_duplicate'
    | 'standard_weight_not_positive'
    | 'standard_scale_max_invalid'
    | 'standard_thresholds_missing'
    | 'standard_thresholds_not_ascending'
    | 'standard_threshold_score_invalid'
    | 'standard_too_many_criteria'
    | 'standard_kind_extra_field';
}

const key = (code: string) => code.trim().toUpperCase();

export function checkDefinition(elements: ElementInput[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (elements.length === 0) return [{ path: 'elements', reason: 'standard_no_elements' }];
  const elementCodes = new Set<string>();
  const criterionCodes = new Set<string>();
  let count = 0;
  for (const e of elements) {
    const ep = `elements.${e.code}`;
    if (elementCodes.has(key(e.code)))
      problems.push({ path: `${ep}.code`, reason: 'standard_element_code_duplicate' });
    elementCodes.add(key(e.code));
    if (!(e.weight > 0)) problems.push({ path: `${ep}.weight`, reason: 'standard_weight_not_positive' });
    if (e.criteria.length === 0) problems.push({ path: ep, reason: 'standard_element_no_criteria' });
    for (const c of e.criteria) {
      count += 1;
      const cp = `${ep}.criteria.${c.code}`;
      if (criterionCodes.has(key(c.code)))
        problems.push({ path: `${cp}.code`, reason: 'standard_criterion_code_duplicate' });
      criterionCodes.add(key(c.code));
      if (!(c.weight > 0)) problems.push({ path: `${cp}.weight`, reason: 'standard_weight_not_positive' });
      problems.push(...checkScoring(c, cp));
    }
  }
  if (count > MAX_CRITERIA) problems.push({ path: 'elements', reason: 'standard_too_many_criteria' });
  return problems;
}

function checkScoring(c: CriterionInput, cp: string): DefinitionProblem[] {
  const hasThresholds = (c.thresholds?.length ?? 0) > 0;
  if (c.kind === 'yes_no') {
    if (c.scaleMax != null) return [{ path: `${cp}.scaleMax`, reason: 'standard_kind_extra_field' }];
    if (hasThresholds) return [{ path: `${cp}.thresholds`, reason: 'standard_kind_extra_field' }];
    return [];
  }
  if (c.kind === 'scale') {
    if (hasThresholds) return [{ path: `${cp}.thresholds`, reason: 'standard_kind_extra_field' }];
    const max = c.scaleMax;
    const ok = typeof max === 'number' && Number.isInteger(max) && max >= 2 && max <= MAX_SCALE;
    return ok ? [] : [{ path: `${cp}.scaleMax`, reason: 'standard_scale_max_invalid' }];
  }
  if (c.scaleMax != null) return [{ path: `${cp}.scaleMax`, reason: 'standard_kind_extra_field' }];
  const ts = c.thresholds ?? [];
  if (ts.length === 0) return [{ path: `${cp}.thresholds`, reason: 'standard_thresholds_missing' }];
  for (let i = 0; i < ts.length; i += 1) {
    const t = ts[i];
    if (!(t.score >= 0 && t.score <= SCORE_FULL) || !Number.isFinite(t.score))
      return [{ path: `${cp}.thresholds.${i}.score`, reason: 'standard_threshold_score_invalid' }];
    if (!Number.isFinite(t.min) || (i > 0 && !(t.min > ts[i - 1].min)))
      return [{ path: `${cp}.thresholds.${i}.min`, reason: 'standard_thresholds_not_ascending' }];
  }
  return [];
}
