/**
 * Prepares a benchmark database: migrated schema, the synthetic bench indicators and the
 * age-group combinations they use. PostgreSQL: a separate database (default setara_bench)
 * that the benchmark creates when missing.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { comboKey } from '../../domain/combo.js';
import type { Database } from '../../server/db/connection.js';
import { indicators } from '../../server/db/schema-data.js';
import { internCombos } from '../../server/modules/values/combos.js';
import { AGE_MEMBERS, BENCH_INDICATORS, benchIndicatorCode } from './national-dataset.js';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/setara_bench';

export async function ensurePgDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`create database ${name}`);
  await client.end();
}

/** Inserts the bench indicators (idempotent) and returns the age combos' ids in member order. */
export async function prepareBenchCatalog(database: Database): Promise<number[]> {
  const rows = Array.from({ length: BENCH_INDICATORS }, (_, i) => ({
    code: benchIndicatorCode(i),
    nameId: `Indikator uji ${i + 1}`,
    nameEn: `Benchmark indicator ${i + 1}`,
    unit: 'orang',
    domainGroup: 'kependudukan',
    source: 'administrative',
    aggregation: 'sum',
    dimensions: ['umur8'],
  }));
  await database.db.insert(indicators).values(rows).onConflictDoNothing();
  const keys = AGE_MEMBERS.map((m) => comboKey({ umur8: m }));
  const ids = await internCombos(database.db, keys);
  return keys.map((k) => ids.get(k)!);
}

export async function benchValueCount(database: Database): Promise<number> {
  const result = (await database.db.execute(
    sql`select count(*)::bigint as n from data_values where indicator_code like 'BENCH\_%'`,
  )) as unknown as { rows: { n: string }[] };
  return Number(result.rows[0].n);
}

/**
 * The kab/kota that hold bench values (the sample loads every tenth one only) and their
 * provinces, sorted. `period` narrows to the kab/kota loaded for that year.
 */
export async function loadedRegions(
  database: Database,
  period?: string,
): Promise<{ kabkota: string[]; provinces: string[] }> {
  const result = (await database.db.execute(
    sql`select distinct v.region_code, r.parent_code from data_values v join regions r on r.code = v.region_code
        where v.indicator_code = 'BENCH_001' and r.level = 'kabkota'
        ${period ? sql`and v.period = ${period}` : sql``}`,
  )) as unknown as { rows: { region_code: string; parent_code: string }[] };
  return {
    kabkota: result.rows.map((r) => r.region_code).sort(),
    provinces: [...new Set(result.rows.map((r) => r.parent_code))].sort(),
  };
}
