/**
 * The registry of live evidence providers (see provider.ts). A module that supplies evidence
 * adds its kind to EVIDENCE_KINDS (domain/evaluation/evidence-kinds.ts) with source 'live' or
 * 'both' and its module, and its provider to this list; evidence.test.ts checks that every live
 * kind has exactly one provider and that no provider answers a kind the list does not have.
 */
import { agreementEvidence, standardisationEvidence } from './lembaga.js';
import { indicatorEvidence, profilEvidence } from './data.js';
import { gapEvidence } from './gap.js';
import { kelembagaanEvidence } from './kelembagaan.js';
import { meetingEvidence, trainingEvidence } from './meetings.js';
import { planningEvidence } from './planning.js';
import { pokjaPlanEvidence } from './pokja-plans.js';
import type { EvidenceProvider } from './provider.js';
import { annualReportEvidence, monevResultsEvidence } from './reports.js';

export const EVIDENCE_PROVIDERS: readonly EvidenceProvider[] = [
  kelembagaanEvidence,
  pokjaPlanEvidence,
  trainingEvidence,
  meetingEvidence,
  gapEvidence,
  planningEvidence,
  indicatorEvidence,
  profilEvidence,
  monevResultsEvidence,
  annualReportEvidence,
  standardisationEvidence,
  agreementEvidence,
];

const BY_KIND = new Map<string, EvidenceProvider>();
for (const p of EVIDENCE_PROVIDERS) for (const k of p.kinds) BY_KIND.set(k, p);

/** The provider answering `kind`, if Setara supplies it live. */
export function providerOfKind(kind: string): EvidenceProvider | undefined {
  return BY_KIND.get(kind);
}

export type { EvidenceContext, EvidenceProvider } from './provider.js';
