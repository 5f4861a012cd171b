/**
 * What the worksheets add up to: the verifiers' queue, a worksheet's results (self and after
 * each stage, per area, tier, rank in its province and the nation, trend over cycles), the
 * province's side-by-side of its kab/kota and the national recap. These read the worksheets'
 * cached scores (score.ts), one row per region, so the national recap of 552 regions is one
 * indexed scan (evaluation_worksheets_cycle_idx), ranked by the database.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  canReadNationalRecap,
  canReadProvinceRecap,
  canReadVerificationQueue,
  canVerifyStage,
} from '../../../domain/evaluation/access.js';
import { maxTotalOf } from '../../../domain/evaluation/scoring.js';
import { currentStageOf, type WorksheetStatus } from '../../../domain/evaluation/worksheet.js';
import { NATIONAL_CODE, regionLevelOf } from '../../../domain/region-code.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import {
  evaluationDecisions,
  evaluationWorksheets,
  type WorksheetScores,
} from '../../db/schema-evaluation.js';
import { evaluationCycles } from '../../db/schema-evaluation-instruments.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { inRegionOrItsKabKota } from '../../lib/region-scope.js';
import { cycleSummaryOf } from './dto.js';
import { loadCycle, loadInstrument, readableWorksheet } from './load.js';
import { computeScores, loadScoringRows } from './score.js';

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);
const VERIFYING: WorksheetStatus[] = ['submitted', 'verification_administrative', 'verification_field'];

/** Where a scope code reaches: the nation, or a province and its kab/kota. */
const withinScope = (code: string) =>
  code === NATIONAL_CODE ? sql`true` : inRegionOrItsKabKota(evaluationWorksheets.regionCode, code);

/** The worksheets waiting for the caller's decisions at their current stage, in `code` (a province or ID). */
export async function verificationQueue(db: Db, actor: Actor | null, code: string, cycleId?: string) {
  const a = requireActor(actor);
  if (!canReadVerificationQueue(a)) throw new Forbidden();
  if (a.role === 'provinsi' && code !== a.regionCode) throw new Forbidden();
  const decided = db
    .select({
      worksheetId: evaluationDecisions.worksheetId,
      stage: evaluationDecisions.stage,
      n: sql<number>`count(*)::int`.as('n'),
    })
    .from(evaluationDecisions)
    .groupBy(evaluationDecisions.worksheetId, evaluationDecisions.stage)
    .as('decided');
  const rows = await db
    .select({
      ws: evaluationWorksheets,
      regionName: regions.name,
      nationalKabKota: evaluationCycles.nationalVerifiesKabKota,
      decided: decided.n,
      decidedStage: decided.stage,
    })
    .from(evaluationWorksheets)
    .innerJoin(regions, eq(regions.code, evaluationWorksheets.regionCode))
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationWorksheets.cycleId))
    .leftJoin(decided, eq(decided.worksheetId, evaluationWorksheets.id))
    .where(
      and(
        inArray(evaluationWorksheets.status, VERIFYING),
        withinScope(code),
        cycleId ? eq(evaluationWorksheets.cycleId, cycleId) : undefined,
      ),
    )
    .orderBy(evaluationWorksheets.submittedAt);
  const items = new Map<string, ReturnType<typeof itemOf>>();
  function itemOf(r: (typeof rows)[number]) {
    const stage = currentStageOf(r.ws.status);
    const scores = r.ws.scores as WorksheetScores;
    return {
      worksheetId: r.ws.id,
      regionCode: r.ws.regionCode,
      regionName: r.regionName,
      status: r.ws.status,
      stage,
      submittedAt: r.ws.submittedAt?.toISOString() ?? null,
      selfTotal: scores.self.total,
      total: r.ws.total,
      tier: r.ws.tier,
      decided: 0,
      shown: r.ws.shown,
    };
  }
  for (const r of rows) {
    const stage = currentStageOf(r.ws.status);
    if (!stage || !canVerifyStage(a, r.ws.regionCode, stage, r.nationalKabKota)) continue;
    const item = items.get(r.ws.id) ?? itemOf(r);
    if (r.decidedStage === stage) item.decided = r.decided ?? 0;
    items.set(r.ws.id, item);
  }
  return { items: [...items.values()] };
}

interface RankedRow {
  id: string;
  region_code: string;
  level: string;
  total: number;
  rank_province: number;
  count_province: number;
  rank_nation: number;
  count_nation: number;
}

/** Ranks of the submitted worksheets of a cycle: within the province (kab/kota) and the nation, per level. */
async function ranksOf(db: Db, cycleId: string, regionCodes?: string[]): Promise<Map<string, RankedRow>> {
  const result = await db.execute(sql`
    select * from (
      select w.id, w.region_code, r.level, w.total,
        rank() over (partition by r.level, left(w.region_code, 2) order by w.total desc)::int as rank_province,
        count(*) over (partition by r.level, left(w.region_code, 2))::int as count_province,
        rank() over (partition by r.level order by w.total desc)::int as rank_nation,
        count(*) over (partition by r.level)::int as count_nation
      from evaluation_worksheets w join regions r on r.code = w.region_code
      where w.cycle_id = ${cycleId} and w.status <> 'draft'
    ) ranked
    ${
      regionCodes
        ? sql`where region_code in (${sql.join(
            regionCodes.map((c) => sql`${c}`),
            sql`, `,
          )})`
        : sql``
    }`);
  return new Map(rowsOf<RankedRow>(result).map((r) => [r.region_code, r]));
}

export async function worksheetResults(db: Db, actor: Actor | null, id: string) {
  const w = await readableWorksheet(db, actor, id);
  const { row, cycle } = w;
  const rows = await loadScoringRows(db, row);
  const c = computeScores(
    cycle.instrument,
    row.status,
    cycle.tiers,
    rows.answers,
    rows.links,
    rows.decisions,
  );
  const rank =
    row.status === 'draft'
      ? undefined
      : (await ranksOf(db, row.cycleId, [row.regionCode])).get(row.regionCode);
  const trendRows = await db
    .select({
      ws: evaluationWorksheets,
      year: evaluationCycles.year,
      award: evaluationCycles.award,
      instrumentId: evaluationCycles.instrumentId,
    })
    .from(evaluationWorksheets)
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationWorksheets.cycleId))
    .where(eq(evaluationWorksheets.regionCode, row.regionCode))
    .orderBy(evaluationCycles.year);
  const trend = [];
  for (const t of trendRows) {
    const instrument = await loadInstrument(db, t.instrumentId);
    trend.push({
      year: t.year,
      award: t.award,
      total: t.ws.total,
      maxTotal: maxTotalOf(instrument.content),
      tier: t.ws.tier,
      status: t.ws.status,
    });
  }
  const selfByArea = new Map(c.self.byArea.map((x) => [x.code, x.score]));
  return {
    worksheetId: row.id,
    status: row.status,
    selfTotal: c.self.total,
    total: c.latest.total,
    maxTotal: c.latest.maxTotal,
    tier: c.tier,
    byArea: cycle.instrument.content.areas.map((ar) => {
      const latest = c.latest.byArea.find((x) => x.code === ar.code);
      return {
        code: ar.code,
        name: ar.name,
        self: selfByArea.get(ar.code) ?? 0,
        final: latest?.score ?? 0,
        max: latest?.max ?? 0,
      };
    }),
    stageScores: c.stages.map((s) => ({ stage: s.stage, total: s.score.total, tier: s.tier })),
    rankInProvince:
      rank && regionLevelOf(row.regionCode) === 'kabkota'
        ? { rank: rank.rank_province, of: rank.count_province }
        : null,
    rankInNation: rank ? { rank: rank.rank_nation, of: rank.count_nation } : { rank: 0, of: 0 },
    trend,
  };
}

/**
 * The recap of a cycle: a province's kab/kota side by side (its provinsi users, the
 * superadmin), or every province and kab/kota of the nation (`ID`, the superadmin). Every
 * region is listed, a region without a worksheet with empty scores.
 */
export async function recap(db: Db, actor: Actor | null, code: string, cycleId: string) {
  const a = requireActor(actor);
  const national = code === NATIONAL_CODE;
  if (national ? !canReadNationalRecap(a) : !canReadProvinceRecap(a, code)) throw new Forbidden();
  const cycle = await loadCycle(db, cycleId);
  const regionWhere = national ? sql`${regions.level} <> 'nasional'` : eq(regions.parentCode, code);
  const rows = await db
    .select({ code: regions.code, name: regions.name, ws: evaluationWorksheets })
    .from(regions)
    .leftJoin(
      evaluationWorksheets,
      and(eq(evaluationWorksheets.regionCode, regions.code), eq(evaluationWorksheets.cycleId, cycleId)),
    )
    .where(regionWhere)
    .orderBy(regions.code);
  const ranks = await ranksOf(db, cycleId);
  return {
    cycle: cycleSummaryOf(cycle, todayInRegion(national ? '31' : code)),
    areas: cycle.instrument.content.areas.map((ar) => ({ code: ar.code, name: ar.name })),
    rows: rows.map((r) => {
      const scores = r.ws?.scores as WorksheetScores | undefined;
      const rank = ranks.get(r.code);
      const latest = scores ? (scores.field ?? scores.administrative ?? scores.self) : undefined;
      return {
        worksheetId: r.ws?.id ?? null,
        regionCode: r.code,
        regionName: r.name,
        status: r.ws?.status ?? null,
        selfTotal: scores?.self.total ?? null,
        total: r.ws ? r.ws.total : null,
        tier: r.ws?.tier ?? null,
        byArea: latest?.byArea ?? {},
        evidenceRequired: r.ws?.evidenceRequired ?? 0,
        evidenceComplete: r.ws?.evidenceComplete ?? 0,
        rank: rank ? (national ? rank.rank_nation : rank.rank_province) : null,
      };
    }),
  };
}
