/**
 * "What is waiting for me" in a region: the counts of the tasks the caller is shown
 * (domain/home.ts homeTaskKinds, from the access predicates) and, for whoever follows every
 * OPD, each OPD's progress in the data year. The queries run side by side (queries.ts); which
 * of them run depends on the kinds, so an operator's home never reads another OPD's rows.
 */
import type { z } from 'zod';
import type { homeResponse, homeTaskSchema } from '../../../api/home.js';
import { canManageRegion, opdScopeOf } from '../../../domain/access.js';
import {
  homeTaskKinds,
  isBehind,
  monevQuarterState,
  opdProgressState,
  seesRegionProgress,
  type HomeTaskKind,
} from '../../../domain/home.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { listDeadlines } from '../deadlines/service.js';
import { todayInIndonesia } from '../deadlines/reminders.js';
import { getRegion } from '../regions/service.js';
import { openFollowUpsOfOpd } from '../follow-ups/counts.js';
import { dossiersToReview } from '../institution-standards/counts.js';
import {
  draftsOfOpd,
  gapsByYear,
  dataYearCounts,
  latestValueYear,
  monevReportsOf,
  opdsWithAssignments,
  returnedPeriods,
  submittedPairs,
  unsubmittedMonevQuarters,
  waitingImports,
  type OpdPeriodCounts,
} from './queries.js';

type HomeTask = z.infer<typeof homeTaskSchema>;
type Home = z.infer<typeof homeResponse>;

const MAX_DEADLINES = 5;

const task = (kind: HomeTaskKind, count: number, more: Partial<HomeTask> = {}): HomeTask => ({
  kind,
  count,
  period: null,
  opdId: null,
  batchId: null,
  subActivityId: null,
  ...more,
});

/** The latest of some periods or years, as text ("2024-Q3" sorts after "2024"). */
function latest(values: (string | number)[]): string | null {
  if (values.length === 0) return null;
  return values.map(String).sort().at(-1)!;
}

export async function getHome(db: Db, actor: Actor | null, regionCode: string, year?: number): Promise<Home> {
  const a = assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const kinds = new Set(homeTaskKinds(a, regionCode));
  const scope = opdScopeOf(a, regionCode);
  const ownOpd = scope.kind === 'opd' ? scope.opdId : null;
  const follows = seesRegionProgress(a, regionCode);
  // The year the entry page opens by default: the latest with values, else last year. Only the
  // progress needs it; an operator's tasks span every period.
  const lastYear = new Date().getFullYear() - 1;
  const dataYear = year ?? (follows ? await latestValueYear(db, [regionCode]) : null) ?? lastYear;

  const today = todayInIndonesia();
  const [
    drafts,
    returned,
    gapsBack,
    gapsWaiting,
    imports,
    submitted,
    counts,
    opds,
    due,
    monevOwn,
    monevBack,
    monevWaiting,
    monevRegion,
  ] = await Promise.all([
    kinds.has('values_to_submit') && ownOpd ? draftsOfOpd(db, regionCode, ownOpd) : null,
    kinds.has('values_returned') && ownOpd ? returnedPeriods(db, regionCode, ownOpd) : null,
    kinds.has('gaps_returned') && ownOpd ? gapsByYear(db, regionCode, 'revision', ownOpd) : null,
    kinds.has('gaps_to_review') ? gapsByYear(db, regionCode, 'submitted', null) : null,
    kinds.has('imports_waiting')
      ? waitingImports(db, regionCode, canManageRegion(a, regionCode) ? null : a.userId)
      : null,
    kinds.has('submissions_to_verify') ? submittedPairs(db, regionCode) : null,
    follows ? dataYearCounts(db, regionCode, dataYear) : null,
    follows ? opdsWithAssignments(db, regionCode) : null,
    // Whoever reads the region sees its deadlines (domain/deadlines.ts canReadDeadlines).
    listDeadlines(db, regionCode, { from: today }),
    // Monev: the operator's OPD's quarters and returns; the reviewer's queue and OPDs missing.
    (kinds.has('monev_due') || kinds.has('monev_overdue')) && ownOpd
      ? unsubmittedMonevQuarters(db, regionCode, ownOpd, today)
      : null,
    kinds.has('monev_returned') && ownOpd ? monevReportsOf(db, regionCode, 'returned', ownOpd) : null,
    kinds.has('monev_to_verify') ? monevReportsOf(db, regionCode, 'submitted', null) : null,
    kinds.has('monev_opds_missing') ? unsubmittedMonevQuarters(db, regionCode, null, today) : null,
  ]);

  const tasks: HomeTask[] = [];
  if (drafts) {
    const n = drafts.reduce((sum, d) => sum + d.n, 0);
    tasks.push(task('values_to_submit', n, { period: latest(drafts.map((d) => d.period)), opdId: ownOpd }));
  }
  if (returned) {
    tasks.push(
      task('values_returned', returned.length, {
        period: latest(returned.map((r) => r.period)),
        opdId: ownOpd,
      }),
    );
  }
  if (gapsBack) tasks.push(gapTask('gaps_returned', gapsBack));

  const progress = follows ? progressOf(opds ?? [], counts ?? []) : null;
  if (kinds.has('submissions_to_verify')) {
    const waiting = submitted ?? [];
    tasks.push(
      task('submissions_to_verify', waiting.length, {
        period: latest(waiting.map((w) => w.period)),
        opdId: waiting.length === 1 ? waiting[0].opdId : null,
      }),
    );
  }
  if (kinds.has('opds_behind')) {
    const behind = (progress ?? []).filter((p) => isBehind(p.state)).length;
    tasks.push(task('opds_behind', behind, { period: String(dataYear) }));
  }
  if (imports) {
    tasks.push(task('imports_waiting', imports.n, { batchId: imports.n === 1 ? imports.latest : null }));
  }
  if (gapsWaiting) tasks.push(gapTask('gaps_to_review', gapsWaiting));

  if (monevOwn) {
    const quarters = monevByState(monevOwn, today);
    for (const [kind, state] of [
      ['monev_due', 'due'],
      ['monev_overdue', 'overdue'],
    ] as const) {
      const q = quarters[state];
      if (!kinds.has(kind)) continue;
      tasks.push(
        task(kind, q.n, { period: q.period, opdId: ownOpd, subActivityId: q.n === 1 ? q.line : null }),
      );
    }
  }
  if (monevBack) tasks.push(monevReportTask('monev_returned', monevBack, ownOpd));
  if (monevWaiting) tasks.push(monevReportTask('monev_to_verify', monevWaiting, null));
  if (monevRegion) {
    const { overdue } = monevByState(monevRegion, today);
    const only = overdue.opds.size === 1 ? [...overdue.opds][0] : null;
    tasks.push(task('monev_opds_missing', overdue.opds.size, { period: overdue.period, opdId: only }));
  }

  if (kinds.has('follow_ups_open') && ownOpd) {
    tasks.push(task('follow_ups_open', await openFollowUpsOfOpd(db, regionCode, ownOpd), { opdId: ownOpd }));
  }
  if (kinds.has('dossiers_to_review')) {
    tasks.push(task('dossiers_to_review', await dossiersToReview(db, a, regionCode)));
  }
  return { regionCode, dataYear, tasks, progress, deadlines: due.slice(0, MAX_DEADLINES) };
}

function gapTask(kind: HomeTaskKind, rows: { year: number; n: number }[]): HomeTask {
  const n = rows.reduce((sum, r) => sum + r.n, 0);
  return task(kind, n, { period: latest(rows.map((r) => r.year)) });
}

interface MonevQuarters {
  n: number;
  /** The earliest quarter (`2026-Q3`), the most urgent. */
  period: string | null;
  /** The line, meaningful when n is 1. */
  line: string | null;
  opds: Set<string>;
}

/** Unsubmitted quarters split into due and overdue on `today` (the rest not asked for yet). */
function monevByState(
  rows: Awaited<ReturnType<typeof unsubmittedMonevQuarters>>,
  today: string,
): Record<'due' | 'overdue', MonevQuarters> {
  const out = {
    due: { n: 0, period: null, line: null, opds: new Set() } as MonevQuarters,
    overdue: { n: 0, period: null, line: null, opds: new Set() } as MonevQuarters,
  };
  for (const row of rows) {
    const state = monevQuarterState(today, row.year, row.quarter, row.deadline);
    if (!state) continue;
    const acc = out[state];
    const period = `${row.year}-Q${row.quarter}`;
    acc.n += row.n;
    if (acc.period === null || period < acc.period) acc.period = period;
    acc.line = row.subActivityId;
    for (const id of row.opds.split(',')) acc.opds.add(id);
  }
  return out;
}

function monevReportTask(
  kind: HomeTaskKind,
  row: Awaited<ReturnType<typeof monevReportsOf>>,
  opdId: string | null,
): HomeTask {
  return task(kind, row.n, {
    period: row.period,
    opdId,
    subActivityId: row.n === 1 ? row.subActivityId : null,
  });
}

/** Each OPD with assigned indicators and its values of the data year by status. */
function progressOf(opds: { id: string; name: string; shortName: string }[], counts: OpdPeriodCounts[]) {
  const sums = new Map<string, { draft: number; submitted: number; verified: number }>();
  for (const c of counts) {
    const s = sums.get(c.opdId) ?? { draft: 0, submitted: 0, verified: 0 };
    s.draft += c.draft;
    s.submitted += c.submitted;
    s.verified += c.verified;
    sums.set(c.opdId, s);
  }
  return opds.map((o) => {
    const s = sums.get(o.id) ?? { draft: 0, submitted: 0, verified: 0 };
    return { opd: o, state: opdProgressState(s), ...s };
  });
}
