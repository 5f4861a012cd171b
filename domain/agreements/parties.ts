/**
 * The rules of an agreement's parties and dates that need no database: at least two parties,
 * the region once, no party twice, a reference for every kind but "other" and a name for
 * "other", each party's number and date once the agreement is signed, and an end after the
 * start. Problems are keyed by field path ("parties.2.refId"), the later duplicate named.
 */
import type { PartyKind, StoredAgreementStatus } from './constants.js';

export interface PartyInput {
  kind: PartyKind;
  refId?: string | null;
  name?: string | null;
  documentNumber?: string | null;
  signedOn?: string | null;
}

export type AgreementProblem =
  | 'agreement_parties_too_few'
  | 'agreement_party_duplicate'
  | 'agreement_party_ref_required'
  | 'agreement_party_name_required'
  | 'agreement_party_number_required'
  | 'agreement_party_date_required'
  | 'agreement_ends_before_start';

/** The identity of a party for duplicate detection: its reference, or its name for "other". */
export function partyKey(p: PartyInput): string {
  if (p.kind === 'region') return 'region';
  if (p.kind === 'other')
    return `other:${(p.name ?? '').trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')}`;
  return `${p.kind}:${p.refId ?? ''}`;
}

export function agreementProblems(a: {
  status: StoredAgreementStatus;
  startsOn: string;
  endsOn: string;
  parties: readonly PartyInput[];
}): Record<string, AgreementProblem> {
  const problems: Record<string, AgreementProblem> = {};
  if (a.endsOn < a.startsOn) problems.endsOn = 'agreement_ends_before_start';
  if (a.parties.length < 2) problems.parties = 'agreement_parties_too_few';
  const seen = new Set<string>();
  a.parties.forEach((p, i) => {
    const at = `parties.${i}`;
    if (p.kind === 'other') {
      if (!p.name?.trim()) problems[`${at}.name`] = 'agreement_party_name_required';
    } else if (p.kind !== 'region' && !p.refId) {
      problems[`${at}.refId`] = 'agreement_party_ref_required';
    }
    const key = partyKey(p);
    if (seen.has(key)) problems[at] = 'agreement_party_duplicate';
    seen.add(key);
    if (a.status !== 'draft') {
      if (!p.documentNumber?.trim()) problems[`${at}.documentNumber`] = 'agreement_party_number_required';
      if (!p.signedOn) problems[`${at}.signedOn`] = 'agreement_party_date_required';
    }
  });
  return problems;
}
