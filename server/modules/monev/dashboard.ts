/**
 * The monev dashboard of a year. A kab/kota: per OPD and for the region — ARG pagu against the
 * budget realised, physical progress, beneficiaries by sex, target group and age group, gender
 * indicator achievement, each quarter's reports by status and late, and the flags; an operator
 * gets their own OPD only (opdScopeOf). A province: every kab/kota side by side with the same
 * figures and the province total, as the home board rolls a province up (plans belong to
 * kab/kota). Both with the trend of the region's totals across years.
 *
 * Grouped reads (dashboard-queries.ts) answer every OPD or kab/kota at once; each kab/kota's
 * figures per OPD are kept until it changes (dashboard-cache.ts), so a province adds up kept
 * entries; an operator's one-OPD view is read live. Sums of money are added in sen (bigint),
 * never as floats.
 */
import { opdScopeOf, type OpdScope } from '../../../domain/access.js';
import { canReadMonevDashboard } from '../../../domain/monev/access.js';
import {
  AGE_GROUPS,
  MONEV_FLAGS,
  MONEV_REPORT_STATUSES,
  QUARTERS,
  TARGET_GROUPS,
} from '../../../domain/monev/constants.js';
import { dayIn } from '../../../domain/monev/flags.js';
import { fromSen, shareOfSen, toSen } from '../../../domain/planning/money.js';
import { regionLevelOf } from '../../../domain/region-code.js';
import type { DashboardFiguresDto, MonevDashboardDto } from '../../../api/monev.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { rowsOf } from '../home/queries.js';
import { getRegion } from '../regions/service.js';
import { sql } from 'drizzle-orm';
import { readCache, storeCache, TREND } from './dashboard-cache.js';
import { dashboardSums, deadlinesOf, trendSums, type Scope, type TrendRow } from './dashboard-queries.js';

type Status = (typeof MONEV_REPORT_STATUSES)[number];
type QuarterSums = Record<Status | 'missing' | 'late', number>;

/** What is added up before the figures are finished (money in sen, ratios as sums). */
interface Sums {
  lines: number;
  reportedLines: number;
  pagu: bigint;
  realised: bigint;
  measured: number;
  physicalSum: number;
  P: number;
  L: number;
  group: Record<string, { P: number; L: number }>;
  age: Record<string, { P: number; L: number }>;
  indicators: { count: number; measured: number; met: number; achievementSum: number };
  quarters: QuarterSums[];
  /** Reports per quarter (lines minus these are missing). */
  reports: number[];
  flags: Record<(typeof MONEV_FLAGS)[number], number>;
}

const emptyQuarter = (): QuarterSums => ({
  draft: 0,
  submitted: 0,
  returned: 0,
  verified: 0,
  missing: 0,
  late: 0,
});

function emptySums(): Sums {
  return {
    lines: 0,
    reportedLines: 0,
    pagu: 0n,
    realised: 0n,
    measured: 0,
    physicalSum: 0,
    P: 0,
    L: 0,
    group: {},
    age: {},
    indicators: { count: 0, measured: 0, met: 0, achievementSum: 0 },
    quarters: QUARTERS.map(emptyQuarter),
    reports: QUARTERS.map(() => 0),
    flags: Object.fromEntries(MONEV_FLAGS.map((f) => [f, 0])) as Sums['flags'],
  };
}

function addPairs(
  into: Record<string, { P: number; L: number }>,
  from: Record<string, { P: number; L: number }>,
) {
  for (const [k, v] of Object.entries(from)) {
    const to = (into[k] ??= { P: 0, L: 0 });
    to.P += v.P;
    to.L += v.L;
  }
}

function addInto(into: Sums, from: Sums): void {
  into.lines += from.lines;
  into.reportedLines += from.reportedLines;
  into.pagu += from.pagu;
  into.realised += from.realised;
  into.measured += from.measured;
  into.physicalSum += from.physicalSum;
  into.P += from.P;
  into.L += from.L;
  addPairs(into.group, from.group);
  addPairs(into.age, from.age);
  for (const k of ['count', 'measured', 'met', 'achievementSum'] as const)
    into.indicators[k] += from.indicators[k];
  QUARTERS.forEach((_, i) => {
    for (const k of Object.keys(into.quarters[i]) as (keyof QuarterSums)[])
      into.quarters[i][k] += from.quarters[i][k];
    into.reports[i] += from.reports[i];
  });
  for (const f of MONEV_FLAGS) into.flags[f] += from.flags[f];
}

const average = (sum: number, n: number) => (n > 0 ? (Math.round((sum / n) * 100) / 100).toFixed(2) : null);

function pairsOf<G extends string>(groups: readonly G[], from: Record<string, { P: number; L: number }>) {
  return Object.fromEntries(groups.map((g) => [g, from[g] ?? { P: 0, L: 0 }])) as Record<
    G,
    { P: number; L: number }
  >;
}

function finish(s: Sums): DashboardFiguresDto {
  return {
    lines: s.lines,
    reportedLines: s.reportedLines,
    pagu: fromSen(s.pagu),
    realised: fromSen(s.realised),
    realisedShare: s.pagu > 0n ? shareOfSen(s.realised, s.pagu) : null,
    physical: { measured: s.measured, averageShare: average(s.physicalSum * 100, s.measured) },
    beneficiaries: {
      P: s.P,
      L: s.L,
      group: pairsOf(TARGET_GROUPS, s.group),
      age: pairsOf(AGE_GROUPS, s.age),
    },
    indicators: {
      count: s.indicators.count,
      measured: s.indicators.measured,
      met: s.indicators.met,
      averageAchievement: average(s.indicators.achievementSum, s.indicators.measured),
    },
    quarters: QUARTERS.map((quarter, i) => ({ quarter, ...s.quarters[i] })),
    flags: { ...s.flags },
  };
}

/** Sums per region and OPD (`region|opd`) from the grouped reads; `today` decides "late". */
async function sumsOf(db: Db, scope: Scope, today: string): Promise<Map<string, Sums>> {
  const [{ lines, quarters, latest, groups, indicators }, settings] = await Promise.all([
    dashboardSums(db, scope, today),
    deadlinesOf(db, scope),
  ]);
  const out = new Map<string, Sums>();
  const at = (region: string, opd: string) => {
    const key = `${region}|${opd}`;
    let s = out.get(key);
    if (!s) out.set(key, (s = emptySums()));
    return s;
  };
  for (const r of lines) {
    const s = at(r.region, r.opd);
    s.lines = r.lines;
    s.pagu = toSen(r.pagu);
  }
  for (const r of quarters) {
    const s = at(r.region, r.opd);
    const q = s.quarters[r.quarter - 1];
    q.draft = r.draft;
    q.submitted = r.submitted;
    q.returned = r.returned;
    q.verified = r.verified;
    q.late = r.late;
    s.reports[r.quarter - 1] = r.draft + r.submitted + r.returned + r.verified;
    s.flags.late += r.late;
    s.flags.behind_schedule += r.behind_schedule;
    s.flags.beneficiaries_contradict_plan += r.beneficiaries_contradict_plan;
    s.flags.over_100 += r.over_100;
    s.flags.over_pagu += r.over_pagu;
  }
  for (const r of latest) {
    const s = at(r.region, r.opd);
    s.reportedLines = r.reported;
    s.realised = toSen(r.realised);
    s.measured = r.measured;
    s.physicalSum = r.physical_sum ?? 0;
    s.P = r.p;
    s.L = r.l;
  }
  for (const r of groups) {
    const into = at(r.region, r.opd)[r.dimension === 'target_group' ? 'group' : 'age'];
    into[r.category] = { P: r.p, L: r.l };
  }
  for (const r of indicators) {
    at(r.region, r.opd).indicators = {
      count: r.count,
      measured: r.measured,
      met: r.met,
      achievementSum: Number(r.achievement_sum ?? 0),
    };
  }
  // A quarter nobody reported is missing, and late once its deadline has passed (as the list shows it).
  const deadlines = new Map(settings.map((r) => [r.region, r.deadlines]));
  for (const [key, s] of out) {
    const due = deadlines.get(key.slice(0, key.indexOf('|')));
    QUARTERS.forEach((_, i) => {
      const missing = Math.max(0, s.lines - s.reports[i]);
      s.quarters[i].missing = missing;
      const deadline = due?.[i];
      if (deadline && today > deadline && missing > 0) {
        s.quarters[i].late += missing;
        s.flags.late += missing;
      }
    });
  }
  return out;
}

/**
 * `db` may be a read replica; `primary` takes the figures kept (a replica refuses writes). The
 * generation is read where the figures are computed, so a lagging replica only keeps an entry
 * that a later change makes stale, never one that looks current.
 */
export async function getMonevDashboard(
  db: Db,
  actor: Actor | null,
  code: string,
  year: number,
  primary: Db = db,
): Promise<MonevDashboardDto> {
  const a = requireActor(actor);
  if (!canReadMonevDashboard(a, code)) throw new Forbidden();
  const scope = opdScopeOf(a, code);
  const level = regionLevelOf(code);
  if (level !== 'kabkota' && level !== 'provinsi') {
    throw new Invalid({ code: 'monev_dashboard_level' }, 'monev_dashboard_level');
  }
  const region = await getRegion(db, code);
  const units =
    level === 'provinsi'
      ? await rowsOf<{ code: string; name: string }>(
          db,
          sql`select code, name from regions where parent_code = ${code} order by code`,
        )
      : [];
  const codes = level === 'provinsi' ? units.map((u) => u.code) : [code];
  const today = dayIn(new Date().toISOString());
  // Every OPD: from each kab/kota's kept figures; one OPD (an operator): live.
  const { sums, trend } =
    scope.kind === 'all'
      ? await keptSums(db, primary, codes, year, today)
      : await liveSums(db, { codes, year, opd: scope, perOpd: level === 'kabkota' }, today);

  const total = emptySums();
  const byRegion = new Map(codes.map((c) => [c, emptySums()]));
  const byOpd = new Map<string, Sums>();
  for (const [key, s] of sums) {
    const [regionCode, opdId] = key.split('|');
    addInto(total, s);
    addInto(byRegion.get(regionCode)!, s);
    if (level === 'kabkota') byOpd.set(opdId, s);
  }
  const opds =
    byOpd.size > 0
      ? await rowsOf<{ id: string; name: string; short_name: string }>(
          db,
          sql`select id::text as id, name, short_name from opd
            where region_code = ${code} and id::text = any(array[${sql.join(
              [...byOpd.keys()].map((k) => sql`${k}`),
              sql`, `,
            )}]) order by name`,
        )
      : [];
  return {
    code,
    name: region.name,
    level,
    year,
    opdId: scope.kind === 'opd' ? scope.opdId : null,
    total: finish(total),
    opds: opds.map((o) => ({ id: o.id, name: o.name, shortName: o.short_name, ...finish(byOpd.get(o.id)!) })),
    regions: units.map((u) => ({ code: u.code, name: u.name, ...finish(byRegion.get(u.code)!) })),
    trend: trendOf(trend),
  };
}

/** The trend's years, each summed over the scope's regions (money in sen). */
function trendOf(rows: TrendRow[]): MonevDashboardDto['trend'] {
  const years = new Map<
    number,
    { lines: number; reported: number; pagu: bigint; realised: bigint; P: number; L: number }
  >();
  for (const t of rows) {
    let y = years.get(t.year);
    if (!y) years.set(t.year, (y = { lines: 0, reported: 0, pagu: 0n, realised: 0n, P: 0, L: 0 }));
    y.lines += t.lines;
    y.reported += t.reported;
    y.pagu += toSen(t.pagu);
    y.realised += toSen(t.realised);
    y.P += t.p;
    y.L += t.l;
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({
      year,
      lines: y.lines,
      reportedLines: y.reported,
      pagu: fromSen(y.pagu),
      realised: fromSen(y.realised),
      realisedShare: y.pagu > 0n ? shareOfSen(y.realised, y.pagu) : null,
      beneficiaries: { P: y.P, L: y.L },
    }));
}

async function liveSums(db: Db, scope: Scope, today: string) {
  const [sums, trend] = await Promise.all([sumsOf(db, scope, today), trendSums(db, scope.codes, scope.opd)]);
  return { sums, trend };
}

/** Sums in JSON (money in sen as text) for the cache. */
const sumsToJson = (s: Sums) => ({ ...s, pagu: String(s.pagu), realised: String(s.realised) });
const sumsFromJson = (j: ReturnType<typeof sumsToJson>): Sums => ({
  ...j,
  pagu: BigInt(j.pagu),
  realised: BigInt(j.realised),
});

/**
 * Every kab/kota's figures per OPD and trend as kept (dashboard-cache.ts), computing and keeping
 * only those of kab/kota changed since, or not computed since a deadline passed. A kab/kota's
 * own dashboard and its province's side by side read the same entries.
 */
async function keptSums(db: Db, primary: Db, codes: string[], year: number, today: string) {
  const kept = await readCache(db, codes, year, today);
  const staleFigures = codes.filter((c) => !kept.figures.has(c));
  const staleTrend = codes.filter((c) => !kept.trend.has(c));
  const all: OpdScope = { kind: 'all' };
  const [fresh, freshTrend] = await Promise.all([
    staleFigures.length
      ? sumsOf(db, { codes: staleFigures, year, opd: all, perOpd: true }, today)
      : new Map<string, Sums>(),
    staleTrend.length ? trendSums(db, staleTrend, all) : [],
  ]);
  // A kab/kota's entry: its OPDs' sums by OPD id.
  type Entry = Record<string, ReturnType<typeof sumsToJson>>;
  const entries = new Map<string, Entry>(staleFigures.map((c) => [c, {}]));
  for (const [key, s] of fresh) {
    const [region, opdId] = key.split('|');
    entries.get(region)![opdId] = sumsToJson(s);
  }
  const sums = new Map<string, Sums>();
  for (const c of codes) {
    const entry = (kept.figures.get(c) as Entry | undefined) ?? entries.get(c)!;
    for (const [opdId, j] of Object.entries(entry)) sums.set(`${c}|${opdId}`, sumsFromJson(j));
  }
  const trend = codes.flatMap((c) => (kept.trend.get(c) as TrendRow[] | undefined) ?? []);
  trend.push(...freshTrend);
  await storeCache(primary, [
    ...staleFigures.map((c) => ({
      code: c,
      year,
      generation: kept.generation.get(c)!,
      passed: kept.passed.get(c)!,
      value: entries.get(c)!,
    })),
    ...staleTrend.map((c) => ({
      code: c,
      year: TREND,
      generation: kept.generation.get(c)!,
      passed: 0,
      value: freshTrend.filter((t) => t.region === c),
    })),
  ]);
  return { sums, trend };
}
