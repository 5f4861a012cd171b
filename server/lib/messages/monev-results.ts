/**
 * Messages of the yearly monev result and its scoring configuration. The issue codes of
 * domain/monev/scoring.ts (SCORING_CONFIG_ISSUE_CODES) are their own keys.
 */
import type { ScoringConfigIssueCode } from '../../../domain/monev/scoring.js';

const issuesId: Record<ScoringConfigIssueCode, string> = {
  monev_scoring_version_invalid: 'Versi pengaturan tidak valid.',
  monev_scoring_source_missing: 'Tuliskan sumber kriteria, bobot dan predikat (mis. SK Pokja PUG).',
  monev_scoring_criteria_empty: 'Pilih paling sedikit satu kriteria.',
  monev_scoring_criterion_unknown: 'Kriteria ini tidak dikenal Setara.',
  monev_scoring_criterion_duplicate: 'Kriteria ini sudah dipakai.',
  monev_scoring_label_missing: 'Tuliskan nama kriteria.',
  monev_scoring_weight_invalid: 'Bobot harus lebih dari 0 dengan paling banyak dua desimal.',
  monev_scoring_weights_sum: 'Jumlah bobot harus 100.',
  monev_scoring_grades_empty: 'Tuliskan paling sedikit satu predikat.',
  monev_scoring_grade_name_missing: 'Tuliskan nama predikat.',
  monev_scoring_grade_name_duplicate: 'Nama predikat ini sudah dipakai.',
  monev_scoring_grade_min_invalid: 'Nilai minimum 0 sampai 100 dengan paling banyak dua desimal.',
  monev_scoring_grades_order: 'Nilai minimum harus lebih besar dari predikat sebelumnya.',
  monev_scoring_grade_lowest_not_zero: 'Predikat terendah dimulai dari 0.',
};

const issuesEn: Record<ScoringConfigIssueCode, string> = {
  monev_scoring_version_invalid: 'Not a valid version of the configuration.',
  monev_scoring_source_missing:
    'Say where the criteria, weights and grades come from (e.g. a Pokja PUG decree).',
  monev_scoring_criteria_empty: 'Choose at least one criterion.',
  monev_scoring_criterion_unknown: 'Setara does not know this criterion.',
  monev_scoring_criterion_duplicate: 'This criterion is used already.',
  monev_scoring_label_missing: 'Name the criterion.',
  monev_scoring_weight_invalid: 'A weight above 0 with at most two decimals.',
  monev_scoring_weights_sum: 'The weights must add up to 100.',
  monev_scoring_grades_empty: 'Name at least one grade.',
  monev_scoring_grade_name_missing: 'Name the grade.',
  monev_scoring_grade_name_duplicate: 'This grade name is used already.',
  monev_scoring_grade_min_invalid: 'A minimum from 0 to 100 with at most two decimals.',
  monev_scoring_grades_order: 'The minimum must be above the previous grade’s.',
  monev_scoring_grade_lowest_not_zero: 'The lowest grade starts at 0.',
};

export const monevResultsId = {
  ...issuesId,
  monev_scoring_invalid: 'Pengaturan penilaian belum benar: {count} isian perlu diperbaiki.',
  monev_scoring_stale: 'Pengaturan penilaian sudah diubah orang lain; muat ulang sebelum menyimpan.',
  monev_results_no_config:
    'Tahun ini belum memiliki pengaturan penilaian: admin daerah (DP3A) menetapkan kriteria, bobot dan predikat lebih dulu.',
};

export const monevResultsEn: Record<keyof typeof monevResultsId, string> = {
  ...issuesEn,
  monev_scoring_invalid: 'The scoring configuration is not right yet: {count} fields need fixing.',
  monev_scoring_stale: 'Someone else changed the scoring configuration; reload it before saving.',
  monev_results_no_config:
    'This year has no scoring configuration yet: the region’s admin (DP3A) sets the criteria, weights and grades first.',
};
