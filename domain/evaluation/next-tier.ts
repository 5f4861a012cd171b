/**
 * "What lifts us to the next tier at least cost": the answer changes that raise a worksheet's
 * total into the next band, changing as few questions as possible.
 *
 * Cost is the number of questions whose answer changes (each is work: a decree to find, a
 * report to attach). With unit costs and independent questions, taking the largest gains first
 * is optimal for the count — no knapsack needed. Conditions make questions dependent: a parent
 * that earns nothing itself may unlock children. So the moves are single changes of a shown
 * question and, for a hidden question whose parent is shown, the pair "parent to the value that
 * shows it + the child's answer" (cost 2). Each round rescores every move against the current
 * answers (a change that hides other questions loses their points, so gains are exact) and takes
 * the best gain per cost; once one move alone closes the remaining gap, the cheapest such move
 * with the smallest gain is taken (the least ambitious answer that suffices, e.g. option B rather
 * than A). This greedy is not guaranteed minimal when conditions chain deeper than one level;
 * it is what the screen suggests, not a promise.
 *
 * Questions carrying a verifier's adjusted score are left alone: their value no longer moves
 * the total.
 */
import {
  questionsOf,
  type AnswerValue,
  type InstrumentContent,
  type InstrumentQuestion,
  type TierBand,
  type WorksheetAnswer,
} from './instrument.js';
import { pointsOf, scoreWorksheet, visibleQuestions, type AnswerLookup } from './scoring.js';
import { nextTierOf } from './tiers.js';

export interface SuggestedChange {
  code: string;
  areaCode: string;
  current: AnswerValue;
  /** The answer to give; for a text question null, meaning "any non-empty answer". */
  suggested: AnswerValue;
  /** Points after the weight this change adds, in the order the changes are applied. */
  gain: number;
  evidenceKinds: string[];
}

export interface NextTierPlan {
  /** The tier aimed at; null when the worksheet is already in the highest one. */
  target: TierBand | null;
  currentTotal: number;
  /** Points still missing to the target's min (0 when none). */
  needed: number;
  changes: SuggestedChange[];
  /** False when even every improvement cannot reach the target. */
  reachable: boolean;
}

/** A placeholder for "any non-empty text" while rescoring. */
const ANY_TEXT = '…';

/** The distinct answers that earn more than `now` points, each with its points. */
function betterAnswers(q: InstrumentQuestion, now: number): AnswerValue[] {
  const out: { value: AnswerValue; points: number }[] = [];
  switch (q.answerType) {
    case 'choice':
      for (const o of q.options ?? []) out.push({ value: o.code, points: pointsOf(q, o.code) });
      break;
    case 'yes_no':
      out.push({ value: true, points: pointsOf(q, true) });
      break;
    case 'text':
      out.push({ value: ANY_TEXT, points: pointsOf(q, ANY_TEXT) });
      break;
    case 'number':
    case 'percentage': {
      const steps = q.thresholds ?? [];
      if (steps.length > 0) for (const s of steps) out.push({ value: s.min, points: pointsOf(q, s.min) });
      else {
        const target = q.target ?? (q.answerType === 'percentage' ? 100 : 0);
        if (target > 0) out.push({ value: target, points: pointsOf(q, target) });
      }
    }
  }
  return out.filter((a) => a.points > now).map((a) => a.value);
}

interface Move {
  changes: { q: InstrumentQuestion & { areaCode: string }; value: AnswerValue }[];
}

export function planNextTier(
  content: InstrumentContent,
  answers: AnswerLookup,
  bands: readonly TierBand[],
): NextTierPlan {
  const state = new Map<string, WorksheetAnswer>();
  for (const q of questionsOf(content)) {
    const a =
      answers instanceof Map ? answers.get(q.code) : (answers as Record<string, WorksheetAnswer>)[q.code];
    if (a) state.set(q.code, a);
  }
  const original = new Map(state);
  const currentTotal = scoreWorksheet(content, state).total;
  const target = nextTierOf(bands, currentTotal);
  if (!target) return { target: null, currentTotal, needed: 0, changes: [], reachable: true };
  const flat = questionsOf(content);
  const byCode = new Map(flat.map((q) => [q.code, q]));
  const parents = new Set(flat.flatMap((q) => (q.condition ? [q.condition.questionCode] : [])));
  const none = new Map<string, AnswerValue>();
  const changed = new Map<string, number>();
  // A question without a condition that nothing depends on is always shown and its gain never
  // changes: its moves are scored once; only the others are looked at again each round.
  const independent = (q: (typeof flat)[number]) => !q.condition && !parents.has(q.code);
  const fixed: Scored[] = flat
    .filter((q) => independent(q) && !hasAdjustment(state, q.code))
    .flatMap((q) => {
      const now = pointsOf(q, state.get(q.code)?.value ?? null);
      return betterAnswers(q, now).map((value) => ({
        move: { changes: [{ q, value }] },
        gain: (pointsOf(q, value) - now) * q.weight,
      }));
    });
  const dependent = flat.filter((q) => !independent(q));
  let total = currentTotal;
  const order: string[] = [];
  while (total < target.min) {
    const moves: Scored[] = [
      ...fixed.filter((m) => !changed.has(m.move.changes[0].q.code)),
      ...scoreMoves(flat, state, movesOf(content, state, dependent, byCode, changed), total),
    ];
    const best = bestMove(moves, target.min - total);
    if (!best) break;
    for (const c of best.move.changes) {
      state.set(c.q.code, { ...(state.get(c.q.code) ?? {}), value: c.value });
      if (!changed.has(c.q.code)) order.push(c.q.code);
      changed.set(c.q.code, 1);
    }
    total = fastTotal(flat, state, none);
  }
  // Each change's gain: the total's step when applied in order (pairs split their gain).
  const changes: SuggestedChange[] = [];
  const replay = new Map(original);
  let running = currentTotal;
  for (const code of order) {
    const q = byCode.get(code)!;
    replay.set(code, state.get(code)!);
    const after = fastTotal(flat, replay, none);
    const value = state.get(code)!.value;
    changes.push({
      code,
      areaCode: q.areaCode,
      current: original.get(code)?.value ?? null,
      suggested: q.answerType === 'text' ? null : value,
      gain: round4(after - running),
      evidenceKinds: q.evidenceKinds,
    });
    running = after;
  }
  return {
    target,
    currentTotal,
    needed: round4(target.min - currentTotal),
    changes,
    reachable: total >= target.min,
  };
}

const hasAdjustment = (state: ReadonlyMap<string, WorksheetAnswer>, code: string) => {
  const a = state.get(code);
  return a?.adjustedScore !== null && a?.adjustedScore !== undefined;
};

interface Scored {
  move: Move;
  gain: number;
}

/** The moves of `questions` against the current answers. */
function movesOf(
  content: InstrumentContent,
  state: ReadonlyMap<string, WorksheetAnswer>,
  questions: readonly (InstrumentQuestion & { areaCode: string })[],
  byCode: ReadonlyMap<string, InstrumentQuestion & { areaCode: string }>,
  changed: ReadonlyMap<string, number>,
): Move[] {
  const shown = visibleQuestions(content, state);
  const free = (code: string) => !changed.has(code) && !hasAdjustment(state, code);
  const moves: Move[] = [];
  for (const q of questions) {
    if (!free(q.code)) continue;
    const now = pointsOf(q, state.get(q.code)?.value ?? null);
    if (shown.has(q.code)) {
      for (const value of betterAnswers(q, now)) moves.push({ changes: [{ q, value }] });
    } else if (q.condition && shown.has(q.condition.questionCode) && free(q.condition.questionCode)) {
      const parent = byCode.get(q.condition.questionCode)!;
      const unlock = { q: parent, value: q.condition.equals as AnswerValue };
      for (const value of betterAnswers(q, 0)) moves.push({ changes: [unlock, { q, value }] });
    }
  }
  return moves;
}

type Flat = (InstrumentQuestion & { areaCode: string })[];

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The total with `overrides` applied, in one pass without building per-question results: the
 * hot path of the search (scoreWorksheet's rule, same order of conditions).
 */
function fastTotal(
  flat: Flat,
  state: ReadonlyMap<string, WorksheetAnswer>,
  overrides: ReadonlyMap<string, AnswerValue>,
): number {
  const valueOf = (code: string) =>
    overrides.has(code) ? (overrides.get(code) ?? null) : (state.get(code)?.value ?? null);
  const shown = new Set<string>();
  let total = 0;
  for (const q of flat) {
    const c = q.condition;
    if (c && (!shown.has(c.questionCode) || valueOf(c.questionCode) !== c.equals)) continue;
    shown.add(q.code);
    const adjusted = state.get(q.code)?.adjustedScore;
    const points =
      adjusted !== null && adjusted !== undefined && Number.isFinite(adjusted)
        ? Math.min(Math.max(adjusted, 0), q.maxScore)
        : pointsOf(q, valueOf(q.code));
    total += points * q.weight;
  }
  return round4(total);
}

/** Each move's exact gain: the total rescored with the move's answers (conditions included). */
function scoreMoves(
  flat: Flat,
  state: ReadonlyMap<string, WorksheetAnswer>,
  moves: Move[],
  total: number,
): Scored[] {
  return moves.map((move) => ({
    move,
    gain: fastTotal(flat, state, new Map(move.changes.map((c) => [c.q.code, c.value]))) - total,
  }));
}

function bestMove(moves: readonly Scored[], remaining: number): Scored | null {
  let best: (Scored & { rate: number }) | null = null;
  let closing: Scored | null = null;
  for (const { move, gain } of moves) {
    if (gain <= 0) continue;
    const cost = move.changes.length;
    if (gain >= remaining - 1e-9) {
      const c = closing;
      if (!c || cost < c.move.changes.length || (cost === c.move.changes.length && gain < c.gain)) {
        closing = { move, gain };
      }
    }
    const rate = gain / cost;
    if (!best || rate > best.rate) best = { move, gain, rate };
  }
  // A single move that closes the gap costs at most what the best rate would need to finish.
  if (closing && best && closing.move.changes.length <= Math.ceil(remaining / best.rate)) return closing;
  return best;
}
