/**
 * DEMO: assigns the starter indicators to Kota Palu's demo agencies and writes the invented
 * demo figures of server/db/seed/demo-values.ts, all marked `is_demo`. Years up to the one
 * before last are verified, the last year is left as drafts so the review workflow can be
 * tried.
 */
import { eq } from 'drizzle-orm';
import { comboKey } from '../../../domain/combo.js';
import { internCombos } from '../../modules/values/combos.js';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import { dataValues, indicatorAssignments } from '../schema-data.js';
import { STARTER_INDICATORS } from './catalog-data.js';
import { DEMO_REGION } from './demo-data.js';
import { demoValues } from './demo-values.js';

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const CHUNK = 500;

export async function seedDemoValues(tx: Db): Promise<number> {
  const opds = await tx
    .select({ id: opd.id, shortName: opd.shortName })
    .from(opd)
    .where(eq(opd.regionCode, DEMO_REGION));
  const opdByShort = new Map(opds.map((o) => [o.shortName, o.id]));
  const assignments = STARTER_INDICATORS.filter((i) => opdByShort.has(i.responsibleOpd)).map((i) => ({
    regionCode: DEMO_REGION,
    indicatorCode: i.code,
    opdId: opdByShort.get(i.responsibleOpd)!,
    isDemo: true,
  }));
  if (assignments.length) await tx.insert(indicatorAssignments).values(assignments).onConflictDoNothing();

  const values = demoValues(DEMO_YEARS);
  const combos = await internCombos(
    tx,
    values.map((v) => comboKey(v.members)),
  );
  const lastYear = String(DEMO_YEARS[DEMO_YEARS.length - 1]);
  let written = 0;
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = values.slice(i, i + CHUNK).map((v) => ({
      regionCode: DEMO_REGION,
      indicatorCode: v.indicatorCode,
      period: v.period,
      sex: v.sex,
      comboId: combos.get(comboKey(v.members))!,
      value: v.value,
      status: v.period === lastYear ? ('draft' as const) : ('verified' as const),
      sourceRef: 'DEMO — angka contoh, bukan data resmi',
      isDemo: true,
    }));
    const inserted = await tx
      .insert(dataValues)
      .values(rows)
      .onConflictDoNothing()
      .returning({ sex: dataValues.sex });
    written += inserted.length;
  }
  return written;
}

export async function removeDemoValues(tx: Db): Promise<void> {
  await tx.delete(dataValues).where(eq(dataValues.isDemo, true));
  await tx.delete(indicatorAssignments).where(eq(indicatorAssignments.isDemo, true));
}
