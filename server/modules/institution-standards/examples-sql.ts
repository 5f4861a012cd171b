/**
 * The SQL that inserts the example standards (examples.ts), pasted into migration 0024 so
 * every database — not only the demo — starts with them, published. examples.test.ts checks
 * the migration holds exactly this text, so the data and the migration cannot drift apart.
 */
import { EXAMPLE_STANDARDS } from './examples.js';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function exampleStandardsSql(): string {
  const out: string[] = [];
  for (const s of EXAMPLE_STANDARDS) {
    out.push(
      `INSERT INTO "institution_standards" ("id","code","version","name","institution_type","status","source_note","validity_months","national_review","example","published_at") VALUES (${q(s.id)},${q(s.code)},${s.version},${q(s.name)},${q(s.institutionType)},'published',${q(s.sourceNote)},${s.validityMonths},${s.nationalReview},true,now());`,
    );
    s.elements.forEach((e, ei) => {
      out.push(
        `INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES (${q(s.id)},${q(e.code)},${q(e.name)},${ei + 1},${e.weight});`,
      );
      e.criteria.forEach((c, ci) => {
        const thresholds = c.thresholds?.length ? `${q(JSON.stringify(c.thresholds))}::jsonb` : 'NULL';
        out.push(
          `INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT ${q(s.id)},"id",${q(c.code)},${q(c.text)},${q(c.help ?? '')},${q(c.kind)},${c.scaleMax ?? 'NULL'},${thresholds},${c.weight},${q(c.evidenceExpected ?? '')},${ci + 1} FROM "institution_standard_elements" WHERE "standard_id" = ${q(s.id)} AND "code" = ${q(e.code)};`,
        );
      });
    });
  }
  return out.join('\n--> statement-breakpoint\n');
}
