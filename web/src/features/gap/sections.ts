import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { GAP_STEPS } from '../../../../domain/planning/gap-content.ts';
import type { Completeness } from '../../../../domain/planning/gap-rules.ts';
import type { ReviewEvent } from './api.ts';

/** The editor's parts: the nine steps ('1'..'9'), the GBS, the TOR and the history. */
export type Section = `${(typeof GAP_STEPS)[number]}` | 'gbs' | 'tor' | 'history';

export const SECTIONS: readonly Section[] = [
  ...GAP_STEPS.map((s) => `${s}` as Section),
  'gbs',
  'tor',
  'history',
];

/** The URL parameter naming the open part, so a link can point at "langkah 7". */
export const SECTION_PARAM = 'langkah';

export function isSection(value: string | null): value is Section {
  return value !== null && (SECTIONS as readonly string[]).includes(value);
}

export function useSection(): [Section, (next: Section) => void] {
  const [params, setParams] = useSearchParams();
  // The history state says where the editor was opened from (its back link); keep it.
  const { state } = useLocation();
  const raw = params.get(SECTION_PARAM);
  const section: Section = isSection(raw) ? raw : '1';
  const set = useCallback(
    (next: Section) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          copy.set(SECTION_PARAM, next);
          return copy;
        },
        { replace: true, state },
      ),
    [setParams, state],
  );
  return [section, set];
}

/** A link's search string to one part of the editor, keeping the rest of the query. */
export function sectionSearch(current: string, section: Section): string {
  const copy = new URLSearchParams(current);
  copy.set(SECTION_PARAM, section);
  return `?${copy.toString()}`;
}

/** A link to one part of the editor that keeps the query and the history state (see useSection). */
export function useSectionLink(): (section: Section) => { to: { search: string }; state: unknown } {
  const { search, state } = useLocation();
  return (section) => ({ to: { search: sectionSearch(search, section) }, state });
}

/** Issue count per part (the domain rules number steps, reviews name them as strings). */
export function issueCounts(completeness: Completeness): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of completeness.issues) {
    const key = String(issue.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Comments still open per part: what the operator has yet to deal with. */
export function openComments(events: readonly ReviewEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== 'comment' || e.resolved || e.target === null) continue;
    counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  }
  return counts;
}
