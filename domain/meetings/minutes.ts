/**
 * The minutes (notulen) of an event: a summary per agenda item, the decisions taken, and each
 * intended outcome marked achieved / partly / not with a note. Follow-ups are kept by the
 * follow-ups module. Pure rules shared by the server (which refuses what they refuse) and the
 * web (which shows the same message beside the field).
 *
 * Summaries are plain text with a few marks (domain/meetings/simple-format.ts), never HTML.
 */
import type { MeetingStatus } from './constants.js';

/** How far an intended outcome was reached. */
export const OUTCOME_RESULTS = ['achieved', 'partly', 'not'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export interface MinutesAgendaNote {
  agendaItemId: string;
  summary: string;
}

export interface MinutesOutcome {
  outcomeId: string;
  result: OutcomeResult;
  note: string;
}

export interface MinutesContent {
  agendaNotes: MinutesAgendaNote[];
  decisions: string[];
  outcomes: MinutesOutcome[];
}

export const EMPTY_MINUTES: MinutesContent = { agendaNotes: [], decisions: [], outcomes: [] };

/** Limits of the minutes' text, checked by the API schema. */
export const MINUTES_LIMITS = { summary: 20_000, decision: 2_000, note: 2_000, decisions: 100 } as const;

/** Minutes are written for an event that is not cancelled and has begun (its first day is today or past). */
export function canWriteMinutesFor(status: MeetingStatus, startsOn: string, today: string): boolean {
  return status !== 'cancelled' && startsOn <= today;
}

/** Why a minutes' content breaks a rule, by field path (`outcomes.2.note`); empty when it is valid. */
export type MinutesProblem = 'unknown_agenda_item' | 'unknown_outcome' | 'duplicate' | 'note_required';

export function minutesProblems(
  content: MinutesContent,
  meeting: { agendaIds: readonly string[]; outcomeIds: readonly string[] },
): Record<string, MinutesProblem> {
  const problems: Record<string, MinutesProblem> = {};
  const agenda = new Set(meeting.agendaIds);
  const seenAgenda = new Set<string>();
  content.agendaNotes.forEach((n, i) => {
    if (!agenda.has(n.agendaItemId)) problems[`agendaNotes.${i}.agendaItemId`] = 'unknown_agenda_item';
    else if (seenAgenda.has(n.agendaItemId)) problems[`agendaNotes.${i}.agendaItemId`] = 'duplicate';
    seenAgenda.add(n.agendaItemId);
  });
  const outcomes = new Set(meeting.outcomeIds);
  const seenOutcome = new Set<string>();
  content.outcomes.forEach((o, i) => {
    if (!outcomes.has(o.outcomeId)) problems[`outcomes.${i}.outcomeId`] = 'unknown_outcome';
    else if (seenOutcome.has(o.outcomeId)) problems[`outcomes.${i}.outcomeId`] = 'duplicate';
    else if (noteRequired(o.result) && !o.note.trim()) problems[`outcomes.${i}.note`] = 'note_required';
    seenOutcome.add(o.outcomeId);
  });
  return problems;
}

/** An outcome reached only partly or not at all says why (the next Rakor starts from it). */
export function noteRequired(result: OutcomeResult): boolean {
  return result !== 'achieved';
}

export interface OutcomeTally {
  achieved: number;
  partly: number;
  not: number;
  /** Intended outcomes nobody has marked yet. */
  unmarked: number;
}

/** How the event's intended outcomes came out, for the summary and the list. */
export function tallyOutcomes(content: MinutesContent, outcomeIds: readonly string[]): OutcomeTally {
  const tally: OutcomeTally = { achieved: 0, partly: 0, not: 0, unmarked: 0 };
  const byId = new Map(content.outcomes.map((o) => [o.outcomeId, o.result]));
  for (const id of outcomeIds) {
    const result = byId.get(id);
    if (result) tally[result] += 1;
    else tally.unmarked += 1;
  }
  return tally;
}
