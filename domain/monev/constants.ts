/**
 * The vocabulary of monev (pemantauan dan evaluasi: monitoring and evaluation) of gender-responsive
 * sub-kegiatan: quarters, report statuses, beneficiary groups, the keys of a report's fields, and
 * the codes of its issues and flags. Shared by the database columns, the api/ schemas and the
 * web's labels. docs/monev.md says which rules are official and which are a region's own data.
 */
import type { Sex } from '../indicators.js';

/** Triwulan I–IV of the budget year. */
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export function isQuarter(value: unknown): value is Quarter {
  return (QUARTERS as readonly unknown[]).includes(value);
}

/**
 * A quarterly report's review status: the operator drafts and submits; the reviewer (DP3A /
 * Bappeda) returns it with comments or verifies it; a verified report is locked until DP3A
 * reopens it (back to `returned`, audited with a reason).
 */
export const MONEV_REPORT_STATUSES = ['draft', 'submitted', 'returned', 'verified'] as const;
export type MonevReportStatus = (typeof MONEV_REPORT_STATUSES)[number];

/**
 * The five groups gender mainstreaming targets, as the Medan Rakor PUG named them (seed 004,
 * ../shared/seeds/004_*.txt: "kaum perempuan, kaum disabilitas, kaum lansia, ibu-ibu hamil dan
 * anak-anak"). No regulation read so far fixes a list for monev forms (research-2.md §1.5).
 */
export const TARGET_GROUPS = ['perempuan', 'penyandang_disabilitas', 'lansia', 'ibu_hamil', 'anak'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Groups made of women only: they count no one of sex L. */
export const WOMEN_ONLY_GROUPS: readonly TargetGroup[] = ['perempuan', 'ibu_hamil'];

/**
 * Age groups of beneficiaries. No official breakdown for PPRG monev forms was found
 * (research-2.md §1.5), so this is the shortest one the law defines: anak is a person under 18
 * (UU 23/2002 jo. UU 35/2014 tentang Perlindungan Anak, Pasal 1 angka 1), lanjut usia a person
 * of 60 or more (UU 13/1998 tentang Kesejahteraan Lanjut Usia, Pasal 1 angka 2), dewasa the
 * years between. The same three as the `siklus_hidup` dimension set of data terpilah
 * (domain/indicators.ts), so monev beneficiaries line up with the region's statistics.
 */
export const AGE_GROUPS = ['anak', 'dewasa', 'lansia'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Inclusive age bounds in whole years; `to: null` is open-ended. */
export const AGE_GROUP_BOUNDS: Record<AgeGroup, { from: number; to: number | null }> = {
  anak: { from: 0, to: 17 },
  dewasa: { from: 18, to: 59 },
  lansia: { from: 60, to: null },
};

/**
 * How the operator types a quarter's figures: the quarter's additions (`increment`) or the
 * total since the start of the year (`cumulative`). Setara always answers both.
 */
export const ENTRY_MODES = ['increment', 'cumulative'] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];

export function beneficiarySexField<S extends Sex>(sex: S) {
  return `beneficiaries.${sex}` as const;
}
export function targetGroupField<G extends TargetGroup>(group: G) {
  return `beneficiaries.group.${group}` as const;
}
export function ageGroupField<A extends AgeGroup>(age: A) {
  return `beneficiaries.age.${age}` as const;
}

/**
 * Every commentable field of a quarterly report, by a stable key: a reviewer's comment and a
 * validation issue name the same key, and the keys double as the request's field paths. Each
 * gender indicator (GAP step 9) has its own key, `genderIndicators.<indicator id>`
 * (`genderIndicatorField`).
 */
export const MONEV_FIELDS = [
  'budgetRealised',
  'physicalRealised',
  beneficiarySexField('P'),
  beneficiarySexField('L'),
  targetGroupField('perempuan'),
  targetGroupField('penyandang_disabilitas'),
  targetGroupField('lansia'),
  targetGroupField('ibu_hamil'),
  targetGroupField('anak'),
  ageGroupField('anak'),
  ageGroupField('dewasa'),
  ageGroupField('lansia'),
  /** The list of gender indicators as a whole; each one has its own key too. */
  'genderIndicators',
  'kendala',
  'tindakLanjut',
  'evidence',
  /** The reason given when realisation above the target or the pagu is confirmed. */
  'overReason',
] as const;
export type MonevStaticField = (typeof MONEV_FIELDS)[number];
/**
 * One sex within a target or age group (`beneficiaries.group.lansia.P`): groups are counted by
 * sex like everything in data terpilah. A comment on the group's key covers both boxes.
 */
export type GroupSexField = `${ReturnType<typeof targetGroupField | typeof ageGroupField>}.${Sex}`;
export type GenderIndicatorField = `genderIndicators.${string}`;
export type MonevFieldKey = MonevStaticField | GroupSexField | GenderIndicatorField;

export function groupSexField(
  group: ReturnType<typeof targetGroupField | typeof ageGroupField>,
  sex: Sex,
): GroupSexField {
  return `${group}.${sex}`;
}

/** GAP step 9 indicator ids are short client-chosen strings (domain/planning/gap-content.ts). */
const INDICATOR_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function genderIndicatorField(indicatorId: string): GenderIndicatorField {
  if (!INDICATOR_ID.test(indicatorId)) throw new Error(`not an indicator id: ${indicatorId}`);
  return `genderIndicators.${indicatorId}`;
}

/** Whether a key names a field of a report (what a reviewer's comment may be attached to). */
export function isMonevFieldKey(key: string): key is MonevFieldKey {
  if ((MONEV_FIELDS as readonly string[]).includes(key)) return true;
  const sexOf = /^(beneficiaries\.(?:group|age)\.[a-z_]+)\.([PL])$/.exec(key);
  if (sexOf) return (MONEV_FIELDS as readonly string[]).includes(sexOf[1]);
  const prefix = 'genderIndicators.';
  return key.startsWith(prefix) && INDICATOR_ID.test(key.slice(prefix.length));
}

/**
 * What can be wrong with a report; each code is also its message key (server/lib/messages/,
 * one flat namespace, hence the prefix).
 */
export const MONEV_ISSUE_CODES = [
  'monev_required',
  'monev_not_a_number',
  /** `1,250`: could be 1.25 or 1 250 (domain/planning/money.ts). */
  'monev_ambiguous',
  'monev_too_many_decimals',
  'monev_too_large',
  'monev_not_whole_number',
  'monev_negative',
  /** A cumulative total below the previous quarter's cumulative total. */
  'monev_below_previous_cumulative',
  /** One sex of a target group larger than the beneficiaries of that sex. */
  'monev_group_exceeds_total',
  /** Men counted in a women-only group (perempuan, ibu hamil). */
  'monev_group_women_only',
  /** One sex of the age groups together larger than the beneficiaries of that sex. */
  'monev_ages_exceed_total',
  /** Physical realisation above 100 % of the target, not confirmed. */
  'monev_over_target_unconfirmed',
  /** Budget realisation above the pagu, not confirmed. */
  'monev_over_pagu_unconfirmed',
  /** Realisation above the target or pagu confirmed without a reason. */
  'monev_over_reason_missing',
  /** Realisation was added this quarter but no evidence file is attached. */
  'monev_evidence_missing',
  /** A gender indicator that is not one of the plan's (GAP step 9). */
  'monev_indicator_unknown',
] as const;
export type MonevIssueCode = (typeof MONEV_ISSUE_CODES)[number];

export interface MonevIssue {
  field: MonevFieldKey;
  code: MonevIssueCode;
  /** What the message names: a previous total, a limit. */
  params?: Record<string, string | number>;
}

/** What is wrong with an admin's setting (a schedule, a scoring configuration), by its field path. */
export interface MonevConfigIssue<C extends string> {
  field: string;
  code: C;
  params?: Record<string, string | number>;
}

/** Flags Setara computes on a report (flags.ts); never typed by anyone. */
export const MONEV_FLAGS = [
  /** Cumulative budget or physical realisation below the admin's expected share for the quarter. */
  'behind_schedule',
  /** Not submitted by the admin's deadline for the quarter. */
  'late',
  /** A khusus activity for one sex reporting mostly beneficiaries of the other. */
  'beneficiaries_contradict_plan',
  /** Physical realisation above 100 % of the target (confirmed, with a reason). */
  'over_100',
  /** Budget realisation above the pagu (confirmed, with a reason). */
  'over_pagu',
] as const;
export type MonevFlagCode = (typeof MONEV_FLAGS)[number];

/** What a region's admin sets and Setara never invents: the label an example configuration carries. */
export const EXAMPLE_LABEL = 'CONTOH — bukan ketentuan resmi';
