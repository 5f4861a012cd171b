/**
 * DEMO DATA — Kota Palu's scoring configuration of the yearly monev result for the demo years:
 * the example (EXAMPLE_SCORING_CONFIG), whose source note opens with "CONTOH — bukan ketentuan
 * resmi", so the results page and the Rakor documents show results out of the box and say they
 * rest on an example. Removal takes a year's demo versions only while no admin has saved a
 * version of their own for it (then the chain stays as the admin found it).
 */
import { and, eq, sql } from 'drizzle-orm';
import { EXAMPLE_SCORING_CONFIG } from '../../../domain/monev/scoring.js';
import type { Db } from '../connection.js';
import { monevScoringConfigs } from '../schema-monev.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_MONEV_YEARS } from './demo-monev-data.js';

export async function seedDemoMonevScoring(db: Db): Promise<void> {
  const { sourceNote, criteria, grades } = EXAMPLE_SCORING_CONFIG;
  await db
    .insert(monevScoringConfigs)
    .values(
      DEMO_MONEV_YEARS.map(({ year }) => ({
        regionCode: DEMO_REGION,
        year,
        version: 1,
        sourceNote,
        criteria: structuredClone([...criteria]),
        grades: structuredClone([...grades]),
        isDemo: true,
      })),
    )
    .onConflictDoNothing();
}

export async function removeDemoMonevScoring(db: Db): Promise<void> {
  await db.delete(monevScoringConfigs).where(
    and(
      eq(monevScoringConfigs.regionCode, DEMO_REGION),
      eq(monevScoringConfigs.isDemo, true),
      sql`not exists (select 1 from monev_scoring_configs own
          where own.region_code = ${monevScoringConfigs.regionCode} and own.year = ${monevScoringConfigs.year}
            and not own.is_demo)`,
    ),
  );
}
