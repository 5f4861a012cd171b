/**
 * Which parts of a GAP document count as done, and which documents exist to be offered. Built
 * on the completeness rules (gap-rules.ts), never beside them: a part is complete when it has
 * content and the rules find nothing missing in it. The content test matters where the rules
 * ask nothing of a part alone — step 5's causes may all be internal (step 4), and an unsaved
 * TOR is optional — so that an empty step is never marked as done.
 */
import type { GapContent, GapStep, GbsContent, TorContent } from './gap-content.js';
import { GAP_STEPS } from './gap-content.js';
import type { Completeness, GapIssueTarget } from './gap-rules.js';

/** Whether anything was entered: a non-blank text, a list with an item, a number. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** A step's own fields (steps 4 and 5 each hold their own list of causes). */
export function stepHasContent(gap: GapContent, step: GapStep): boolean {
  return hasContent(gap[`step${step}`]);
}

/**
 * Whether the TOR (KAK) exists as a document to open, print or download: drafted, and not
 * emptied since. An absent one is not offered as an empty document.
 */
export function torExists(tor: TorContent | null): tor is TorContent {
  return tor !== null && hasContent(tor);
}

/** The same for the GBS. */
export function gbsExists(gbs: GbsContent | null): gbs is GbsContent {
  return gbs !== null && hasContent(gbs);
}

/**
 * The parts the editor marks as complete (✓): content entered, and no completeness issue on
 * them. Keys as the issue targets print: '1'..'9', 'gbs', 'tor'.
 */
export function completeParts(
  gap: GapContent,
  gbs: GbsContent | null,
  tor: TorContent | null,
  completeness: Completeness,
): Set<string> {
  const withIssues = new Set(completeness.issues.map((i) => String(i.target)));
  const filled: [GapIssueTarget, boolean][] = [
    ...GAP_STEPS.map((s): [GapIssueTarget, boolean] => [s, stepHasContent(gap, s)]),
    ['gbs', gbsExists(gbs)],
    ['tor', torExists(tor)],
  ];
  return new Set(
    filled.filter(([target, has]) => has && !withIssues.has(String(target))).map(([t]) => String(t)),
  );
}

/** The documents a GAP worksheet yields: its GAP matrix, its GBS and its TOR (KAK). */
export const DOCUMENT_KINDS = ['gap', 'gbs', 'tor'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Whether a GAP worksheet has the document asked for, to print alone or in a set: the GAP
 * matrix always; a GBS or TOR once it exists (gbsExists, torExists), never as an empty page.
 */
export function hasDocument(
  kind: DocumentKind,
  doc: { gbs: GbsContent | null; tor: TorContent | null },
): boolean {
  return kind === 'gap' || (kind === 'gbs' ? gbsExists(doc.gbs) : torExists(doc.tor));
}

/**
 * How many documents of each kind a set of these worksheets would hold: the set of a kind is
 * offered only when it holds one, and asked for anyway it is refused by name.
 */
export function documentSetCounts(
  docs: readonly { gbs: GbsContent | null; tor: TorContent | null }[],
): Record<DocumentKind, number> {
  const counts = { gap: 0, gbs: 0, tor: 0 };
  for (const kind of DOCUMENT_KINDS) counts[kind] = docs.filter((d) => hasDocument(kind, d)).length;
  return counts;
}
