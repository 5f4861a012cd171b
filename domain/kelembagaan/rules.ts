/**
 * Rules on what is typed into the PUG institutions, checked by the server before anything is
 * stored and by the web's forms: a decree's validity, the members of one decree or team, a focal
 * point's training. Each problem names its field, with a message key of
 * server/lib/messages/kelembagaan.ts.
 */
import { SINGLE_POKJA_ROLES, type PokjaRole, type TrainingStatus } from './constants.js';

export type FieldProblems = Record<string, string>;

/** The end of validity, when there is one, is not before its start. */
export function validityProblems(validFrom: string, validTo: string | null | undefined): FieldProblems {
  return validTo && validTo < validFrom ? { validTo: 'kelembagaan_validity_order' } : {};
}

/**
 * Members of one decree or team: one person appears once (by registry id, or by the name key of
 * a new person together with what tells namesakes apart), and a single-holder role (ketua) once.
 * `key` is the identity the caller computed for each row; `path` prefixes the field names.
 */
export function memberProblems(
  members: readonly { key: string; role?: PokjaRole | string }[],
  path = 'members',
): FieldProblems {
  const problems: FieldProblems = {};
  const seen = new Set<string>();
  const roles = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.key)) problems[`${path}.${i}`] = 'kelembagaan_member_duplicate';
    seen.add(m.key);
    if (m.role && (SINGLE_POKJA_ROLES as readonly string[]).includes(m.role)) {
      if (roles.has(m.role)) problems[`${path}.${i}.role`] = 'kelembagaan_ketua_single';
      roles.add(m.role);
    }
  });
  return problems;
}

/** A training year goes with a completed training, and a completed training has one. */
export function trainingProblems(status: TrainingStatus, year: number | null | undefined): FieldProblems {
  if (status === 'belum') return year == null ? {} : { trainingYear: 'kelembagaan_training_year_unexpected' };
  return year == null ? { trainingYear: 'kelembagaan_training_year_missing' } : {};
}
