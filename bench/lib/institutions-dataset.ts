/**
 * The national service-institution dataset for benchmarks (issue 12): `perRegion` institutions
 * in each of the first `regions` kab/kota and provinces of the reference list (552 × 200 =
 * 110 k), generated inside the database (insert … select generate_series): a spread of types,
 * fields, kecamatan, owners with AHU numbers, four in five listed publicly, one in twenty
 * inactive, and standardisation states — terstandar (some expired), in progress, none — plus a
 * leader and a staff member each. Shared by bench/institutions.ts and the standards and
 * services benches, which add their rows to these institutions.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.js';

export const BENCH_INSTITUTION_PREFIX = 'Lembaga Uji ';

export interface InstitutionsDataset {
  regions: number;
  perRegion: number;
}

/** Inserts the dataset unless it is there; returns the number of bench institutions. */
export async function loadInstitutionsDataset(
  db: Db,
  { regions, perRegion }: InstitutionsDataset,
): Promise<number> {
  const present = (await db.execute(
    sql`select count(*)::int as n from institutions where name like ${BENCH_INSTITUTION_PREFIX + '%'}`,
  )) as unknown as { rows: { n: number }[] };
  if (present.rows[0]!.n > 0) return present.rows[0]!.n;
  await db.execute(sql`
    create temporary table bench_inst_regions as
    select code, row_number() over (order by level = 'provinsi', code) as n
    from regions where level in ('kabkota', 'provinsi') order by level = 'provinsi', code limit ${regions}`);
  await db.execute(sql`
    insert into institutions (region_code, name, name_key, type_id, owner_kind, legal_entity_number,
      legal_entity_date, fields, description, address, address_key, kecamatan_code, latitude, longitude,
      phone, email, listed_publicly, status, standard_status, standard_valid_until, standard_decision_number)
    select r.code,
      ${BENCH_INSTITUTION_PREFIX} || i || ' ' || r.code,
      'lembaga uji ' || i || ' ' || replace(r.code, '.', ' '),
      t.id,
      case when i % 10 = 0 then 'pemerintah' else 'masyarakat' end,
      case when i % 10 = 0 then 'Perda uji ' || i else 'AHU-' || lpad(i::text, 7, '0') || '.AH.01.07.TAHUN 2019' end,
      date '2019-01-01' + i,
      string_to_array((array['ekonomi', 'politik', 'hukum,sosial', 'budaya', 'sosial', 'ekonomi,lingkungan',
        'konsultasi,konseling', 'edukasi_pengasuhan'])[1 + i % 8], ','),
      'Layanan uji untuk perempuan dan keluarga nomor ' || i || '.',
      'Jalan Uji No. ' || i, 'jalan uji ' || i,
      (select d.code from dimension_members d where d.set_code = 'kecamatan' and d.code like r.code || '.%'
        order by d.code offset (i % 5) limit 1),
      case when i % 3 = 0 then -0.9 + (i % 100) / 1000.0 end,
      case when i % 3 = 0 then 119.87 + (i % 100) / 1000.0 end,
      '0451 ' || lpad(i::text, 6, '0'), 'lembaga' || i || '@bench.invalid',
      i % 5 <> 0,
      case when i % 20 = 0 then 'nonaktif' else 'aktif' end,
      case when i % 4 = 0 then 'terstandar' when i % 7 = 0 then 'proses' else 'belum' end,
      case when i % 4 = 0 then (case when i % 8 = 0 then date '2024-06-30' else date '2029-06-30' end) end,
      case when i % 4 = 0 then 'KEP-UJI/' || i end
    from bench_inst_regions r
    cross join generate_series(1, ${perRegion}) i
    join institution_types t on t.owner_region_code is null
      and t.code = (array['lplpp', 'lplpp', 'lplpp', 'puspaga', 'lpkk', 'uptd_ppa', 'lainnya'])[1 + i % 7]`);
  await db.execute(sql`
    insert into institution_staff (region_code, institution_id, full_name, role, position, sex, phone)
    select region_code, id, 'Pimpinan Uji ' || left(id::text, 8), 'pimpinan', 'Ketua', 'P', '0812000000'
    from institutions where name like ${BENCH_INSTITUTION_PREFIX + '%'}
    union all
    select region_code, id, 'Staf Uji ' || left(id::text, 8), 'staf', 'Konselor', 'L', null
    from institutions where name like ${BENCH_INSTITUTION_PREFIX + '%'}`);
  await db.execute(sql`
    insert into institution_status_history (region_code, institution_id, to_status, reason)
    select region_code, id, 'aktif', 'bench' from institutions where name like ${BENCH_INSTITUTION_PREFIX + '%'}`);
  await db.execute(sql`drop table bench_inst_regions`);
  await db.execute(sql`vacuum (analyze)`);
  const after = (await db.execute(
    sql`select count(*)::int as n from institutions where name like ${BENCH_INSTITUTION_PREFIX + '%'}`,
  )) as unknown as { rows: { n: number }[] };
  return after.rows[0]!.n;
}
