/**
 * ARG recap benchmark (issue 4): a region with 40 OPDs × 400 sub-kegiatan (16,000 lines, about
 * 60 % ARG-tagged) and 200 GAP documents in a mix of statuses, then GET /api/regions/:code/
 * arg-recap through the real app (signed in as the region's admin): p50/p95/max over RUNS
 * requests after a warm-up, first with no change between reads (served from the cache after
 * its freshness check), then with a change before every read (each read recomputes). Target:
 * p95 ≤ 100 ms on both databases.
 *   npx tsx bench/planning-recap.ts                    # PGlite in a temporary directory
 *   npx tsx bench/planning-recap.ts --url postgres://postgres@127.0.0.1:5432/postgres
 * With --url, a scratch database is created on that server and dropped at the end.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { gapDocuments, subActivities } from '../server/db/schema-planning.js';
import { openAndMigrate } from '../server/start.js';
import { lcg, scratchTarget, seedRegion, signIn } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string' } } });
const RUNS = Number(args.runs ?? 200);
const WARM_UP = 20;
const REGION = '73.71'; // Kota Makassar: any kab/kota of the reference list
const YEAR = 2026;
const OPDS = 40;
const LINES_PER_OPD = 400;
const GAPS = 200;
const PASSWORD = 'Bench#Recap2026';
const CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan', 'netral'] as const;
const STATUSES = ['draft', 'submitted', 'revision', 'approved'] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const target = await scratchTarget(args.url, 'recap');
const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const started = Date.now();
  const random = lcg(2026);
  const db = database.db;
  const opdRows = await seedRegion(
    db,
    {
      regionCode: REGION,
      opds: OPDS,
      name: (i) => `Perangkat Daerah Uji ${i}`,
      shortName: (i) => `PD${i}`,
    },
    PASSWORD,
  );
  const lines: (typeof subActivities.$inferInsert)[] = [];
  opdRows.forEach(({ id }, o) => {
    // Each OPD works in one bidang, spread over programs 01–09 and kegiatan 2.01–2.20.
    const bidang = `${1 + (o % 3)}.${String(1 + (o % 32)).padStart(2, '0')}`;
    for (let n = 0; n < LINES_PER_OPD; n++) {
      const program = String(1 + (n % 9)).padStart(2, '0');
      const kegiatan = String(1 + (Math.floor(n / 9) % 20)).padStart(2, '0');
      const sub = String(1 + Math.floor(n / 180)).padStart(4, '0');
      const budgetSen =
        BigInt(Math.floor(25_000_000 + random() * 2_475_000_000)) * 100n + BigInt(Math.floor(random() * 100));
      const tagged = random() < 0.6;
      const category = tagged ? CATEGORIES[Math.floor(random() * 4)] : null;
      const amountSen =
        category === null
          ? null
          : category === 'netral'
            ? 0n
            : (budgetSen * BigInt(40 + Math.floor(random() * 61))) / 100n;
      const text = (sen: bigint) => `${sen / 100n}.${String(sen % 100n).padStart(2, '0')}`;
      lines.push({
        regionCode: REGION,
        year: YEAR,
        opdId: id,
        code: `${bidang}.${program}.2.${kegiatan}.${sub}`,
        name: `Sub kegiatan uji ${o + 1}-${n + 1}`,
        budget: text(budgetSen),
        argCategory: category,
        argAmount: amountSen === null ? null : text(amountSen),
      });
    }
  });
  const ids: { id: string; opdId: string }[] = [];
  for (let i = 0; i < lines.length; i += 1000) {
    ids.push(
      ...(await db
        .insert(subActivities)
        .values(lines.slice(i, i + 1000))
        .returning({ id: subActivities.id, opdId: subActivities.opdId })),
    );
  }
  const step = Math.floor(ids.length / GAPS);
  await db.insert(gapDocuments).values(
    Array.from({ length: GAPS }, (_, i) => ({
      regionCode: REGION,
      subActivityId: ids[i * step].id,
      opdId: ids[i * step].opdId,
      year: YEAR,
      status: STATUSES[i % 4],
      gap: { steps: {} },
      submission: i % 4 === 0 ? 0 : 1,
    })),
  );
  await db.execute(sql`analyze`);
  console.log(
    `${target.label}: ${lines.length} sub-kegiatan, ${GAPS} GAP documents built in ${Date.now() - started} ms`,
  );

  const cookie = await signIn(app, PASSWORD);
  const get = async () => {
    const res = await app.inject({
      url: `/api/regions/${REGION}/arg-recap?year=${YEAR}`,
      headers: { cookie },
    });
    if (res.statusCode !== 200) throw new Error(`recap failed: ${res.statusCode} ${res.body}`);
    return res;
  };
  const first = (await get()).json();
  console.log(
    `recap: total ${first.totalBudget}, responsive ${first.responsiveAmount} (${first.responsiveShare} %), ` +
      `${first.byOpd.length} OPDs, ${first.byProgram.length} programs`,
  );
  for (let i = 0; i < WARM_UP; i++) await get();
  const report = (label: string, ms: number[]) => {
    ms.sort((a, b) => a - b);
    const p95 = percentile(ms, 95);
    console.log(
      `${label}: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms` +
        ` — target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'}`,
    );
  };
  const timed = async () => {
    const t = process.hrtime.bigint();
    await get();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  // Reads between changes: the recap comes from the cache after a freshness check.
  const steady: number[] = [];
  for (let i = 0; i < RUNS; i++) steady.push(await timed());
  report(`GET arg-recap × ${RUNS}, no change between reads`, steady);
  // Worst case: a line's tag changes before every read, so each read recomputes the recap.
  const fresh: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const line = ids[(i * 7919) % ids.length];
    await db.execute(sql`update sub_activities set updated_at = now() where id = ${line.id}`);
    fresh.push(await timed());
  }
  report(`GET arg-recap × ${RUNS}, a change before each read`, fresh);
} finally {
  await app.close();
  await database.close();
  await target.cleanup();
}
