/**
 * DEMO: Kota Palu's gender indices computed from the demo's own data terpilah — nothing typed
 * in here. For every demo year, an index is stored only when "Ambil dari data terpilah" finds
 * every one of its components verified (dataComponentsOf, the same read the screen's preview
 * and its save use); the row goes through writeIndexValues, so it is computed with the latest
 * method version, each component keeps origin `data` and names its indicator, one audit entry
 * each. No BPS published value is stored: the demo has none, so the page shows the computed
 * value alone.
 *
 * In practice that is the IPG of the verified demo years. The IKG is tried by the same rule
 * but is never complete (MTF, MHPK20 and upper-secondary attainment have no catalog indicator,
 * domain/indices/data-sources.ts); the IPM is wholly unmapped, and the IDG is left to users
 * (it has no computed value to show, docs/indices.md).
 */
import { and, eq } from 'drizzle-orm';
import type { AuditSubject } from '../../lib/audit.js';
import { dataComponentsOf } from '../../modules/indices/from-data.js';
import { methodOf } from '../../modules/indices/methods.js';
import { findIndexValue } from '../../modules/indices/queries.js';
import { inputSpecsOf } from '../../modules/indices/specs.js';
import { writeIndexValues, type RegionYearWrite } from '../../modules/indices/values.js';
import type { Db } from '../connection.js';
import { indexValues } from '../schema-indices.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_YEARS } from './demo-values-seed.js';

const DEMO_INDICES = ['ipg', 'ikg'] as const;
const SEED: AuditSubject = { userId: null, username: 'system:seed-demo', ip: null };

/** Adds the region-years not stored yet (a stored one, demo or edited since, is left alone); returns how many. */
export async function seedDemoIndices(tx: Db): Promise<number> {
  let written = 0;
  for (const index of DEMO_INDICES) {
    const method = await methodOf(tx, index);
    const specs = inputSpecsOf(index, method.params);
    const writes: RegionYearWrite[] = [];
    for (const year of DEMO_YEARS) {
      if (await findIndexValue(tx, DEMO_REGION, index, year)) continue;
      const read = await dataComponentsOf(tx, DEMO_REGION, index, year, specs, method.params);
      const figures = specs.map((s) => read.get(s.name)!);
      if (figures.some((f) => f.status !== 'verified')) continue;
      const components = Object.fromEntries(
        figures.map((f) => [f.component, { value: f.value!, source: f.source, origin: 'data' as const }]),
      );
      writes.push({ code: DEMO_REGION, year, write: { components, published: null }, before: undefined });
    }
    if (writes.length === 0) continue;
    written += (await writeIndexValues(tx, SEED, index, writes, 'data', method, true)).length;
  }
  return written;
}

export async function removeDemoIndices(tx: Db): Promise<number> {
  const removed = await tx
    .delete(indexValues)
    .where(and(eq(indexValues.regionCode, DEMO_REGION), eq(indexValues.isDemo, true)))
    .returning({ year: indexValues.year });
  return removed.length;
}
