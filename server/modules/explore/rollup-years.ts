/**
 * GET /api/explore/rollup: one province (or the nation) over years, its figure rolled up from
 * the regions below it beside the value stored for it — the province page's check that a
 * published figure agrees with its kab/kota. The same reads and rules as the region figures
 * (region-figures.ts), over a range of years instead of two: still one GROUP BY.
 * A province rolls up from its kab/kota; the nation from its provinces, each as stored or else
 * rolled up from its own kab/kota (as GET /api/explore/regions?scope=national&level=provinsi).
 */
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { indicatorOut, readScope, resolveRow, scopeFigureOf } from './region-figures.js';

export async function rollupOverYears(
  db: Db,
  actor: Actor | null,
  q: { indicator: string; region: string; from: string; to: string },
) {
  const level = q.region === NATIONAL_CODE ? 'provinsi' : 'kabkota';
  const years: number[] = [];
  for (let y = Number(q.from); y <= Number(q.to); y++) years.push(y);
  const { values, scopeRegion, listed } = await readScope(
    db,
    actor,
    { indicator: q.indicator, scopeCode: q.region, level, periods: years.map(String) },
    'region',
  );
  return {
    indicator: indicatorOut(values.ind),
    region: { code: scopeRegion.code, name: scopeRegion.name },
    rolledUpFrom: level,
    years: years.map((year) => {
      const rows = listed.map((r) => resolveRow(values, level, r.code, String(year)));
      return { year, ...scopeFigureOf(values, q.region, rows, String(year)) };
    }),
  } as const;
}
