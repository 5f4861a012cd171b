/**
 * The legal-entity number of a community organisation: the Kemenkumham decree that
 * incorporates a perkumpulan or yayasan, numbered by the AHU system as
 * `AHU-0012345.AH.01.07.TAHUN 2019` (sequence, AH, two two-digit codes for the kind of deed,
 * the year; "Tahun" is often shortened to "TH" or left out). A government unit's founding
 * regulation (Perda, Perwali, Pergub) has no such shape: its number is free text.
 */
import type { OwnerKind } from './constants.js';

const AHU = /^AHU-\d{1,8}\.AH\.\d{2}\.\d{2}\.(?:(?:TAHUN|TH)\.?\s*)?(\d{4})$/i;

export type LegalEntityProblem =
  'legal_number_required' | 'legal_number_malformed' | 'legal_date_future' | 'legal_year_mismatch';

/**
 * What is wrong with an institution's legal entity, by field. A community organisation must be
 * incorporated ("berbadan hukum", research.md §6), so its number is required and must be an AHU
 * number whose year is the decree date's year, when both are given.
 */
export function legalEntityProblems(
  input: { ownerKind: OwnerKind; legalEntityNumber: string | null; legalEntityDate: string | null },
  today: string,
): Partial<Record<'legalEntityNumber' | 'legalEntityDate', LegalEntityProblem>> {
  const problems: Partial<Record<'legalEntityNumber' | 'legalEntityDate', LegalEntityProblem>> = {};
  const number = input.legalEntityNumber?.trim() || null;
  if (input.legalEntityDate && input.legalEntityDate > today) problems.legalEntityDate = 'legal_date_future';
  if (input.ownerKind !== 'masyarakat') return problems;
  if (!number) {
    problems.legalEntityNumber = 'legal_number_required';
    return problems;
  }
  const match = AHU.exec(number.replace(/\s+/g, ' '));
  if (!match) problems.legalEntityNumber = 'legal_number_malformed';
  else if (
    input.legalEntityDate &&
    !problems.legalEntityDate &&
    input.legalEntityDate.slice(0, 4) !== match[1]
  ) {
    problems.legalEntityDate = 'legal_year_mismatch';
  }
  return problems;
}
