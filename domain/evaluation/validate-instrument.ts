/**
 * The rules an instrument and a cycle's tiers must keep beyond their shape (api/
 * evaluation-instruments.ts checks types and lengths). Every problem names its sheet, the row's
 * code and the field, so the import can turn it into "sheet Pertanyaan, row 14, kolom bobot"
 * and a JSON upload into a path; all problems are returned at once, not the first only.
 */
import { isEvidenceKind } from './evidence-kinds.js';
import { questionsOf, type InstrumentContent, type InstrumentQuestion, type TierBand } from './instrument.js';
import { maxTotalOf } from './scoring.js';
import { sortBands } from './tiers.js';

/** An instrument is refused beyond this many questions (the national instrument has ~150). */
export const MAX_QUESTIONS = 1000;
export const MAX_OPTIONS = 20;
export const MAX_THRESHOLDS = 20;
export const MAX_TIERS = 10;

/** The sheets of the XLSX template (the JSON has the same nesting). */
export const INSTRUMENT_SHEETS = ['areas', 'questions', 'options', 'tiers'] as const;
export type InstrumentSheet = (typeof INSTRUMENT_SHEETS)[number];

export const INSTRUMENT_PROBLEMS = [
  'instrument_no_areas',
  'instrument_too_many_questions',
  'area_code_duplicate',
  'area_no_questions',
  'question_code_duplicate',
  'question_weight_not_positive',
  'question_max_score_invalid',
  'question_options_missing',
  'question_options_not_allowed',
  'question_too_many_options',
  'option_code_duplicate',
  'option_score_above_max',
  'option_score_negative',
  'question_thresholds_not_allowed',
  'question_thresholds_not_ascending',
  'question_too_many_thresholds',
  'threshold_score_above_max',
  'question_target_missing',
  'question_target_not_allowed',
  'condition_question_missing',
  'condition_question_not_earlier',
  'condition_value_invalid',
  'evidence_kind_unknown',
  'evidence_kind_duplicate',
  'tier_name_duplicate',
  'tier_band_empty',
  'tier_band_negative',
  'tier_bands_overlap',
  'tier_bands_gap',
  'tier_band_above_max_total',
  'tier_too_many',
] as const;
export type InstrumentProblemReason = (typeof INSTRUMENT_PROBLEMS)[number];

export interface InstrumentProblem {
  sheet: InstrumentSheet;
  /** The row's key: area code, question code, `question/option` codes, or tier name; '' for the whole sheet. */
  key: string;
  field: string;
  reason: InstrumentProblemReason;
}

/** Codes compare without case or surrounding spaces, as people type them in a spreadsheet. */
const norm = (code: string) => code.trim().toUpperCase();

export function validateInstrument(content: InstrumentContent): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const push = (sheet: InstrumentSheet, key: string, field: string, reason: InstrumentProblemReason) =>
    problems.push({ sheet, key, field, reason });
  if (content.areas.length === 0) push('areas', '', 'code', 'instrument_no_areas');
  const areaCodes = new Set<string>();
  for (const a of content.areas) {
    if (areaCodes.has(norm(a.code))) push('areas', a.code, 'code', 'area_code_duplicate');
    areaCodes.add(norm(a.code));
    if (a.questions.length === 0) push('areas', a.code, 'code', 'area_no_questions');
  }
  const all = questionsOf(content);
  if (all.length > MAX_QUESTIONS) push('questions', '', 'code', 'instrument_too_many_questions');
  // Earlier questions by normalised code, for conditions (which may only look back).
  const earlier = new Map<string, InstrumentQuestion>();
  const allCodes = new Set(all.map((q) => norm(q.code)));
  for (const q of all) {
    if (earlier.has(norm(q.code))) push('questions', q.code, 'code', 'question_code_duplicate');
    for (const p of checkQuestion(q, earlier, allCodes)) push(p.sheet, p.key, p.field, p.reason);
    if (!earlier.has(norm(q.code))) earlier.set(norm(q.code), q);
  }
  return problems;
}

type Found = InstrumentProblem;

function checkQuestion(
  q: InstrumentQuestion,
  earlier: ReadonlyMap<string, InstrumentQuestion>,
  allCodes: ReadonlySet<string>,
): Found[] {
  const out: Found[] = [];
  const at = (field: string, reason: InstrumentProblemReason): Found => ({
    sheet: 'questions',
    key: q.code,
    field,
    reason,
  });
  if (!(q.weight > 0)) out.push(at('weight', 'question_weight_not_positive'));
  if (!(q.maxScore >= 0) || !Number.isFinite(q.maxScore))
    out.push(at('maxScore', 'question_max_score_invalid'));
  out.push(...checkOptions(q, at));
  out.push(...checkNumeric(q, at));
  const kinds = new Set<string>();
  for (const k of q.evidenceKinds) {
    if (!isEvidenceKind(k)) out.push(at('evidenceKinds', 'evidence_kind_unknown'));
    else if (kinds.has(k)) out.push(at('evidenceKinds', 'evidence_kind_duplicate'));
    kinds.add(k);
  }
  const c = q.condition;
  if (c) {
    const parent = earlier.get(norm(c.questionCode));
    if (!parent) {
      out.push(
        at(
          'condition.questionCode',
          allCodes.has(norm(c.questionCode))
            ? 'condition_question_not_earlier'
            : 'condition_question_missing',
        ),
      );
    } else if (!conditionValueFits(parent, c.equals)) {
      out.push(at('condition.equals', 'condition_value_invalid'));
    }
  }
  return out;
}

function checkOptions(q: InstrumentQuestion, at: (f: string, r: InstrumentProblemReason) => Found): Found[] {
  const options = q.options ?? [];
  if (q.answerType !== 'choice')
    return options.length > 0 ? [at('options', 'question_options_not_allowed')] : [];
  if (options.length < 2) return [at('options', 'question_options_missing')];
  const out: Found[] = [];
  if (options.length > MAX_OPTIONS) out.push(at('options', 'question_too_many_options'));
  const seen = new Set<string>();
  for (const o of options) {
    const key = `${q.code}/${o.code}`;
    if (seen.has(norm(o.code)))
      out.push({ sheet: 'options', key, field: 'code', reason: 'option_code_duplicate' });
    seen.add(norm(o.code));
    if (o.score < 0) out.push({ sheet: 'options', key, field: 'score', reason: 'option_score_negative' });
    else if (o.score > q.maxScore)
      out.push({ sheet: 'options', key, field: 'score', reason: 'option_score_above_max' });
  }
  return out;
}

function checkNumeric(q: InstrumentQuestion, at: (f: string, r: InstrumentProblemReason) => Found): Found[] {
  const steps = q.thresholds ?? [];
  const numeric = q.answerType === 'number' || q.answerType === 'percentage';
  if (!numeric) {
    const out: Found[] = [];
    if (steps.length > 0) out.push(at('thresholds', 'question_thresholds_not_allowed'));
    if (q.target != null) out.push(at('target', 'question_target_not_allowed'));
    return out;
  }
  const out: Found[] = [];
  if (steps.length > MAX_THRESHOLDS) out.push(at('thresholds', 'question_too_many_thresholds'));
  for (let i = 1; i < steps.length; i += 1) {
    if (!(steps[i].min > steps[i - 1].min)) {
      out.push(at('thresholds', 'question_thresholds_not_ascending'));
      break;
    }
  }
  if (steps.some((s) => s.score > q.maxScore || s.score < 0))
    out.push(at('thresholds', 'threshold_score_above_max'));
  if (steps.length === 0 && q.answerType === 'number' && !(q.target != null && q.target > 0)) {
    out.push(at('target', 'question_target_missing'));
  }
  return out;
}

/** Whether `equals` is an answer the parent question can have. */
function conditionValueFits(parent: InstrumentQuestion, equals: string | boolean | number): boolean {
  switch (parent.answerType) {
    case 'choice':
      return typeof equals === 'string' && (parent.options ?? []).some((o) => o.code === equals);
    case 'yes_no':
      return typeof equals === 'boolean';
    case 'number':
      return typeof equals === 'number' && equals >= 0;
    case 'percentage':
      return typeof equals === 'number' && equals >= 0 && equals <= 100;
    case 'text':
      return typeof equals === 'string';
  }
}

/**
 * A cycle's tiers against its instrument's maximum total: names unique, each band non-empty and
 * not negative, contiguous (one's max is the next one's min — no overlap, no gap; the lowest
 * may start above 0: below it there is no tier) and the highest not beyond the maximum.
 */
export function validateBands(bands: readonly TierBand[], maxTotal: number): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const push = (key: string, field: string, reason: InstrumentProblemReason) =>
    problems.push({ sheet: 'tiers', key, field, reason });
  if (bands.length > MAX_TIERS) push('', 'name', 'tier_too_many');
  const names = new Set<string>();
  for (const b of bands) {
    if (names.has(norm(b.name))) push(b.name, 'name', 'tier_name_duplicate');
    names.add(norm(b.name));
    if (b.min < 0) push(b.name, 'min', 'tier_band_negative');
    if (!(b.min < b.max)) push(b.name, 'max', 'tier_band_empty');
    if (b.max > maxTotal) push(b.name, 'max', 'tier_band_above_max_total');
  }
  const sorted = sortBands(bands);
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1];
    const b = sorted[i];
    if (b.min < prev.max) push(b.name, 'min', 'tier_bands_overlap');
    else if (b.min > prev.max) push(b.name, 'min', 'tier_bands_gap');
  }
  return problems;
}

/** Both at once: the instrument's problems, then the tiers' against its maximum. */
export function validateInstrumentWithBands(
  content: InstrumentContent,
  bands: readonly TierBand[],
): InstrumentProblem[] {
  return [...validateInstrument(content), ...validateBands(bands, maxTotalOf(content))];
}
