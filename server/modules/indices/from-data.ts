/**
 * "Ambil dari data terpilah": an index component read from the region's own data terpilah
 * through the mapping of domain/indices/data-sources.ts. Only verified figures are taken; a
 * figure still in draft or submitted is reported with its status and a missing one as
 * missing. The preview never writes: the user chooses which components to take and saves
 * them through PUT …/:year with `origin: 'data'`, which reads the figure again here
 * (`dataComponentsOf`) so a stored `data` component is always the verified figure it names.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DataComponentPreview } from '../../../api/indices.js';
import { canManageIndexValues } from '../../../domain/indices/access.js';
import type { IndexCode } from '../../../domain/indices/constants.js';
import {
  COMPONENT_DATA_SOURCES,
  componentValue,
  isMapped,
  mappedIndicatorCodes,
  sexesNeeded,
  type DataComponentStatus,
  type MappedComponent,
} from '../../../domain/indices/data-sources.js';
import { inputsBelowGoalposts } from '../../../domain/indices/human-development.js';
import { withinRange } from '../../../domain/indices/inputs.js';
import type { IndexMethods } from '../../../domain/indices/method.js';
import { VALUE_STATUSES } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { combineSexes, partsOf } from '../explore/combine.js';
import { keyOf, loadAggIndicators, sumsBySex } from '../explore/sums.js';
import { methodOf } from './methods.js';
import { inputSpecsOf, type LabelledSpec } from './specs.js';
import { getRegion } from '../regions/service.js';
import { findIndexValue } from './queries.js';

type PendingStatus = (typeof VALUE_STATUSES)[number];

export interface DataComponent {
  component: string;
  status: DataComponentStatus;
  value: number | null;
  indicator: { code: string; name: string; sex: 'P' | 'L'; transform: MappedComponent['transform'] } | null;
  pending: PendingStatus[];
  source: string;
  reason: string | null;
}

const TRANSFORM_NOTE: Record<MappedComponent['transform'], (sex: string) => string> = {
  same: (sex) => sex,
  complement: (sex) => `100 − ${sex}`,
  shareOfBoth: () => 'P/(P+L)',
};

/** The stored source of a component taken from data: the indicator's code and name, the sex. */
function sourceOf(src: MappedComponent, name: string, year: number): string {
  return `Data terpilah ${src.indicatorCode} (${name}), ${TRANSFORM_NOTE[src.transform](src.sex)}, ${year}, terverifikasi`.slice(
    0,
    300,
  );
}

/**
 * Every component of `index` for one region-year as data terpilah holds it. Two reads: the
 * verified sums by sex (a rate computed from its verified counts as explore computes it), and
 * which of the needed figures exist only unverified.
 */
export async function dataComponentsOf(
  db: Db,
  code: string,
  index: IndexCode,
  year: number,
  specs: LabelledSpec[],
  params: Record<string, unknown>,
): Promise<Map<string, DataComponent>> {
  const out = new Map<string, DataComponent>();
  const mapping = index === 'ikk' ? {} : COMPONENT_DATA_SOURCES[index];
  const codes = index === 'ikk' ? [] : mappedIndicatorCodes(index);
  const aggs = await loadAggIndicators(db, codes);
  const allCodes = [...aggs.keys()];
  const period = String(year);
  const [verified, open, names] =
    allCodes.length === 0
      ? [[], [], []]
      : await Promise.all([
          sumsBySex(db, { regionCodes: [code], period, indicatorCodes: allCodes, statuses: ['verified'] }),
          db
            .selectDistinct({
              code: dataValues.indicatorCode,
              sex: dataValues.sex,
              status: dataValues.status,
            })
            .from(dataValues)
            .where(
              and(
                eq(dataValues.regionCode, code),
                eq(dataValues.period, period),
                inArray(dataValues.indicatorCode, allCodes),
                ne(dataValues.status, 'verified'),
              ),
            ),
          db
            .select({ code: indicators.code, name: indicators.nameId })
            .from(indicators)
            .where(inArray(indicators.code, codes)),
        ]);
  const sums = new Map(verified.map((r) => [keyOf(r.indicatorCode, r.sex), r.sum]));
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  for (const spec of specs) {
    const src = mapping[spec.name];
    if (!src || !isMapped(src)) {
      out.set(spec.name, {
        component: spec.name,
        status: 'unmapped',
        value: null,
        indicator: null,
        pending: [],
        source: '',
        reason:
          src && !isMapped(src) ? src.unmapped : 'No data terpilah indicator is mapped to this component.',
      });
      continue;
    }
    const agg = aggs.get(src.indicatorCode);
    const name = nameOf.get(src.indicatorCode) ?? src.indicatorCode;
    const figures = agg ? combineSexes(agg, (c, s) => sums.get(keyOf(c, s))) : { p: null, l: null };
    const value = componentValue(src, figures);
    const wanted = new Set(agg ? partsOf(agg) : []);
    const needed = sexesNeeded(src);
    const pending = [
      ...new Set(
        open
          .filter((o) => wanted.has(o.code) && needed.includes(o.sex as 'P' | 'L'))
          .map((o) => o.status as PendingStatus),
      ),
    ].sort((a, b) => VALUE_STATUSES.indexOf(a) - VALUE_STATUSES.indexOf(b));
    let status: DataComponentStatus;
    if (value === null) status = pending.length > 0 ? 'unverified' : 'missing';
    else status = withinRange(spec, value) ? 'verified' : 'out_of_range';
    out.set(spec.name, {
      component: spec.name,
      status,
      value,
      indicator: { code: src.indicatorCode, name, sex: src.sex, transform: src.transform },
      pending,
      source: value === null ? '' : sourceOf(src, name, year),
      reason: null,
    });
  }
  // IPM/IPG: a figure at or under the method's goalpost minimum (expenditure entered in
  // thousands) would leave the index uncomputed; it is not taken.
  if (index === 'ipm' || index === 'ipg') {
    const verified = [...out.values()].filter((c) => c.status === 'verified');
    const values = Object.fromEntries(verified.map((c) => [c.component, c.value!]));
    const below = inputsBelowGoalposts(index, values, params as unknown as IndexMethods['ipm']);
    for (const name of below) {
      const c = out.get(name);
      if (c?.status === 'verified') c.status = 'out_of_range';
    }
  }
  return out;
}

/** GET …/data-components: the preview, beside what the region-year stores now. */
export async function previewDataComponents(
  db: Db,
  actor: Actor | null,
  target: { code: string; index: IndexCode; year: number },
): Promise<DataComponentPreview> {
  const a = requireActor(actor);
  // Taking a figure is an edit of the index value: the same people preview it.
  if (!canManageIndexValues(a, target.code)) throw new Forbidden();
  await getRegion(db, target.code);
  const method = await methodOf(db, target.index);
  const specs = inputSpecsOf(target.index, method.params);
  const [read, stored] = await Promise.all([
    dataComponentsOf(db, target.code, target.index, target.year, specs, method.params),
    findIndexValue(db, target.code, target.index, target.year),
  ]);
  return {
    year: target.year,
    items: specs.map((s) => ({ ...read.get(s.name)!, current: stored?.components[s.name] ?? null })),
    version: stored?.version ?? null,
  };
}
