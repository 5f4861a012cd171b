/**
 * The yearly result per OPD (Hasil Pengendalian dan Evaluasi): each OPD's facts from Setara
 * (domain/monev/result-facts.ts), its criterion values, score, grade, rank and what lowered it
 * (domain/monev/scoring.ts), under the latest version of the region's scoring configuration
 * for the year. OPDs without gender-responsive sub-kegiatan in the year are not assessed.
 * Computed on each request from the stored reports: nothing derived is stored, so a result
 * never disagrees with the reports it comes from.
 */
import { opdScopeOf } from '../../../domain/access.js';
import { canReadMonevResults } from '../../../domain/monev/access.js';
import { dayIn, indicatorAchievement } from '../../../domain/monev/flags.js';
import { opdYearFacts } from '../../../domain/monev/result-facts.js';
import { criterionValues, scoreOpds, type OpdYearFacts } from '../../../domain/monev/scoring.js';
import { toSen } from '../../../domain/planning/money.js';
import type { MonevResultsDto, OpdResultDto } from '../../../api/monev-results.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { flagConfigOf } from '../monev/settings.js';
import { loadResultLines } from './queries.js';
import { configOf, scoringConfigDto, scoringRow } from './scoring.js';

function factsDto(facts: OpdYearFacts): OpdResultDto['facts'] {
  return {
    lines: facts.responsiveSubActivities,
    reportsDue: facts.reportsDue,
    reportsSubmitted: facts.reportsSubmitted,
    reportsOnTime: facts.reportsOnTime,
    pagu: facts.pagu,
    budgetRealised: facts.budgetRealised,
    physicalMeasured: facts.physical.filter((p) => p.target !== null && toSen(p.target) > 0n).length,
    indicatorsMeasured: facts.indicators.filter((i) => indicatorAchievement(i.target, i.achieved) !== null)
      .length,
    approvedGaps: facts.approvedGaps,
  };
}

/** Every OPD's result of the region's year. No permission check: the callers checked. */
export async function computeResults(db: Db, regionCode: string, year: number): Promise<MonevResultsDto> {
  const [region, { opds, lines }, schedule, row] = await Promise.all([
    getRegion(db, regionCode),
    loadResultLines(db, regionCode, year),
    flagConfigOf(db, regionCode, year),
    scoringRow(db, regionCode, year),
  ]);
  const asOf = dayIn(schedule.now);
  // Sorted by name, so OPDs with equal scores are listed alphabetically (rankScores keeps order).
  const assessed = opds
    .filter((o) => lines.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
    .map((o) => ({ opd: o, facts: opdYearFacts(lines.get(o.id)!, schedule.deadlines, asOf) }));
  const byId = new Map(assessed.map((a) => [a.opd.id, a]));
  let results: OpdResultDto[];
  if (row) {
    const ranked = scoreOpds(
      assessed.map((a) => ({ opdId: a.opd.id, values: criterionValues(a.facts) })),
      configOf(row),
    );
    results = ranked.map((r) => {
      const a = byId.get(r.opdId)!;
      return {
        opd: a.opd,
        facts: factsDto(a.facts),
        score: r.score,
        grade: r.grade,
        rank: r.rank,
        criteria: r.criteria,
        excluded: r.excluded,
        renormalised: r.renormalised,
        lowered: r.lowered,
      };
    });
  } else {
    results = assessed.map((a) => ({
      opd: a.opd,
      facts: factsDto(a.facts),
      score: null,
      grade: null,
      rank: null,
      criteria: [],
      excluded: [],
      renormalised: false,
      lowered: [],
    }));
  }
  return {
    regionCode,
    regionName: region.name,
    year,
    config: row ? await scoringConfigDto(db, row) : null,
    asOf,
    opds: results,
    ranked: results.filter((r) => r.rank !== null).length,
    hasDeadlines: Object.keys(schedule.deadlines).length > 0,
  };
}

/**
 * The result as the caller may see it: every OPD for the region's readers; an operator gets
 * their own OPD's row (with its rank among all, as the Rakor announces it).
 */
export async function getResults(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<MonevResultsDto> {
  const a = requireActor(actor);
  if (!canReadMonevResults(a, regionCode)) throw new Forbidden();
  const scope = opdScopeOf(a, regionCode);
  const results = await computeResults(db, regionCode, year);
  if (scope.kind === 'all') return results;
  const own = scope.kind === 'opd' ? scope.opdId : null;
  return { ...results, opds: results.opds.filter((r) => r.opd.id === own) };
}
