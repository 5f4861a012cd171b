/**
 * A cycle's stages in time: self-assessment (evaluasi mandiri), administrative verification,
 * field verification, final (research-2.md §2.1; in practice input Aug–Sep, field verification
 * in November). Each stage has an inclusive date window; the windows follow one another in
 * that order without overlapping, so a date is in at most one stage.
 */
import { CYCLE_STAGES, type CycleStage, type StageWindow } from './instrument.js';

export type StageWindows = Record<CycleStage, StageWindow>;

export const STAGE_PROBLEMS = [
  'stage_dates_missing',
  'stage_end_before_start',
  'stage_starts_before_previous_ends',
] as const;
export type StageProblemReason = (typeof STAGE_PROBLEMS)[number];

export interface StageProblem {
  stage: CycleStage;
  field: 'start' | 'end';
  reason: StageProblemReason;
}

/**
 * Problems of the windows. A draft may leave dates empty (`requireAll` false); opening a cycle
 * requires every date. ISO dates (YYYY-MM-DD) compare as strings.
 */
export function validateStageWindows(windows: StageWindows, requireAll: boolean): StageProblem[] {
  const problems: StageProblem[] = [];
  let previousEnd: string | null = null;
  for (const stage of CYCLE_STAGES) {
    const { start, end } = windows[stage];
    if (requireAll && !start) problems.push({ stage, field: 'start', reason: 'stage_dates_missing' });
    if (requireAll && !end) problems.push({ stage, field: 'end', reason: 'stage_dates_missing' });
    if (start && end && end < start) problems.push({ stage, field: 'end', reason: 'stage_end_before_start' });
    if (start && previousEnd && start <= previousEnd) {
      problems.push({ stage, field: 'start', reason: 'stage_starts_before_previous_ends' });
    }
    previousEnd = end ?? start ?? previousEnd;
  }
  return problems;
}

/** The stage whose window holds `date` (ISO), or null (before, between or after the windows). */
export function stageOn(windows: StageWindows, date: string): CycleStage | null {
  for (const stage of CYCLE_STAGES) {
    const { start, end } = windows[stage];
    if (start && end && start <= date && date <= end) return stage;
  }
  return null;
}

/** Whether the self-assessment window is open on `date` (answers are accepted). */
export function selfAssessmentOpen(windows: StageWindows, date: string): boolean {
  return stageOn(windows, date) === 'self_assessment';
}
