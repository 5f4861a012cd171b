/**
 * The SQL that inserts the example instrument (examples.ts), pasted into migration 0031 so every
 * database — not only the demo — starts with it, frozen (it is never edited; a new version is a
 * copy). The module's test checks the migration holds exactly this text.
 */
import { EXAMPLE_INSTRUMENT, EXAMPLE_INSTRUMENT_ID } from './examples.js';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const orNull = (s: string | null | undefined) => (s == null ? 'NULL' : q(s));
const json = (v: unknown) => (v == null ? 'NULL' : `${q(JSON.stringify(v))}::jsonb`);

export function exampleInstrumentSql(): string {
  const d = EXAMPLE_INSTRUMENT;
  const id = q(EXAMPLE_INSTRUMENT_ID);
  const out = [
    `INSERT INTO "evaluation_instruments" ("id","code","version","name","source_note","example","frozen","frozen_at") VALUES (${id},${q(d.code)},1,${q(d.name)},${q(d.sourceNote)},true,true,now());`,
  ];
  let position = 0;
  d.areas.forEach((a, ai) => {
    out.push(
      `INSERT INTO "evaluation_instrument_areas" ("instrument_id","code","name","name_en","position") VALUES (${id},${q(a.code)},${q(a.name)},${orNull(a.nameEn)},${ai + 1});`,
    );
    for (const x of a.questions) {
      position += 1;
      out.push(
        `INSERT INTO "evaluation_instrument_questions" ("instrument_id","area_id","code","text","text_en","help","answer_type","max_score","weight","thresholds","target","evidence_kinds","condition_question_code","condition_equals","position") SELECT ${id},"id",${q(x.code)},${q(x.text)},${orNull(x.textEn)},${orNull(x.help)},${q(x.answerType)},${x.maxScore},${x.weight},${json(x.thresholds?.length ? x.thresholds : null)},${x.target ?? 'NULL'},${json(x.evidenceKinds)},${orNull(x.condition?.questionCode)},${json(x.condition?.equals ?? null)},${position} FROM "evaluation_instrument_areas" WHERE "instrument_id" = ${id} AND "code" = ${q(a.code)};`,
      );
      (x.options ?? []).forEach((o, oi) => {
        out.push(
          `INSERT INTO "evaluation_instrument_options" ("question_id","code","label","label_en","score","position") SELECT "id",${q(o.code)},${q(o.label)},${orNull(o.labelEn)},${o.score},${oi + 1} FROM "evaluation_instrument_questions" WHERE "instrument_id" = ${id} AND "code" = ${q(x.code)};`,
        );
      });
    }
  });
  return out.join('\n--> statement-breakpoint\n');
}
