/**
 * Data terpilah indicators filled from service records ("tarik dari layanan"): DP3A maps a
 * count indicator without dimensions beyond sex to the women and men served by some kinds of
 * service (all kinds when none are named). The pull first previews, per sex, the aggregate of
 * the region's records within the value's period against the stored value; applying writes
 * the changed drafts through the values module's own write path (saveEntries: history, audit,
 * validation) with a note naming the source. A submitted or verified value is never
 * overwritten — it is shown as locked and left as is — and the apply names the preview it
 * confirms (a token over the figures), so figures that changed since are refused with 409.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PullPreviewDto } from '../../../api/institution-services.js';
import { canMapServiceIndicators } from '../../../domain/institution-services/access.js';
import { serviceKindDef, type ServiceKind } from '../../../domain/institution-services/constants.js';
import { servicePeriodsWithin } from '../../../domain/institution-services/period.js';
import { periodFits } from '../../../domain/period.js';
import type { Periodicity } from '../../../domain/indicators.js';
import type { Sex } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import { serviceIndicatorMappings, serviceRecords } from '../../db/schema-institution-services.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { translate } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { saveEntries } from '../values/entry.js';
import { loadIndicatorInfo } from '../values/indicator-info.js';

type MappingRow = typeof serviceIndicatorMappings.$inferSelect;

async function manageable(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canMapServiceIndicators(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return a;
}

export async function listMappings(db: Db, actor: Actor | null, regionCode: string) {
  await manageable(db, actor, regionCode);
  const rows = await db
    .select({ m: serviceIndicatorMappings, nameId: indicators.nameId, periodicity: indicators.periodicity })
    .from(serviceIndicatorMappings)
    .innerJoin(indicators, eq(indicators.code, serviceIndicatorMappings.indicatorCode))
    .where(eq(serviceIndicatorMappings.regionCode, regionCode))
    .orderBy(asc(serviceIndicatorMappings.indicatorCode));
  return {
    items: rows.map((r) => ({
      id: r.m.id,
      indicatorCode: r.m.indicatorCode,
      indicatorName: r.nameId,
      periodicity: r.periodicity,
      kinds: r.m.kinds as ServiceKind[],
      note: r.m.note,
    })),
  };
}

export async function createMapping(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: { indicatorCode: string; kinds?: ServiceKind[]; note?: string },
) {
  const a = await manageable(db, actor, regionCode);
  const info = (await loadIndicatorInfo(db, [input.indicatorCode], regionCode)).get(input.indicatorCode);
  if (!info) throw new Invalid({ indicatorCode: 'services_indicator_unknown' });
  if (info.row.aggregation !== 'sum') throw new Invalid({ indicatorCode: 'services_indicator_not_count' });
  if (info.members.size > 0) throw new Invalid({ indicatorCode: 'services_indicator_dimensions' });
  const kinds = [...new Set(input.kinds ?? [])];
  return db.transaction(async (tx) => {
    const [row] = await mapUniqueViolations(
      () =>
        tx
          .insert(serviceIndicatorMappings)
          .values({
            regionCode,
            indicatorCode: input.indicatorCode,
            kinds,
            note: input.note ?? '',
            createdBy: a.userId,
          })
          .returning(),
      {
        service_indicator_mappings_indicator_uq: () =>
          new Conflict({ indicatorCode: 'services_mapping_duplicate' }, 'services_mapping_duplicate'),
      },
    );
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'service_mapping',
      entityId: row.id,
      regionCode,
      after: { indicatorCode: row.indicatorCode, kinds },
    });
    return {
      id: row.id,
      indicatorCode: row.indicatorCode,
      indicatorName: info.row.nameId,
      periodicity: info.row.periodicity,
      kinds: kinds,
      note: row.note,
    };
  });
}

async function loadMapping(db: Db, actor: Actor | null, id: string): Promise<{ a: Actor; m: MappingRow }> {
  const a = requireActor(actor);
  const [m] = await db.select().from(serviceIndicatorMappings).where(eq(serviceIndicatorMappings.id, id));
  if (!m) throw new NotFound('services_mapping_not_found');
  if (!canMapServiceIndicators(a, m.regionCode)) throw new Forbidden();
  return { a, m };
}

export async function deleteMapping(db: Db, actor: Actor | null, id: string) {
  const { a, m } = await loadMapping(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.delete(serviceIndicatorMappings).where(eq(serviceIndicatorMappings.id, id));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'service_mapping',
      entityId: id,
      regionCode: m.regionCode,
      before: { indicatorCode: m.indicatorCode, kinds: m.kinds },
    });
  });
  return { ok: true as const };
}

function tokenOf(p: Omit<PullPreviewDto, 'token'>): string {
  return createHash('sha256').update(JSON.stringify(p)).digest('hex');
}

async function preview(db: Db, m: MappingRow, period: string): Promise<PullPreviewDto> {
  const [ind] = await db.select().from(indicators).where(eq(indicators.code, m.indicatorCode));
  if (!periodFits(period, ind.periodicity as Periodicity))
    throw new Invalid({ period: 'services_pull_period' });
  const conditions = [
    eq(serviceRecords.regionCode, m.regionCode),
    inArray(serviceRecords.period, servicePeriodsWithin(period)),
  ];
  if (m.kinds.length) conditions.push(inArray(serviceRecords.kind, m.kinds));
  const [agg] = await db
    .select({
      records: sql<number>`count(*)::int`,
      female: sql<number>`coalesce(sum(${serviceRecords.female}), 0)::int`,
      male: sql<number>`coalesce(sum(${serviceRecords.male}), 0)::int`,
    })
    .from(serviceRecords)
    .where(and(...conditions));
  const stored = await db
    .select()
    .from(dataValues)
    .where(
      and(
        eq(dataValues.regionCode, m.regionCode),
        eq(dataValues.indicatorCode, m.indicatorCode),
        eq(dataValues.period, period),
        // Combination 0 is the one without dimensions beyond sex (values/combos.ts).
        eq(dataValues.comboId, 0),
      ),
    );
  const bySex = new Map(stored.map((v) => [v.sex, v]));
  const cells = (ind.sexes as Sex[]).map((sex) => {
    const pulled = Number(sex === 'P' ? agg.female : agg.male);
    const old = bySex.get(sex);
    const current = old ? String(old.value) : null;
    const action: 'write' | 'same' | 'locked' =
      old && Number(old.value) === pulled ? 'same' : old && old.status !== 'draft' ? 'locked' : 'write';
    return { sex, pulled, current, currentStatus: old?.status ?? null, action };
  });
  const body = {
    mappingId: m.id,
    indicatorCode: m.indicatorCode,
    period,
    records: Number(agg.records),
    cells,
  };
  return { ...body, token: tokenOf(body) };
}

export async function previewPull(db: Db, actor: Actor | null, id: string, period: string) {
  const { m } = await loadMapping(db, actor, id);
  return preview(db, m, period);
}

export async function applyPull(
  db: Db,
  actor: Actor | null,
  id: string,
  input: { period: string; token: string },
) {
  const { a, m } = await loadMapping(db, actor, id);
  const p = await preview(db, m, input.period);
  if (p.token !== input.token) throw new Conflict({ token: 'services_pull_stale' }, 'services_pull_stale');
  const writes = p.cells.filter((c) => c.action === 'write');
  if (writes.length) {
    const kinds = m.kinds.length
      ? m.kinds.map((k) => serviceKindDef(k)?.labelId ?? k).join(', ')
      : translate('services_all_kinds', 'id');
    const note = translate('services_pull_note', 'id', { records: p.records, kinds });
    await saveEntries(db, a, m.regionCode, {
      period: input.period,
      values: writes.map((c) => ({
        indicatorCode: m.indicatorCode,
        sex: c.sex,
        members: {},
        value: String(c.pulled),
        note,
      })),
    });
  }
  return { written: writes.length, locked: p.cells.filter((c) => c.action === 'locked').length };
}
