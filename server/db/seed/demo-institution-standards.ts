/**
 * DEMO DATA — standardisation in Kota Palu (issue 12), against the LPLPP example standard
 * (CONTOH — bukan standar resmi): one organisation standardised (decided terstandar, with a
 * decision number marked DEMO, valid 36 months, a verification code for its certificate), one
 * dossier waiting for DP3A's review and one sent back to the organisation with one criterion to
 * fix. The organisation of demo.lembaga has no dossier, so the account can start one. The
 * seed writes no evidence files (it has no file store); the notes say so. Every row is
 * is_demo; removing the demo removes them before the institutions they belong to.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { defaultValidUntil } from '../../../domain/institution-standards/validity.js';
import { LPLPP_EXAMPLE } from '../../modules/institution-standards/examples.js';
import type { Db } from '../connection.js';
import { institutions } from '../schema-institutions.js';
import {
  institutionDossierAnswers,
  institutionDossierHistory,
  institutionDossiers,
  institutionStandardCriteria,
} from '../schema-institution-standards.js';
import { DEMO_REGION } from './demo-data.js';

const STANDARDISED = 'Yayasan Rumah Perempuan Lembah Palu';
const IN_REVIEW = 'Koperasi Wanita Tunas Harapan Talise';
const TO_FIX = 'Perkumpulan Suara Perempuan Nosarara';
const DECISION_DATE = '2025-11-20';
/** Fixed, so the demo certificate's QR link is stable: /verifikasi-standar/DEM0STANDAR2025A. */
export const DEMO_VERIFICATION_CODE = 'DEM0STANDAR2025A';
const NOTE = 'Data demo: berkas bukti tidak disertakan.';

async function institutionId(tx: Db, name: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(
      and(
        eq(institutions.regionCode, DEMO_REGION),
        eq(institutions.name, name),
        eq(institutions.isDemo, true),
      ),
    );
  return row?.id ?? null;
}

export async function seedDemoInstitutionStandards(tx: Db): Promise<void> {
  const criteria = await tx
    .select()
    .from(institutionStandardCriteria)
    .where(eq(institutionStandardCriteria.standardId, LPLPP_EXAMPLE.id));
  if (!criteria.length) return;
  const plans = [
    { name: STANDARDISED, stage: 'decided' as const },
    { name: IN_REVIEW, stage: 'dp3a_review' as const },
    { name: TO_FIX, stage: 'fixing' as const },
  ];
  for (const plan of plans) {
    const inst = await institutionId(tx, plan.name);
    if (!inst) continue;
    const [existing] = await tx
      .select({ id: institutionDossiers.id })
      .from(institutionDossiers)
      .where(
        and(
          eq(institutionDossiers.institutionId, inst),
          eq(institutionDossiers.standardId, LPLPP_EXAMPLE.id),
        ),
      );
    if (existing) continue;
    const decided = plan.stage === 'decided';
    const validUntil = defaultValidUntil(DECISION_DATE, LPLPP_EXAMPLE.validityMonths);
    const [d] = await tx
      .insert(institutionDossiers)
      .values({
        regionCode: DEMO_REGION,
        institutionId: inst,
        standardId: LPLPP_EXAMPLE.id,
        stage: plan.stage,
        submittedAt: new Date('2025-10-01T02:00:00Z'),
        isDemo: true,
        ...(decided
          ? {
              outcome: 'terstandar' as const,
              decisionNumber: 'DEMO/463/DP3A/XI/2025',
              decisionDate: DECISION_DATE,
              validUntil,
              verificationCode: DEMO_VERIFICATION_CODE,
            }
          : {}),
      })
      .returning();
    await tx.insert(institutionDossierAnswers).values(
      criteria.map((c) => {
        const fix = plan.stage === 'fixing' && c.code === 'LEG.2';
        return {
          regionCode: DEMO_REGION,
          dossierId: d.id,
          criterionId: c.id,
          value: c.kind === 'yes_no' ? !fix : c.kind === 'scale' ? 3 : (c.thresholds?.at(-1)?.min ?? 1),
          note: NOTE,
          review: plan.stage === 'dp3a_review' ? null : fix ? ('needs_fix' as const) : ('accepted' as const),
          reviewComment: fix ? 'Lampirkan anggaran dasar dan anggaran rumah tangga yang berlaku.' : null,
        };
      }),
    );
    const steps: {
      action: 'create' | 'submit' | 'return_for_fix' | 'forward' | 'decide';
      from: null | typeof d.stage;
      to: typeof d.stage;
    }[] = [
      { action: 'create', from: null, to: 'draft' },
      { action: 'submit', from: 'draft', to: 'dp3a_review' },
      ...(plan.stage === 'fixing'
        ? [{ action: 'return_for_fix' as const, from: 'dp3a_review' as const, to: 'fixing' as const }]
        : []),
      ...(decided
        ? [
            { action: 'forward' as const, from: 'dp3a_review' as const, to: 'province_review' as const },
            { action: 'decide' as const, from: 'province_review' as const, to: 'decided' as const },
          ]
        : []),
    ];
    await tx.insert(institutionDossierHistory).values(
      steps.map((s, i) => ({
        regionCode: DEMO_REGION,
        dossierId: d.id,
        action: s.action,
        fromStage: s.from,
        toStage: s.to,
        note: 'Data demo',
        at: new Date(Date.UTC(2025, 9, 1 + i * 10, 2)),
      })),
    );
    await tx
      .update(institutions)
      .set(
        decided
          ? {
              standardStatus: 'terstandar',
              standardValidUntil: validUntil,
              standardDecisionNumber: 'DEMO/463/DP3A/XI/2025',
            }
          : { standardStatus: 'proses' },
      )
      .where(eq(institutions.id, inst));
  }
}

export async function removeDemoInstitutionStandards(tx: Db): Promise<void> {
  const rows = await tx
    .select({ id: institutionDossiers.id })
    .from(institutionDossiers)
    .where(eq(institutionDossiers.isDemo, true));
  if (rows.length)
    await tx.delete(institutionDossiers).where(
      inArray(
        institutionDossiers.id,
        rows.map((r) => r.id),
      ),
    );
}
