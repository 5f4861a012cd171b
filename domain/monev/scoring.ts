/**
 * The yearly "Hasil Pengendalian dan Evaluasi pelaksanaan program/kegiatan responsif gender"
 * per OPD, presented at the Rakor PUG (seed 004). No official OPD scoring was found
 * (research-2.md §1.5), so the criteria, their weights and the grade bands are a region's
 * versioned configuration with a source note; Setara only fixes which facts a criterion may
 * measure (SCORING_CRITERIA) and does the arithmetic in the open:
 *
 * - each criterion's value is a percentage 0–100 (values above 100 count as 100);
 * - score = Σ value × weight / Σ weight over the criteria that have data: a criterion without
 *   data (no staff count yet, no report due) is left out and the others' weights are scaled up
 *   to 100, and the breakdown says so;
 * - arithmetic runs on whole hundredths, half up; the contributions shown add up exactly to
 *   the score (largest remainder), so the figures on a slide sum as printed;
 * - OPDs with equal scores share a rank (1, 2, 2, 4).
 */
import { shareOfSen, toSen } from '../planning/money.js';
import { EXAMPLE_LABEL, type MonevConfigIssue } from './constants.js';
import type { Typed } from './cumulative.js';
import { indicatorAchievement } from './flags.js';

/** What a criterion may measure; each is computed by `criterionValues` from a year's facts. */
export const SCORING_CRITERIA = [
  /** Quarterly reports submitted, of those due. */
  'reporting_completeness',
  /** Quarterly reports submitted by their deadline, of those due. */
  'timeliness',
  /** Budget realised, of the pagu of the gender-responsive sub-kegiatan. */
  'budget_realisation',
  /** Physical output realised against target, averaged over the sub-kegiatan with a target. */
  'physical_realisation',
  /** Gender indicators (GAP step 9) achieved against target, averaged over the measurable ones. */
  'gender_indicator_achievement',
  /** Gender-responsive sub-kegiatan whose GAP/GBS is approved. */
  'gap_gbs_status',
  /** Staff holding a PPRG training certificate (Kaltim DKP3A's criterion, research-2.md §1.5), once known. */
  'pprg_training_share',
] as const;
export type ScoringCriterionKey = (typeof SCORING_CRITERIA)[number];

export interface ScoringCriterion {
  key: ScoringCriterionKey;
  /** The name printed on the result (the region's words). */
  label: string;
  /** > 0, at most two decimals; a configuration's weights sum to 100. */
  weight: number;
  note?: string;
}

export interface GradeBand {
  name: string;
  /** The lowest score (0–100) of the band; bands are listed from the lowest, which starts at 0. */
  min: number;
}

export interface ScoringConfig {
  /** Raised on every change, so a printed result names the rules it used. */
  version: number;
  /** Where the criteria, weights and bands come from (a decree, a Pokja decision, an example). */
  sourceNote: string;
  criteria: ScoringCriterion[];
  grades: GradeBand[];
}

/** A percentage as whole hundredths (87.5 -> 8750), clamped to 0–100 %. */
function toHundredths(percent: number): { value: number; capped: boolean } {
  const h = Math.round(percent * 100);
  if (h > 10000) return { value: 10000, capped: true };
  return { value: Math.max(0, h), capped: false };
}

/** Half up on non-negative integers. */
const divRound = (num: number, den: number) => Math.floor((2 * num + den) / (2 * den));

/** A percentage string with two decimals ("87.50") as whole hundredths, clamped to 0–100 %. */
const hundredthsOf = (percent: string) => Math.min(10000, Math.max(0, Number(toSen(percent))));

/** A share in hundredths of a percent, capped at 100 %. */
const shareH = (part: bigint, whole: bigint) => hundredthsOf(shareOfSen(part, whole));

const mean = (xs: number[]) =>
  xs.length === 0
    ? null
    : divRound(
        xs.reduce((a, b) => a + b, 0),
        xs.length,
      );

/** What Setara holds about one OPD's year, from which every criterion's value is computed. */
export interface OpdYearFacts {
  /** Quarterly reports due: gender-responsive sub-kegiatan × quarters whose deadline has passed. */
  reportsDue: number;
  /** Of those, submitted (submitted or verified). */
  reportsSubmitted: number;
  /** Of those, first submitted by the deadline. */
  reportsOnTime: number;
  /** Σ pagu and Σ cumulative budget realised of the gender-responsive sub-kegiatan (Rupiah). */
  pagu: string;
  budgetRealised: string;
  /** Physical target and cumulative realisation per sub-kegiatan (two-decimal quantities). */
  physical: readonly { target: string | null; realised: string }[];
  /** Each gender indicator's target and latest achieved value. */
  indicators: readonly { target: string; achieved: Typed }[];
  /** Gender-responsive sub-kegiatan, and those whose GAP is approved. */
  responsiveSubActivities: number;
  approvedGaps: number;
  /** Staff and staff with a PPRG training certificate; null until that is recorded. */
  staff: { total: number; trained: number } | null;
}

/** Each criterion's value (a percentage with two decimals), or null when there is no data for it. */
export function criterionValues(facts: OpdYearFacts): Record<ScoringCriterionKey, number | null> {
  const ratio = (part: number, whole: number) => (whole > 0 ? shareH(BigInt(part), BigInt(whole)) : null);
  const pagu = toSen(facts.pagu);
  const physical = facts.physical
    .filter((p) => p.target !== null && toSen(p.target) > 0n)
    .map((p) => shareH(toSen(p.realised), toSen(p.target!)));
  const achieved = facts.indicators
    .map((i) => indicatorAchievement(i.target, i.achieved))
    .filter((a): a is string => a !== null)
    .map(hundredthsOf);
  const hundredths: Record<ScoringCriterionKey, number | null> = {
    reporting_completeness: ratio(facts.reportsSubmitted, facts.reportsDue),
    timeliness: ratio(facts.reportsOnTime, facts.reportsDue),
    budget_realisation: pagu > 0n ? shareH(toSen(facts.budgetRealised), pagu) : null,
    physical_realisation: mean(physical),
    gender_indicator_achievement: mean(achieved),
    gap_gbs_status: ratio(facts.approvedGaps, facts.responsiveSubActivities),
    pprg_training_share: facts.staff ? ratio(facts.staff.trained, facts.staff.total) : null,
  };
  return Object.fromEntries(
    Object.entries(hundredths).map(([k, h]) => [k, h === null ? null : h / 100]),
  ) as Record<ScoringCriterionKey, number | null>;
}

/**
 * Splits `total` whole units over parts in proportion to `exact` numerators over `den`: each
 * part gets its floor, the units left go to the largest remainders (earlier parts win ties).
 */
function apportion(numerators: number[], den: number, total: number): number[] {
  const floors = numerators.map((n) => Math.floor(n / den));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = numerators.map((n, i) => ({ i, rem: n % den })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}

export interface CriterionBreakdown {
  key: ScoringCriterionKey;
  label: string;
  /** The configured weight. */
  weight: number;
  /** The weight after leaving out criteria without data (sums to 100 over the included). */
  effectiveWeight: number | null;
  /** The criterion's value, 0–100 (null: no data, left out). */
  value: number | null;
  /** The value given was above 100 and counted as 100. */
  capped: boolean;
  /** Points this criterion adds to the score. */
  contribution: number | null;
  /** Points it lost: effective weight − contribution ("what lowered it"). */
  lost: number | null;
  excluded: boolean;
}

export interface OpdScore {
  opdId: string;
  configVersion: number;
  /** 0–100 with two decimals; null when no criterion has data. */
  score: number | null;
  grade: string | null;
  criteria: CriterionBreakdown[];
  /** Criteria left out for want of data; when any, the weights were renormalised. */
  excluded: ScoringCriterionKey[];
  renormalised: boolean;
  /** The criteria that cost points, the costliest first. */
  lowered: { key: ScoringCriterionKey; label: string; lost: number }[];
}

/** The band a score falls in: the highest one whose minimum it reaches. */
export function gradeOf(score: number, grades: readonly GradeBand[]): string | null {
  const h = Math.round(score * 100);
  let found: string | null = null;
  for (const band of grades) if (h >= Math.round(band.min * 100)) found = band.name;
  return found;
}

/** One OPD's score under a configuration (validate it first: `validateScoringConfig`). */
export function scoreOpd(
  opdId: string,
  values: Partial<Record<ScoringCriterionKey, number | null>>,
  config: ScoringConfig,
): OpdScore {
  const rows = config.criteria.map((c) => {
    const raw = values[c.key];
    const v = raw === null || raw === undefined || !Number.isFinite(raw) ? null : toHundredths(raw);
    return { c, w: Math.round(c.weight * 100), v };
  });
  const included = rows.filter((r) => r.v !== null);
  const den = included.reduce((a, r) => a + r.w, 0);
  const excluded = rows.filter((r) => r.v === null).map((r) => r.c.key);
  if (den === 0) {
    const criteria = rows.map(({ c }) => ({
      key: c.key,
      label: c.label,
      weight: c.weight,
      effectiveWeight: null,
      value: null,
      capped: false,
      contribution: null,
      lost: null,
      excluded: true,
    }));
    return {
      opdId,
      configVersion: config.version,
      score: null,
      grade: null,
      criteria,
      excluded,
      renormalised: false,
      lowered: [],
    };
  }
  const products = included.map((r) => r.v!.value * r.w);
  const scoreH = divRound(
    products.reduce((a, b) => a + b, 0),
    den,
  );
  const contributions = apportion(products, den, scoreH);
  const weights = apportion(
    included.map((r) => r.w * 10000),
    den,
    10000,
  );
  const byKey = new Map(
    included.map((r, i) => [r.c.key, { contribution: contributions[i], weight: weights[i] }]),
  );
  const criteria: CriterionBreakdown[] = rows.map(({ c, v }) => {
    const share = byKey.get(c.key);
    return {
      key: c.key,
      label: c.label,
      weight: c.weight,
      effectiveWeight: share ? share.weight / 100 : null,
      value: v ? v.value / 100 : null,
      capped: v?.capped ?? false,
      contribution: share ? share.contribution / 100 : null,
      lost: share ? (share.weight - share.contribution) / 100 : null,
      excluded: !share,
    };
  });
  const lowered = criteria
    .filter((c) => c.lost !== null && c.lost > 0)
    .map((c) => ({ key: c.key, label: c.label, lost: c.lost! }))
    .sort((a, b) => b.lost - a.lost);
  const score = scoreH / 100;
  return {
    opdId,
    configVersion: config.version,
    score,
    grade: gradeOf(score, config.grades),
    criteria,
    excluded,
    renormalised: excluded.length > 0,
    lowered,
  };
}

export type RankedScore = OpdScore & { rank: number | null };

/**
 * Orders by score, highest first; equal scores share a rank and the next rank skips (1, 2, 2,
 * 4). Equal scores keep the order they came in (give them sorted by name). Unscored OPDs come
 * last, without a rank.
 */
export function rankScores(scores: readonly OpdScore[]): RankedScore[] {
  const scored = scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.score !== null)
    .sort((a, b) => b.s.score! - a.s.score! || a.i - b.i);
  const ranked: RankedScore[] = [];
  scored.forEach(({ s }, position) => {
    const previous = ranked[position - 1];
    const rank = previous && previous.score === s.score ? previous.rank : position + 1;
    ranked.push({ ...s, rank });
  });
  return [...ranked, ...scores.filter((s) => s.score === null).map((s) => ({ ...s, rank: null }))];
}

/** Scores and ranks every OPD; refuses a configuration that does not validate. */
export function scoreOpds(
  opds: readonly { opdId: string; values: Partial<Record<ScoringCriterionKey, number | null>> }[],
  config: ScoringConfig,
): RankedScore[] {
  const issues = validateScoringConfig(config);
  if (issues.length > 0) {
    throw new Error(`invalid scoring config: ${issues.map((i) => `${i.field} ${i.code}`).join(', ')}`);
  }
  return rankScores(opds.map((o) => scoreOpd(o.opdId, o.values, config)));
}

export const SCORING_CONFIG_ISSUE_CODES = [
  'monev_scoring_version_invalid',
  'monev_scoring_source_missing',
  'monev_scoring_criteria_empty',
  'monev_scoring_criterion_unknown',
  'monev_scoring_criterion_duplicate',
  'monev_scoring_label_missing',
  'monev_scoring_weight_invalid',
  'monev_scoring_weights_sum',
  'monev_scoring_grades_empty',
  'monev_scoring_grade_name_missing',
  'monev_scoring_grade_name_duplicate',
  'monev_scoring_grade_min_invalid',
  'monev_scoring_grades_order',
  'monev_scoring_grade_lowest_not_zero',
] as const;
export type ScoringConfigIssueCode = (typeof SCORING_CONFIG_ISSUE_CODES)[number];
export type ScoringConfigIssue = MonevConfigIssue<ScoringConfigIssueCode>;

/** A number with at most two decimals (weights and band minimums are typed that way). */
const twoDecimals = (n: number) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/**
 * Checks a configuration before it is saved, naming each field (`criteria.2.weight`): a
 * positive whole version, a source note, known and unique criterion keys with labels,
 * weights > 0 summing to exactly 100, named and unique grade bands listed from the lowest
 * (starting at 0) with strictly rising minimums within 0–100.
 */
export function validateScoringConfig(config: ScoringConfig): ScoringConfigIssue[] {
  const issues: ScoringConfigIssue[] = [];
  const add = (field: string, code: ScoringConfigIssueCode, params?: ScoringConfigIssue['params']) =>
    issues.push(params ? { field, code, params } : { field, code });
  if (!Number.isSafeInteger(config.version) || config.version < 1)
    add('version', 'monev_scoring_version_invalid');
  if (blank(config.sourceNote)) add('sourceNote', 'monev_scoring_source_missing');

  if (config.criteria.length === 0) add('criteria', 'monev_scoring_criteria_empty');
  const keys = new Set<string>();
  let sum = 0;
  let weightsValid = true;
  config.criteria.forEach((c, i) => {
    if (!(SCORING_CRITERIA as readonly string[]).includes(c.key))
      add(`criteria.${i}.key`, 'monev_scoring_criterion_unknown');
    else if (keys.has(c.key)) add(`criteria.${i}.key`, 'monev_scoring_criterion_duplicate');
    keys.add(c.key);
    if (blank(c.label)) add(`criteria.${i}.label`, 'monev_scoring_label_missing');
    if (typeof c.weight !== 'number' || !twoDecimals(c.weight) || c.weight <= 0) {
      add(`criteria.${i}.weight`, 'monev_scoring_weight_invalid');
      weightsValid = false;
    } else sum += Math.round(c.weight * 100);
  });
  if (config.criteria.length > 0 && weightsValid && sum !== 10000) {
    add('criteria', 'monev_scoring_weights_sum', { sum: sum / 100 });
  }

  if (config.grades.length === 0) add('grades', 'monev_scoring_grades_empty');
  const names = new Set<string>();
  let previous: number | null = null;
  config.grades.forEach((g, i) => {
    if (blank(g.name)) add(`grades.${i}.name`, 'monev_scoring_grade_name_missing');
    else {
      const name = g.name.trim().toLocaleLowerCase('id');
      if (names.has(name)) add(`grades.${i}.name`, 'monev_scoring_grade_name_duplicate');
      names.add(name);
    }
    if (typeof g.min !== 'number' || !twoDecimals(g.min) || g.min < 0 || g.min > 100) {
      add(`grades.${i}.min`, 'monev_scoring_grade_min_invalid');
      return;
    }
    if (i === 0 && g.min !== 0) add(`grades.${i}.min`, 'monev_scoring_grade_lowest_not_zero');
    if (previous !== null && g.min <= previous)
      add(`grades.${i}.min`, 'monev_scoring_grades_order', { previous });
    previous = g.min;
  });
  return issues;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * An example configuration, so a region sees the shape before setting its own. CONTOH — bukan
 * ketentuan resmi: no regulation read sets OPD criteria, weights or grades (research-2.md §1.5).
 */
export const EXAMPLE_SCORING_CONFIG: ScoringConfig & { label: string } = deepFreeze({
  label: EXAMPLE_LABEL,
  version: 1,
  sourceNote:
    'CONTOH — bukan ketentuan resmi. Kriteria, bobot dan predikat ini hanya contoh bentuk pengaturan; ' +
    'tidak ada peraturan yang ditemukan yang menetapkan penilaian OPD (Permen PPPA 5/2025 dan 2/2013 belum ' +
    'memuat format yang terbaca). Ganti dengan keputusan daerah (mis. SK Pokja PUG) dan sebutkan sumbernya.',
  criteria: [
    { key: 'reporting_completeness', label: 'Kelengkapan laporan triwulan', weight: 15 },
    { key: 'timeliness', label: 'Ketepatan waktu pelaporan', weight: 10 },
    { key: 'budget_realisation', label: 'Realisasi anggaran responsif gender', weight: 20 },
    { key: 'physical_realisation', label: 'Realisasi fisik (keluaran)', weight: 20 },
    { key: 'gender_indicator_achievement', label: 'Capaian indikator gender', weight: 15 },
    { key: 'gap_gbs_status', label: 'GAP/GBS disetujui', weight: 10 },
    { key: 'pprg_training_share', label: 'Pegawai bersertifikat pelatihan PPRG', weight: 10 },
  ],
  grades: [
    { name: 'Kurang', min: 0 },
    { name: 'Cukup', min: 55 },
    { name: 'Baik', min: 70 },
    { name: 'Sangat baik', min: 85 },
  ],
});
