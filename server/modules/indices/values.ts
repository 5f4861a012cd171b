/**
 * A region's index values by year: the components (typed in, imported or drawn from data
 * terpilah, each with its source), the value computed with the latest method version when none
 * is missing, BPS's published value beside it and their difference, and which dimension drives
 * the gender gap. A saved row keeps the method it was computed with, so a published figure is
 * never silently recomputed by a newer version.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { IndexValueRow, PutIndexValueBody, RegionIndexSeries } from '../../../api/indices.js';
import { canManageIndexValues, canReadIndexValues } from '../../../domain/indices/access.js';
import { INDEX_SCALE, type ComponentOrigin, type IndexCode } from '../../../domain/indices/constants.js';
import { gapDrivers } from '../../../domain/indices/drivers.js';
import { categoryOf, type FamilyMethod } from '../../../domain/indices/family.js';
import { withinRange } from '../../../domain/indices/inputs.js';
import type { Db } from '../../db/connection.js';
import { indexMethods, indexValues, type StoredComponent } from '../../db/schema-indices.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, recordAudits, subjectOf, type AuditSubject } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { methodOf, methodSummaryOf, type MethodRow } from './methods.js';
import { computeWith, inputSpecsOf, type LabelledSpec } from './specs.js';
import { dataComponentsOf } from './from-data.js';
import { getRegion } from '../regions/service.js';
import { findIndexValue, indexValueKey } from './queries.js';

type ValueRow = typeof indexValues.$inferSelect;

/**
 * Components checked against the index's inputs: unknown names and out-of-range values are
 * field errors under `prefix` (`components` for a save, a row and column for an import).
 */
function componentErrors(
  specs: LabelledSpec[],
  components: Record<string, { value: number }>,
  prefix: string,
): FieldErrors {
  const fields: FieldErrors = {};
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const [name, component] of Object.entries(components)) {
    const spec = byName.get(name);
    if (!spec) fields[`${prefix}.${name}`] = 'index_component_unknown';
    else if (!withinRange(spec, component.value))
      fields[`${prefix}.${name}`] = `index_input_range_${spec.unit}`;
  }
  return fields;
}

/** A published value outside the index's scale (IPM/IPG/IDG 0–100, IKG 0–1, …); none is fine. */
export function outsideIndexScale(index: IndexCode, published: number | null | undefined): boolean {
  if (published === null || published === undefined) return false;
  const scale = INDEX_SCALE[index];
  return !Number.isFinite(published) || published < scale.min || published > scale.max;
}

function rowDto(
  index: IndexCode,
  row: ValueRow,
  method: MethodRow | undefined,
  specs: LabelledSpec[],
): IndexValueRow {
  const computed = row.computed;
  return {
    year: row.year,
    components: row.components,
    missing: specs.filter((s) => row.components[s.name] === undefined).map((s) => s.name),
    computed,
    parts: row.parts ?? null,
    method: method ? methodSummaryOf(method) : null,
    published: row.published,
    publishedSource: row.publishedSource,
    difference: computed !== null && row.published !== null ? computed - row.published : null,
    drivers: gapDrivers(index, row.parts ?? null),
    category:
      index === 'ikk' && computed !== null && method
        ? categoryOf(computed, method.params as unknown as FamilyMethod)
        : null,
    isDemo: row.isDemo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listIndexValues(
  db: Db,
  actor: Actor | null,
  code: string,
  index: IndexCode,
): Promise<RegionIndexSeries> {
  const a = requireActor(actor);
  if (!canReadIndexValues(a, code)) throw new Forbidden();
  const region = await getRegion(db, code);
  const latest = await methodOf(db, index);
  const rows = await db
    .select({ value: indexValues, method: indexMethods })
    .from(indexValues)
    .leftJoin(indexMethods, eq(indexMethods.id, indexValues.methodId))
    .where(and(eq(indexValues.regionCode, code), eq(indexValues.indexCode, index)))
    .orderBy(asc(indexValues.year));
  const specs = inputSpecsOf(index, latest.params);
  return {
    region,
    index,
    method: {
      ...methodSummaryOf(latest),
      id: latest.id,
      indexCode: index,
      createdAt: latest.createdAt.toISOString(),
    },
    inputs: specs,
    rows: rows.map((r) =>
      rowDto(index, r.value, r.method ?? undefined, r.method ? inputSpecsOf(index, r.method.params) : specs),
    ),
    canManage: canManageIndexValues(a, code),
  };
}

/**
 * A component keeps its origin while its value and source are unchanged (an edit of another
 * one); one that names its own origin (taken from data terpilah, checked) keeps that.
 */
function mergeOrigins(
  before: Record<string, StoredComponent> | undefined,
  given: IndexValueWrite['components'],
  origin: ComponentOrigin,
): Record<string, StoredComponent> {
  return Object.fromEntries(
    Object.entries(given).map(([name, c]) => {
      const old = before?.[name];
      const kept = old && old.value === c.value && old.source === c.source ? old.origin : origin;
      return [name, { value: c.value, source: c.source, origin: c.origin ?? kept }];
    }),
  );
}

export interface IndexValueWrite {
  components: Record<string, { value: number; source: string; origin?: ComponentOrigin }>;
  published?: number | null;
  publishedSource?: string;
}

export interface RegionYearWrite {
  code: string;
  year: number;
  write: IndexValueWrite;
  /** The stored row it replaces, if any (read in the same transaction). */
  before: ValueRow | undefined;
}

/**
 * Stores region-years of one index inside `tx` with `method` (the latest): components
 * replaced, each value computed when complete, BPS's published value kept unless given, the
 * version raised, one audit entry each. A save writes one; an import writes hundreds in a few
 * statements (upserts and audit entries in chunks of 500). `by` is who writes (a user, or the
 * demo seed with no user id); `isDemo` marks the demo seed's rows so removing the demo finds
 * them — any later save or import makes a row real.
 */
export async function writeIndexValues(
  tx: Db,
  by: AuditSubject,
  index: IndexCode,
  writes: RegionYearWrite[],
  origin: ComponentOrigin,
  method: MethodRow,
  isDemo = false,
): Promise<ValueRow[]> {
  const specs = inputSpecsOf(index, method.params);
  const now = new Date();
  const prepared = writes.map(({ code, year, write, before }) => {
    const components = mergeOrigins(before?.components, write.components, origin);
    const values = Object.fromEntries(Object.entries(components).map(([n, c]) => [n, c.value]));
    const result = computeWith(index, values, specs, method.params);
    return {
      before,
      row: {
        regionCode: code,
        indexCode: index,
        year,
        components,
        computed: result.value,
        parts: result.parts,
        methodId: result.parts === null ? null : method.id,
        published: write.published === undefined ? (before?.published ?? null) : write.published,
        publishedSource: write.publishedSource ?? before?.publishedSource ?? '',
        updatedBy: by.userId,
        updatedAt: now,
        isDemo,
      },
    };
  });
  const stored: ValueRow[] = [];
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  for (let i = 0; i < prepared.length; i += 500) {
    stored.push(
      ...(await tx
        .insert(indexValues)
        .values(prepared.slice(i, i + 500).map((p) => p.row))
        .onConflictDoUpdate({
          target: [indexValues.regionCode, indexValues.indexCode, indexValues.year],
          set: {
            components: excluded('components'),
            computed: excluded('computed'),
            parts: excluded('parts'),
            methodId: excluded('method_id'),
            published: excluded('published'),
            publishedSource: excluded('published_source'),
            updatedBy: excluded('updated_by'),
            updatedAt: excluded('updated_at'),
            isDemo,
            version: sql`${indexValues.version} + 1`,
          },
        })
        .returning()),
    );
  }
  await recordAudits(
    tx,
    by,
    prepared.map(({ before, row }) => ({
      regionCode: row.regionCode,
      action: before ? 'update' : 'create',
      entity: 'index_value',
      entityId: `${index}:${row.year}`,
      before: before ? { components: before.components, published: before.published } : undefined,
      after: {
        components: row.components,
        published: row.published,
        computed: row.computed,
        methodVersion: method.version,
      },
    })),
  );
  return stored;
}

/**
 * The save's components with the ones marked `data` checked against data terpilah: a stored
 * `data` component sent back unchanged is kept as it is; any other must equal the region's
 * verified figure now, and takes the indicator as its source. Anything else is a field error.
 */
async function withDataOrigins(
  db: Db,
  target: { code: string; index: IndexCode; year: number },
  specs: LabelledSpec[],
  params: Record<string, unknown>,
  given: PutIndexValueBody['components'],
  before: ValueRow | undefined,
): Promise<IndexValueWrite['components']> {
  const out: IndexValueWrite['components'] = {};
  const toCheck: string[] = [];
  for (const [name, c] of Object.entries(given)) {
    const old = before?.components[name];
    if (c.origin !== 'data') out[name] = { value: c.value, source: c.source };
    else if (old?.origin === 'data' && old.value === c.value) out[name] = old;
    else toCheck.push(name);
  }
  if (toCheck.length === 0) return out;
  const read = await dataComponentsOf(db, target.code, target.index, target.year, specs, params);
  const fields: FieldErrors = {};
  for (const name of toCheck) {
    const figure = read.get(name)!;
    if (figure.status !== 'verified') fields[`components.${name}`] = `index_data_${figure.status}`;
    else if (figure.value !== given[name]!.value) fields[`components.${name}`] = 'index_data_changed';
    else out[name] = { value: figure.value, source: figure.source, origin: 'data' };
  }
  if (Object.keys(fields).length > 0) throw new Invalid(fields, 'validation_failed');
  return out;
}

export async function putIndexValue(
  db: Db,
  actor: Actor | null,
  target: { code: string; index: IndexCode; year: number },
  body: PutIndexValueBody,
): Promise<IndexValueRow> {
  const a = requireActor(actor);
  if (!canManageIndexValues(a, target.code)) throw new Forbidden();
  await getRegion(db, target.code);
  const method = await methodOf(db, target.index);
  const specs = inputSpecsOf(target.index, method.params);
  const fields = componentErrors(specs, body.components, 'components');
  if (outsideIndexScale(target.index, body.published)) fields.published = 'index_published_range';
  if (Object.keys(fields).length > 0) throw new Invalid(fields, 'validation_failed');
  const row = await db.transaction(async (tx) => {
    const before = await findIndexValue(tx, target.code, target.index, target.year);
    if (before && body.version !== before.version) throw new Conflict({ version: 'index_value_stale' });
    const components = await withDataOrigins(tx, target, specs, method.params, body.components, before);
    const [row] = await writeIndexValues(
      tx,
      subjectOf(a),
      target.index,
      [{ code: target.code, year: target.year, write: { ...body, components }, before }],
      'typed',
      method,
    );
    return row!;
  });
  return rowDto(target.index, row, row.methodId ? method : undefined, specs);
}

export async function deleteIndexValue(
  db: Db,
  actor: Actor | null,
  target: { code: string; index: IndexCode; year: number },
): Promise<void> {
  const a = requireActor(actor);
  if (!canManageIndexValues(a, target.code)) throw new Forbidden();
  await db.transaction(async (tx) => {
    const before = await findIndexValue(tx, target.code, target.index, target.year);
    if (!before) throw new NotFound();
    await tx.delete(indexValues).where(indexValueKey(target.code, target.index, target.year));
    await recordAudit(tx, subjectOf(a), {
      regionCode: target.code,
      action: 'delete',
      entity: 'index_value',
      entityId: `${target.index}:${target.year}`,
      before: { components: before.components, published: before.published },
    });
  });
}
