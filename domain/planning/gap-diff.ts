/**
 * What changed between two versions of a GAP document (two submissions, or a submission and
 * the current draft), field by field, per GAP step, GBS and TOR. Reviewers read this to see
 * whether a revision request was acted on.
 *
 * List items are matched by their `id`, so an edited factor shows as "changed" with the
 * fields that differ, not as one removal and one addition; text fields compare as written.
 */
import type { GapContent, GbsContent, TorContent } from './gap-content.js';
import type { GapIssueTarget } from './gap-rules.js';

export interface DocumentVersion {
  gap: GapContent;
  gbs: GbsContent | null;
  tor: TorContent | null;
}

export interface FieldDelta {
  field: string;
  before: unknown;
  after: unknown;
}

export type Change =
  /** A plain field (text, number, list of numbers) that differs. */
  | { kind: 'changed'; path: string; before: unknown; after: unknown }
  /**
   * A list item present only after, or only before; `position` (from 1) is where it stands in
   * the list it is in, so a reader can find "action 2" on the worksheet.
   */
  | { kind: 'added'; path: string; id: string; position: number; item: unknown }
  | { kind: 'removed'; path: string; id: string; position: number; item: unknown }
  /** A list item present in both (at its position after), with the fields that differ. */
  | { kind: 'item_changed'; path: string; id: string; position: number; fields: FieldDelta[] };

export interface SectionDiff {
  target: GapIssueTarget;
  changes: Change[];
}

export interface DocumentDiff {
  sections: SectionDiff[];
  /** Number of changes over all sections. */
  count: number;
}

type Json = unknown;

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

function isItemList(v: Json): v is { id: string }[] {
  return (
    Array.isArray(v) &&
    v.every((x) => x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string')
  );
}

function isPlainObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function diffItem(before: Record<string, Json>, after: Record<string, Json>): FieldDelta[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id');
  return keys
    .filter((k) => !same(before[k], after[k]))
    .map((k) => ({ field: k, before: before[k], after: after[k] }));
}

function diffList(path: string, before: { id: string }[], after: { id: string }[], out: Change[]): void {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  before.forEach((item, i) => {
    if (!now.has(item.id)) out.push({ kind: 'removed', path, id: item.id, position: i + 1, item });
  });
  after.forEach((item, i) => {
    const prior = old.get(item.id);
    if (!prior) out.push({ kind: 'added', path, id: item.id, position: i + 1, item });
    else {
      const fields = diffItem(prior as Record<string, Json>, item as Record<string, Json>);
      if (fields.length) out.push({ kind: 'item_changed', path, id: item.id, position: i + 1, fields });
    }
  });
}

/** Walks two values of the same shape; `path` names the field ("actions", "beneficiaries.women"). */
function diffValue(path: string, before: Json, after: Json, out: Change[]): void {
  if (same(before, after)) return;
  const emptyList = (v: Json) => v === undefined || (Array.isArray(v) && v.length === 0);
  if ((isItemList(before) || emptyList(before)) && (isItemList(after) || emptyList(after))) {
    return diffList(path, (before ?? []) as { id: string }[], (after ?? []) as { id: string }[], out);
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffValue(path ? `${path}.${k}` : k, before[k], after[k], out);
    }
    return;
  }
  out.push({ kind: 'changed', path, before: before ?? null, after: after ?? null });
}

/** A whole document (GBS or TOR) that appeared or disappeared is one change at its root. */
function diffDocument(before: Json, after: Json): Change[] {
  const out: Change[] = [];
  if (before === null && after === null) return out;
  if (before === null || after === null) {
    out.push({ kind: 'changed', path: '', before, after });
    return out;
  }
  diffValue('', before, after, out);
  return out;
}

export function diffVersions(from: DocumentVersion, to: DocumentVersion): DocumentDiff {
  const sections: SectionDiff[] = [];
  for (const step of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) {
    const key = `step${step}` as const;
    const changes: Change[] = [];
    diffValue('', from.gap[key], to.gap[key], changes);
    sections.push({ target: step, changes });
  }
  sections.push({ target: 'gbs', changes: diffDocument(from.gbs, to.gbs) });
  sections.push({ target: 'tor', changes: diffDocument(from.tor, to.tor) });
  return { sections, count: sections.reduce((n, s) => n + s.changes.length, 0) };
}
