/**
 * Shared by the evaluation tests, the permission table and the bench: an instrument and an
 * open cycle written straight into helper A's tables (their own API is another module's), and
 * a caller that speaks JSON to the app as a signed-in user.
 */
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { InstrumentContent, TierBand } from '../../../domain/evaluation/instrument.js';
import type { Db } from '../../db/connection.js';
import {
  evaluationCycles,
  evaluationCycleTiers,
  evaluationInstrumentAreas,
  evaluationInstrumentOptions,
  evaluationInstrumentQuestions,
  evaluationInstruments,
} from '../../db/schema-evaluation-instruments.js';
import type { TestApp } from '../../test-support/test-app.js';
import { ORIGIN } from '../imports/test-helpers.js';

export async function insertInstrument(db: Db, code: string, content: InstrumentContent): Promise<string> {
  const [ins] = await db
    .insert(evaluationInstruments)
    .values({
      code,
      version: 1,
      name: `Instrumen ${code}`,
      frozen: true,
      frozenAt: new Date(),
      example: false,
    })
    .returning({ id: evaluationInstruments.id });
  let position = 0;
  for (const [ai, area] of content.areas.entries()) {
    const [a] = await db
      .insert(evaluationInstrumentAreas)
      .values({
        instrumentId: ins.id,
        code: area.code,
        name: area.name,
        nameEn: area.nameEn ?? null,
        position: ai,
      })
      .returning({ id: evaluationInstrumentAreas.id });
    for (const q of area.questions) {
      const [row] = await db
        .insert(evaluationInstrumentQuestions)
        .values({
          instrumentId: ins.id,
          areaId: a.id,
          code: q.code,
          text: q.text,
          answerType: q.answerType,
          maxScore: q.maxScore,
          weight: q.weight,
          thresholds: q.thresholds ?? null,
          target: q.target ?? null,
          evidenceKinds: q.evidenceKinds,
          conditionQuestionCode: q.condition?.questionCode ?? null,
          conditionEquals: q.condition?.equals ?? null,
          position: position++,
        })
        .returning({ id: evaluationInstrumentQuestions.id });
      if (q.options?.length)
        await db.insert(evaluationInstrumentOptions).values(
          q.options.map((o, i) => ({
            questionId: row.id,
            code: o.code,
            label: o.label,
            score: o.score,
            position: i,
          })),
        );
    }
  }
  return ins.id;
}

export interface CycleOptions {
  year: number;
  instrumentId: string;
  tiers: TierBand[];
  /** Days from today the self-assessment window starts and ends (default: open now). */
  selfAssessment?: [number, number];
  nationalVerifiesKabKota?: boolean;
  award?: 'APE' | 'PPE';
}

/** An open cycle; its self-assessment window holds today (Palu's) unless told otherwise. */
export async function insertCycle(db: Db, o: CycleOptions): Promise<string> {
  const today = todayInRegion('72.71');
  const [s, e] = o.selfAssessment ?? [-10, 10];
  const day = (n: number) => addDays(today, n);
  const [c] = await db
    .insert(evaluationCycles)
    .values({
      year: o.year,
      award: o.award ?? 'PPE',
      name: `Evaluasi PUG ${o.year}`,
      instrumentId: o.instrumentId,
      status: 'open',
      selfAssessmentStart: day(s),
      selfAssessmentEnd: day(e),
      adminVerificationStart: day(e + 1),
      adminVerificationEnd: day(e + 20),
      fieldVerificationStart: day(e + 21),
      fieldVerificationEnd: day(e + 40),
      finalStart: day(e + 41),
      finalEnd: day(e + 60),
      nationalVerifiesKabKota: o.nationalVerifiesKabKota ?? false,
      openedAt: new Date(),
    })
    .returning({ id: evaluationCycles.id });
  await db
    .insert(evaluationCycleTiers)
    .values(
      o.tiers.map((t, i) => ({ cycleId: c.id, name: t.name, minScore: t.min, maxScore: t.max, position: i })),
    );
  return c.id;
}

export type Call = (
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) => Promise<{
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}>;

export function caller(t: TestApp): Call {
  return (cookie, method, url, payload) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, ...(method === 'GET' ? {} : { origin: ORIGIN }) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
