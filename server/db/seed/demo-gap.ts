/**
 * DEMO: two complete GAP/GBS/TOR documents for Kota Palu 2026 (demo-gap-dinkes.ts,
 * demo-gap-dp3a.ts) on the demo budget lines, with their review trail and frozen versions,
 * all marked `is_demo`. The GBS and TOR are drafted by the same code operators use
 * (domain/planning), so the demo shows what the drafts produce; only the component budgets
 * are the demo's own. Idempotent: a line that already has a GAP is left alone, and a demo
 * line that does not exist (yet) is skipped.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { GapContent } from '../../../domain/planning/gap-content.js';
import { draftGbs, gbsTotal, prefillStep1 } from '../../../domain/planning/gbs-draft.js';
import { DEFAULT_LEGAL_BASIS, draftTor } from '../../../domain/planning/tor-draft.js';
import { resolveFigures } from '../../modules/gap/values.js';
import { nomenclaturePath } from '../../modules/planning/nomenclature.js';
import type { Db } from '../connection.js';
import { opd, users } from '../schema.js';
import { gapDocuments, gapReviewEvents, gapVersions, subActivities } from '../schema-planning.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_GAP_DINKES } from './demo-gap-dinkes.js';
import { DEMO_GAP_DP3A } from './demo-gap-dp3a.js';

export interface DemoGapEvent {
  kind: 'submit' | 'comment' | 'revision' | 'approve';
  submission: number;
  at: string;
  /** Demo username of the author. */
  by: string;
  target?: string;
  body?: string;
  resolved?: boolean;
}

export interface DemoGap {
  opdShortName: string;
  code: string;
  year: number;
  createdAt: string;
  /** The content of each submission in order; the last one is the document's current content. */
  submissions: { gap: GapContent; budgets: Record<string, string> }[];
  /** TOR fields the GAP does not give; `months` overrides the drafted schedule per action. */
  tor: { legalBasisExtra: string; location: string; months?: Record<string, number[]> };
  status: 'submitted' | 'approved';
  trail: DemoGapEvent[];
}

export const DEMO_GAPS: DemoGap[] = [DEMO_GAP_DINKES, DEMO_GAP_DP3A];

type Line = typeof subActivities.$inferSelect;

/** The GAP, GBS and TOR of one submission, drafted as an operator's editor would. */
export async function buildDemoSubmission(db: Db, demo: DemoGap, index: number, line: Line, opdName: string) {
  const { budgets } = demo.submissions[index];
  const gap = structuredClone(demo.submissions[index].gap);
  const [path, figures] = await Promise.all([
    nomenclaturePath(db, line.code),
    resolveFigures(db, line.regionCode, gap.step2.data),
  ]);
  gap.step1.policy = prefillStep1(path, line).policy;
  const drafted = draftGbs(gap, line, path, { figures });
  const withBudgets = {
    ...drafted,
    components: drafted.components.map((c) => ({ ...c, budget: budgets[c.actionId ?? ''] ?? c.budget })),
  };
  // The demo's own budgets only if they still add up to the line (a changed demo line keeps
  // the draft's exact split rather than a GBS that disagrees with its budget).
  const gbs = gbsTotal(withBudgets) === gbsTotal(drafted) ? withBudgets : drafted;
  const tor = draftTor(gap, line, path, gbs, { figures, implementer: opdName });
  tor.legalBasis = `${DEFAULT_LEGAL_BASIS}\n${demo.tor.legalBasisExtra}`;
  tor.location = demo.tor.location;
  const months = demo.tor.months ?? {};
  tor.schedule = tor.schedule.map((s) => ({ ...s, months: months[s.id.replace(/^j-/, '')] ?? s.months }));
  return { gap, gbs, tor };
}

async function seedOne(
  tx: Db,
  demo: DemoGap,
  userIds: Map<string, { id: string; name: string; role: string }>,
) {
  const [found] = await tx
    .select({ line: subActivities, opdName: opd.name })
    .from(subActivities)
    .innerJoin(opd, and(eq(opd.regionCode, subActivities.regionCode), eq(opd.id, subActivities.opdId)))
    .where(
      and(
        eq(subActivities.regionCode, DEMO_REGION),
        eq(subActivities.year, demo.year),
        eq(subActivities.code, demo.code),
        eq(opd.shortName, demo.opdShortName),
      ),
    );
  if (!found) return 0;
  const { line, opdName } = found;
  const [existing] = await tx
    .select({ id: gapDocuments.id })
    .from(gapDocuments)
    .where(and(eq(gapDocuments.regionCode, DEMO_REGION), eq(gapDocuments.subActivityId, line.id)));
  if (existing) return 0;

  const versions = [];
  for (let i = 0; i < demo.submissions.length; i++) {
    versions.push(await buildDemoSubmission(tx, demo, i, line, opdName));
  }
  const current = versions[versions.length - 1];
  const who = (username: string) =>
    userIds.get(username) ?? { id: null, name: username, role: 'operator_opd' };
  const submits = demo.trail.filter((e) => e.kind === 'submit');
  const decisions = demo.trail.filter((e) => e.kind === 'revision' || e.kind === 'approve');
  const last = demo.trail[demo.trail.length - 1];
  const firstAuthor = who(submits[0].by);

  const [doc] = await tx
    .insert(gapDocuments)
    .values({
      regionCode: DEMO_REGION,
      subActivityId: line.id,
      opdId: line.opdId,
      year: line.year,
      status: demo.status,
      ...current,
      // Each save, draft and state change bumps the version; a plausible count for the trail.
      version: 4 * demo.submissions.length + decisions.length,
      submission: demo.submissions.length,
      isDemo: true,
      createdBy: firstAuthor.id,
      updatedBy: who(last.by).id,
      createdAt: new Date(demo.createdAt),
      updatedAt: new Date(last.at),
      submittedAt: new Date(submits[submits.length - 1].at),
      decidedAt: decisions.length ? new Date(decisions[decisions.length - 1].at) : null,
    })
    .returning({ id: gapDocuments.id });
  await tx.insert(gapVersions).values(
    versions.map((v, i) => ({
      regionCode: DEMO_REGION,
      documentId: doc.id,
      submission: i + 1,
      ...v,
      submittedBy: who(submits[i].by).id,
      submittedByName: who(submits[i].by).name,
      submittedAt: new Date(submits[i].at),
    })),
  );
  await tx.insert(gapReviewEvents).values(
    demo.trail.map((e) => ({
      regionCode: DEMO_REGION,
      documentId: doc.id,
      submission: e.submission,
      kind: e.kind,
      target: e.target ?? null,
      body: e.body ?? '',
      resolved: e.resolved ?? false,
      authorId: who(e.by).id,
      authorName: who(e.by).name,
      authorRole: who(e.by).role,
      at: new Date(e.at),
    })),
  );
  return 1;
}

/** Adds the demo GAP documents whose budget lines exist and have none yet; returns how many. */
export async function seedDemoGaps(tx: Db): Promise<number> {
  const usernames = [...new Set(DEMO_GAPS.flatMap((d) => d.trail.map((e) => e.by)))];
  const rows = await tx
    .select({ id: users.id, username: users.username, name: users.fullName, role: users.role })
    .from(users)
    .where(inArray(users.username, usernames));
  const userIds = new Map(rows.map((u) => [u.username, u]));
  let created = 0;
  for (const demo of DEMO_GAPS) created += await seedOne(tx, demo, userIds);
  return created;
}

/** Removes the demo GAP documents (their versions and review trail go with them). */
export async function removeDemoGaps(tx: Db): Promise<number> {
  const removed = await tx
    .delete(gapDocuments)
    .where(eq(gapDocuments.isDemo, true))
    .returning({ id: gapDocuments.id });
  return removed.length;
}
