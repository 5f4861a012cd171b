/**
 * The registry's copy of an institution's standing (institutions.standard_status, _valid_until,
 * _decision_number; domain/institutions/standing.ts), written in the transaction of the
 * dossier's move so the registry and the public directory never disagree with the dossier.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import type { DossierRow } from './load.js';

const where = (row: DossierRow) =>
  and(eq(institutions.regionCode, row.regionCode), eq(institutions.id, row.institutionId));

/**
 * A dossier started or reopened: "proses" — unless the institution holds a standardisation
 * still in force (from another version), which stays shown until it lapses or a decision
 * replaces it.
 */
export async function markInProcess(tx: Db, row: DossierRow, today: string) {
  await tx
    .update(institutions)
    .set({ standardStatus: 'proses' })
    .where(
      and(
        where(row),
        or(
          sql`${institutions.standardStatus} <> 'terstandar'`,
          sql`${institutions.standardValidUntil} < ${today}`,
        ),
      ),
    );
}

export async function writeDecision(tx: Db, row: DossierRow) {
  await tx
    .update(institutions)
    .set({
      standardStatus: row.outcome ?? 'proses',
      standardValidUntil: row.outcome === 'terstandar' ? row.validUntil : null,
      standardDecisionNumber: row.decisionNumber,
    })
    .where(where(row));
}

/** A revoked standardisation: the institution is no longer standardised. */
export async function clearStanding(tx: Db, row: DossierRow) {
  await tx
    .update(institutions)
    .set({ standardStatus: 'belum', standardValidUntil: null, standardDecisionNumber: null })
    .where(and(where(row), eq(institutions.standardDecisionNumber, row.decisionNumber ?? '')));
}
