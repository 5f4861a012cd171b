/**
 * DEMO DATA — Kota Palu's Evaluasi PUG worksheets on the example instrument (PUG-CONTOH,
 * "CONTOH — bukan instrumen resmi"): last year's (2025) submitted and verified by the province
 * in both stages — a score adjusted with a comment and the region's reply — and this year's
 * (2026) in progress, about half answered. The two demo cycles (PPE 2025, closed; PPE 2026,
 * open) are created only when no cycle of that year and award exists, with fixed ids so that
 * removing the demo removes them too when nothing else uses them. Answers link the evidence
 * repository's demo documents. Every worksheet row is is_demo (the page says DEMO).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AnswerValue, InstrumentQuestion } from '../../../domain/evaluation/instrument.js';
import { pointsOf } from '../../../domain/evaluation/scoring.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import { loadCycle } from '../../modules/evaluation/load.js';
import { refreshWorksheet } from '../../modules/evaluation/score.js';
import { EXAMPLE_INSTRUMENT_ID } from '../../modules/evaluation-instruments/examples.js';
import type { Db } from '../connection.js';
import { users } from '../schema.js';
import {
  evaluationAnswerLinks,
  evaluationAnswers,
  evaluationDecisions,
  evaluationReplies,
  evaluationWorksheets,
} from '../schema-evaluation.js';
import { evaluationEvidenceDocuments } from '../schema-evaluation-evidence.js';
import { evaluationCycles, evaluationCycleTiers } from '../schema-evaluation-instruments.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_CYCLE_IDS = [
  '65766170-7567-4000-8000-00000000c025',
  '65766170-7567-4000-8000-00000000c026',
];

/** CONTOH bands of the example instrument (max 100): not KemenPPPA's, which are not public. */
const TIERS = [
  { name: 'Pratama', min: 20, max: 40 },
  { name: 'Madya', min: 40, max: 60 },
  { name: 'Nindya', min: 60, max: 75 },
  { name: 'Utama', min: 75, max: 90 },
  { name: 'Mentor', min: 90, max: 100 },
];

async function demoCycle(tx: Db, id: string, year: number, open: boolean): Promise<string> {
  const today = todayInRegion(DEMO_REGION);
  // This year's window stays open a while whenever the demo is seeded, so it can be tried.
  const end = open ? [`${year}-12-31`, addDays(today, 60)].sort()[1] : `${year}-09-15`;
  const day = (n: number) => addDays(end, n);
  await tx
    .insert(evaluationCycles)
    .values({
      id,
      year,
      award: 'PPE',
      name: `Evaluasi PUG ${year} (demo)`,
      instrumentId: EXAMPLE_INSTRUMENT_ID,
      status: open ? 'open' : 'closed',
      selfAssessmentStart: `${year}-08-01`,
      selfAssessmentEnd: end,
      adminVerificationStart: day(1),
      adminVerificationEnd: day(30),
      fieldVerificationStart: day(31),
      fieldVerificationEnd: day(60),
      finalStart: day(61),
      finalEnd: day(75),
      openedAt: new Date(`${year}-08-01T00:00:00Z`),
      closedAt: open ? null : new Date(`${year}-12-15T00:00:00Z`),
    })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ id: evaluationCycles.id })
    .from(evaluationCycles)
    .where(and(eq(evaluationCycles.year, year), eq(evaluationCycles.award, 'PPE')));
  if (row.id === id)
    await tx
      .insert(evaluationCycleTiers)
      .values(
        TIERS.map((t, i) => ({ cycleId: id, name: t.name, minScore: t.min, maxScore: t.max, position: i })),
      )
      .onConflictDoNothing();
  return row.id;
}

/** A plausible answer for the i-th question: mostly good, some partial (deterministic). */
function answerOf(q: InstrumentQuestion, i: number): AnswerValue {
  const weak = i % 4 === 3;
  switch (q.answerType) {
    case 'yes_no':
      return !weak;
    case 'choice':
      return q.options?.[weak ? 1 : 0]?.code ?? null;
    case 'percentage':
      return weak ? 45 : 80;
    case 'number':
      return weak ? 12 : 60;
    case 'text':
      return 'Contoh uraian: kegiatan inovasi PUG Kota Palu (data demo).';
  }
}

export async function seedDemoEvaluation(tx: Db): Promise<number> {
  const [existing] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(evaluationWorksheets)
    .where(and(eq(evaluationWorksheets.regionCode, DEMO_REGION), eq(evaluationWorksheets.isDemo, true)));
  if (existing.n > 0) return 0;
  const people = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['demo.admin', 'demo.provinsi']));
  const admin = people.find((p) => p.username === 'demo.admin')?.id ?? null;
  const prov = people.find((p) => p.username === 'demo.provinsi')?.id ?? null;
  const docs = await tx
    .select()
    .from(evaluationEvidenceDocuments)
    .where(
      and(
        eq(evaluationEvidenceDocuments.regionCode, DEMO_REGION),
        eq(evaluationEvidenceDocuments.isDemo, true),
      ),
    );
  let made = 0;
  for (const [year, open] of [
    [2025, false],
    [2026, true],
  ] as const) {
    const cycleId = await demoCycle(tx, DEMO_CYCLE_IDS[year - 2025], year, open);
    const cycle = await loadCycle(tx, cycleId);
    const [ws] = await tx
      .insert(evaluationWorksheets)
      .values({ regionCode: DEMO_REGION, cycleId, isDemo: true })
      .onConflictDoNothing()
      .returning();
    if (!ws) continue;
    const questions = [...cycle.instrument.byCode.values()];
    const answered = open ? questions.slice(0, Math.ceil(questions.length / 2)) : questions;
    const at = new Date(`${year}-09-0${open ? 1 : 5}T02:00:00Z`);
    for (const [i, q] of answered.entries())
      await tx.insert(evaluationAnswers).values({
        regionCode: DEMO_REGION,
        worksheetId: ws.id,
        questionCode: q.code,
        value: answerOf(q, i),
        // As an answer saved through the app keeps them (answers.ts).
        points: pointsOf(q, answerOf(q, i)),
        note: i === 0 ? 'Data demo.' : '',
        version: 1,
        updatedBy: admin,
        updatedAt: at,
      });
    for (const q of answered)
      for (const d of docs.filter((doc) => q.evidenceKinds.includes(doc.kind) && doc.year <= year))
        await tx.insert(evaluationAnswerLinks).values({
          regionCode: DEMO_REGION,
          worksheetId: ws.id,
          questionCode: q.code,
          kind: d.kind,
          source: 'upload',
          documentId: d.id,
          title: d.title,
          year: d.year,
          confirmedBy: admin,
          confirmedAt: at,
        });
    if (!open) {
      const adjusted = questions.find((q) => q.answerType === 'choice') ?? questions[0];
      await tx.insert(evaluationDecisions).values(
        questions.flatMap((q) =>
          (['administrative', 'field'] as const).map((stage) => {
            const adjust = stage === 'administrative' && q.code === adjusted.code;
            return {
              regionCode: DEMO_REGION,
              worksheetId: ws.id,
              stage,
              questionCode: q.code,
              decision: adjust ? ('adjusted' as const) : ('accepted' as const),
              adjustedScore: adjust ? Math.min(2, q.maxScore) : null,
              comment: adjust
                ? 'Rencana aksi belum memuat anggaran kegiatan (contoh catatan verifikator).'
                : '',
              byClose: !adjust,
              decidedBy: prov,
              decidedAt: new Date(`${year}-${stage === 'administrative' ? '10-10' : '11-20'}T03:00:00Z`),
            };
          }),
        ),
      );
      await tx.insert(evaluationReplies).values({
        regionCode: DEMO_REGION,
        worksheetId: ws.id,
        stage: 'administrative',
        questionCode: adjusted.code,
        body: 'Anggaran kegiatan dimuat dalam Renja DP3A; dokumen menyusul (contoh tanggapan daerah).',
        repliedBy: admin,
        repliedAt: new Date(`${year}-10-12T03:00:00Z`),
      });
    }
    await refreshWorksheet(
      tx,
      ws,
      cycle.instrument,
      cycle.tiers,
      open
        ? {}
        : {
            status: 'final',
            submittedAt: new Date(`${year}-09-12T03:00:00Z`),
            submittedBy: admin,
            administrativeClosedAt: new Date(`${year}-10-15T03:00:00Z`),
            administrativeClosedBy: prov,
            fieldClosedAt: new Date(`${year}-11-25T03:00:00Z`),
            fieldClosedBy: prov,
          },
    );
    made++;
  }
  return made;
}

export async function removeDemoEvaluation(tx: Db): Promise<void> {
  await tx.delete(evaluationWorksheets).where(eq(evaluationWorksheets.isDemo, true));
  // The demo cycles go too unless real worksheets were started in them.
  await tx.execute(
    sql`delete from evaluation_cycles c where c.id in (${sql.join(
      DEMO_CYCLE_IDS.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) and not exists (select 1 from evaluation_worksheets w where w.cycle_id = c.id)`,
  );
}
