/**
 * Loads the national-scale dataset (bench/lib/national-dataset.ts) with raw COPY and prints
 * the load figures. Run once before bench/queries.ts:
 *   npx tsx bench/load-national.ts [--sample] [--url postgres://…/setara_bench | --pglite DIR]
 * --sample loads the 1/10 sample (every tenth kab/kota). Re-running skips a loaded dataset.
 */
import { eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { regions } from '../server/db/schema.js';
import { openAndMigrate } from '../server/start.js';
import { benchValueCount, prepareBenchCatalog } from './lib/bench-db.js';
import { benchTarget } from './lib/bench-target.js';
import { BENCH_INDICATORS, BENCH_YEARS, datasetStream, rowCount } from './lib/national-dataset.js';

const target = await benchTarget();
const database = await openAndMigrate(target.config);
try {
  const ageComboIds = await prepareBenchCatalog(database);
  const kabkota = (
    await database.db.select({ code: regions.code }).from(regions).where(eq(regions.level, 'kabkota'))
  )
    .map((r) => r.code)
    .sort();
  const regionCodes = target.sample ? kabkota.filter((_, i) => i % 10 === 0) : kabkota;
  const shape = { regionCodes, indicatorCount: BENCH_INDICATORS, years: BENCH_YEARS, ageComboIds };
  const expected = rowCount(shape);
  const present = await benchValueCount(database);
  if (present === expected) {
    console.log(`${target.label}: dataset already loaded, ${present.toLocaleString('en')} values`);
  } else {
    if (present > 0)
      throw new Error(`partial dataset (${present} of ${expected} values): drop it and reload`);
    const started = Date.now();
    await database.withSession((session) =>
      session.copyFrom(
        'data_values',
        ['region_code', 'indicator_code', 'period', 'sex', 'combo_id', 'value', 'status'],
        datasetStream(shape),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    // VACUUM sets the visibility map, without which the primary key's index-only scans
    // (migration 0039) still visit the table; autovacuum would do it later on its own.
    await database.db.execute(sql`vacuum (analyze) data_values`);
    console.log(
      `${target.label}: raw COPY of ${expected.toLocaleString('en')} values (${regionCodes.length} kab/kota × ` +
        `${BENCH_INDICATORS} indicators × ${BENCH_YEARS.length} years × 2 sexes × ${ageComboIds.length} age groups): ` +
        `${seconds.toFixed(1)} s, ${Math.round(expected / seconds).toLocaleString('en')} rows/s`,
    );
  }
} finally {
  await database.close();
}
