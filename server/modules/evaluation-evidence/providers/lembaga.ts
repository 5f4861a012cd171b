/**
 * Lembaga Layanan evidence: the standardisation decisions of the region's LPLPP / Puspaga
 * (terstandar, valid during the year) and the cooperation agreements (MoU / PKS) signed and in
 * force during it. Each opens its dossier or agreement page.
 */
import { and, desc, eq, gte, isNotNull, lte, or, isNull } from 'drizzle-orm';
import { effectiveStatus } from '../../../../domain/agreements/status.js';
import { todayInRegion } from '../../../../domain/follow-ups/dates.js';
import { agreements } from '../../../db/schema-agreements.js';
import { institutions } from '../../../db/schema-institutions.js';
import { institutionDossiers, institutionStandards } from '../../../db/schema-institution-standards.js';
import { isoDay, liveCandidate, providerOf, webPath, yearBounds, type EvidenceContext } from './provider.js';

async function standardisations({ db, regionCode, year }: EvidenceContext) {
  const { from, to } = yearBounds(year);
  const rows = await db
    .select({
      id: institutionDossiers.id,
      institution: institutions.name,
      standard: institutionStandards.name,
      decisionNumber: institutionDossiers.decisionNumber,
      decisionDate: institutionDossiers.decisionDate,
      validUntil: institutionDossiers.validUntil,
      revokedAt: institutionDossiers.revokedAt,
    })
    .from(institutionDossiers)
    .innerJoin(
      institutions,
      and(
        eq(institutions.regionCode, institutionDossiers.regionCode),
        eq(institutions.id, institutionDossiers.institutionId),
      ),
    )
    .innerJoin(institutionStandards, eq(institutionStandards.id, institutionDossiers.standardId))
    .where(
      and(
        eq(institutionDossiers.regionCode, regionCode),
        eq(institutionDossiers.outcome, 'terstandar'),
        isNotNull(institutionDossiers.decisionDate),
        lte(institutionDossiers.decisionDate, to),
        or(isNull(institutionDossiers.validUntil), gte(institutionDossiers.validUntil, from)),
      ),
    )
    .orderBy(desc(institutionDossiers.decisionDate));
  return rows.map((r) =>
    liveCandidate({
      kind: 'lplpp_standardisation',
      module: 'institution-standards',
      id: r.id,
      title: `${r.institution}: terstandar ${r.standard}${r.decisionNumber ? ` (${r.decisionNumber})` : ''}`,
      year,
      href: webPath(`/lembaga-layanan/standardisasi/${r.id}`, regionCode),
      date: isoDay(r.decisionDate),
      status: r.revokedAt ? 'revoked' : r.validUntil && r.validUntil < to ? 'expires_in_year' : 'valid',
    }),
  );
}

async function signedAgreements({ db, regionCode, year }: EvidenceContext) {
  const { from, to } = yearBounds(year);
  const rows = await db
    .select({
      id: agreements.id,
      kind: agreements.kind,
      title: agreements.title,
      status: agreements.status,
      startsOn: agreements.startsOn,
      endsOn: agreements.endsOn,
    })
    .from(agreements)
    .where(
      and(
        eq(agreements.regionCode, regionCode),
        eq(agreements.status, 'signed'),
        lte(agreements.startsOn, to),
        gte(agreements.endsOn, from),
      ),
    )
    .orderBy(desc(agreements.startsOn));
  const today = todayInRegion(regionCode);
  return rows.map((r) =>
    liveCandidate({
      kind: 'agreements',
      module: 'agreements',
      id: r.id,
      title: `${r.kind.toUpperCase()} ${r.title}`,
      year,
      href: webPath(`/lembaga-layanan/kerja-sama/${r.id}`, regionCode),
      date: isoDay(r.startsOn),
      status: effectiveStatus(r, today),
    }),
  );
}

export const standardisationEvidence = providerOf('institution-standards', {
  lplpp_standardisation: standardisations,
});
export const agreementEvidence = providerOf('agreements', { agreements: signedAgreements });
