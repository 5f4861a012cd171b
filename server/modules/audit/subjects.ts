/**
 * What an audit entry is about, in words a person reads: the OPD's, user's, indicator's or
 * sub-kegiatan's name instead of its UUID or code, and the ids the page needs to link to it.
 * One query per kind of thing on the page (a page holds at most a few hundred entries), and
 * for a thing that no longer exists, the name its own snapshot recorded.
 */
import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditSubjectSchema } from '../../../api/audit.js';
import type { Db } from '../../db/connection.js';
import { opd, regions, users } from '../../db/schema.js';
import { dimensionSets, importBatches, indicators, validationRules } from '../../db/schema-data.js';
import { gapDocuments, planTargets, rpjmdPeriods, subActivities } from '../../db/schema-planning.js';

export type AuditSubject = z.infer<typeof auditSubjectSchema>;

export interface AuditRow {
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** Which record an entry points at: the table to look in and the key to look up. */
type TableKind =
  | 'opd'
  | 'user'
  | 'indicator'
  | 'dimensionSet'
  | 'rule'
  | 'region'
  | 'import'
  | 'subActivity'
  | 'gap'
  | 'rpjmd'
  | 'planTarget';
type Ref =
  | { kind: TableKind; key: string }
  | { kind: 'review'; key: string; period: string }
  | { kind: 'text'; name: string; year?: number };

type Lookup = Map<string, AuditSubject>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function snapshotText(row: AuditRow, key: string): string | undefined {
  const v = field(row.after, key) ?? field(row.before, key);
  return typeof v === 'string' && v ? v : undefined;
}

/** The record an entry is about, from its entity and id (and, where the id says little, its snapshot). */
export function refOf(row: AuditRow): Ref | null {
  const id = row.entityId;
  switch (row.entity) {
    case 'opd':
    case 'opd_signatory':
      return id && UUID.test(id) ? { kind: 'opd', key: id } : null;
    case 'user':
    case 'session':
      return id && UUID.test(id) ? { kind: 'user', key: id } : null;
    case 'indicator':
    case 'indicator_assignment':
      return id ? { kind: 'indicator', key: id } : null;
    case 'dimension_set':
      return id ? { kind: 'dimensionSet', key: id } : null;
    case 'validation_rule':
      return id && /^\d+$/.test(id) ? { kind: 'rule', key: id } : null;
    case 'region_settings':
    case 'letterhead':
      return id ? { kind: 'region', key: id } : null;
    case 'import_batch':
      return id && /^\d+$/.test(id) ? { kind: 'import', key: id } : null;
    case 'data_review': {
      // `<opdId>/<period>` for a review step, `import/<batchId>` for an import's.
      const [head, tail] = (id ?? '').split('/');
      if (head === 'import' && /^\d+$/.test(tail ?? '')) return { kind: 'import', key: tail };
      return UUID.test(head ?? '') && tail ? { kind: 'review', key: head, period: tail } : null;
    }
    case 'data_values':
      return id ? { kind: 'text', name: id } : null;
    case 'sub_activity':
      return id && UUID.test(id) ? { kind: 'subActivity', key: id } : null;
    case 'sub_activity_import': {
      const fileName = snapshotText(row, 'fileName');
      const year = Number(field(row.after, 'year'));
      return fileName
        ? { kind: 'text', name: fileName, year: Number.isInteger(year) ? year : undefined }
        : null;
    }
    case 'gap_document':
      return id && UUID.test(id) ? { kind: 'gap', key: id } : null;
    case 'gap_comment': {
      const doc = field(row.after, 'documentId');
      return typeof doc === 'string' && UUID.test(doc) ? { kind: 'gap', key: doc } : null;
    }
    case 'monev_report':
    case 'monev_evidence': {
      // Monev entries keep the sub-kegiatan they report on in their snapshot.
      const line = field(row.after, 'subActivityId') ?? field(row.before, 'subActivityId');
      return typeof line === 'string' && UUID.test(line) ? { kind: 'subActivity', key: line } : null;
    }
    case 'monev_settings':
    case 'monev_scoring':
      return id ? { kind: 'region', key: id.split('/')[0] } : null;
    case 'rpjmd':
      return id && UUID.test(id) ? { kind: 'rpjmd', key: id } : null;
    case 'plan_target':
      return id && UUID.test(id) ? { kind: 'planTarget', key: id } : null;
    default:
      return null;
  }
}

async function lookups(db: Db, keys: Map<TableKind, Set<string>>): Promise<Map<TableKind, Lookup>> {
  const ids = (kind: TableKind) => [...(keys.get(kind) ?? [])];
  const out = new Map<TableKind, Lookup>();
  const load = async <T>(
    kind: TableKind,
    query: (list: string[]) => Promise<T[]>,
    entry: (row: T) => [string, AuditSubject],
  ) => {
    const list = ids(kind);
    out.set(kind, new Map(list.length ? (await query(list)).map(entry) : []));
  };
  const opdName = (o: { name: string; shortName: string }) =>
    o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name;
  await Promise.all([
    load(
      'opd',
      (list) =>
        db
          .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
          .from(opd)
          .where(inArray(opd.id, list)),
      (o) => [o.id, { name: opdName(o), opdId: o.id }],
    ),
    load(
      'user',
      (list) =>
        db
          .select({ id: users.id, fullName: users.fullName, username: users.username })
          .from(users)
          .where(inArray(users.id, list)),
      (u) => [u.id, { name: `${u.fullName} (${u.username})` }],
    ),
    load(
      'indicator',
      (list) =>
        db
          .select({ code: indicators.code, nameId: indicators.nameId, nameEn: indicators.nameEn })
          .from(indicators)
          .where(inArray(indicators.code, list)),
      (i) => [i.code, { name: i.nameId, nameEn: i.nameEn }],
    ),
    load(
      'dimensionSet',
      (list) =>
        db
          .select({ code: dimensionSets.code, nameId: dimensionSets.nameId, nameEn: dimensionSets.nameEn })
          .from(dimensionSets)
          .where(inArray(dimensionSets.code, list)),
      (d) => [d.code, { name: d.nameId, nameEn: d.nameEn }],
    ),
    load(
      'rule',
      (list) =>
        db
          .select({
            id: validationRules.id,
            messageId: validationRules.messageId,
            messageEn: validationRules.messageEn,
          })
          .from(validationRules)
          .where(inArray(validationRules.id, list.map(Number))),
      (r) => [String(r.id), { name: r.messageId, nameEn: r.messageEn }],
    ),
    load(
      'region',
      (list) =>
        db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(inArray(regions.code, list)),
      (r) => [r.code, { name: `${r.name} (${r.code})` }],
    ),
    load(
      'import',
      (list) =>
        db
          .select({ id: importBatches.id, fileName: importBatches.fileName })
          .from(importBatches)
          .where(inArray(importBatches.id, list.map(Number))),
      (b) => [String(b.id), { name: b.fileName, importId: String(b.id) }],
    ),
    load(
      'subActivity',
      (list) =>
        db
          .select({
            id: subActivities.id,
            code: subActivities.code,
            name: subActivities.name,
            opdId: subActivities.opdId,
            year: subActivities.year,
          })
          .from(subActivities)
          .where(inArray(subActivities.id, list)),
      (s) => [s.id, { name: `${s.code} ${s.name}`, opdId: s.opdId, year: s.year }],
    ),
    load(
      'gap',
      (list) =>
        db
          .select({ id: gapDocuments.id, code: subActivities.code, name: subActivities.name })
          .from(gapDocuments)
          .innerJoin(
            subActivities,
            sql`${subActivities.regionCode} = ${gapDocuments.regionCode} and ${subActivities.id} = ${gapDocuments.subActivityId}`,
          )
          .where(inArray(gapDocuments.id, list)),
      (g) => [g.id, { name: `${g.code} ${g.name}`, gapId: g.id }],
    ),
    load(
      'rpjmd',
      (list) =>
        db
          .select({ id: rpjmdPeriods.id, startYear: rpjmdPeriods.startYear, endYear: rpjmdPeriods.endYear })
          .from(rpjmdPeriods)
          .where(inArray(rpjmdPeriods.id, list)),
      (p) => [p.id, { name: `RPJMD ${p.startYear}–${p.endYear}` }],
    ),
    load(
      'planTarget',
      (list) =>
        db
          .select({ id: planTargets.id, indicatorName: planTargets.indicatorName })
          .from(planTargets)
          .where(inArray(planTargets.id, list)),
      (p) => [p.id, { name: p.indicatorName }],
    ),
  ]);
  return out;
}

/** The subject of each entry (null where it names nothing, e.g. a failed sign-in), in order. */
export async function describeSubjects(db: Db, rows: AuditRow[]): Promise<(AuditSubject | null)[]> {
  const refs = rows.map(refOf);
  const keys = new Map<TableKind, Set<string>>();
  for (const ref of refs) {
    if (!ref || ref.kind === 'text') continue;
    // A review step is named by its OPD.
    const kind = ref.kind === 'review' ? 'opd' : ref.kind;
    if (!keys.has(kind)) keys.set(kind, new Set());
    keys.get(kind)!.add(ref.key);
  }
  const found = await lookups(db, keys);
  return rows.map((row, i) => {
    const ref = refs[i];
    if (!ref) return null;
    if (ref.kind === 'text') return { name: ref.name, ...(ref.year ? { year: ref.year } : {}) };
    if (ref.kind === 'review') {
      const o = found.get('opd')?.get(ref.key);
      return o ? { name: `${o.name} · ${ref.period}`, opdId: ref.key, period: ref.period } : null;
    }
    const hit = found.get(ref.kind)?.get(ref.key);
    if (hit) return hit;
    // Gone since (a removed demo user, a deleted target): the name it had when recorded.
    const name = snapshotText(row, 'name') ?? snapshotText(row, 'fullName') ?? snapshotText(row, 'fileName');
    return name ? { name } : null;
  });
}
