/**
 * Focal points PUG of the region's OPDs (research-2.md §3.1): per OPD the people named by an SK,
 * their position, contact (from the registry, managers only) and training in PUG/PPRG. Closing
 * one (`endedOn`) keeps the row for the history; an open one is unique per OPD and person.
 */
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { canManageKelembagaan, canSeePersonContacts } from '../../../domain/kelembagaan/access.js';
import { trainingProblems } from '../../../domain/kelembagaan/rules.js';
import type {
  FocalPointDto,
  focalPointBody,
  listFocalPointsQuery,
  updateFocalPointBody,
} from '../../../api/kelembagaan.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { focalPoints, pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { manageable, readable, resolvePeople } from './access.js';
import { fileOf } from './pokja.js';

type Row = typeof focalPoints.$inferSelect;

const columns = {
  fp: focalPoints,
  opdName: opd.name,
  personId: pugPeople.id,
  fullName: pugPeople.fullName,
  sex: pugPeople.sex,
  phone: pugPeople.phone,
  email: pugPeople.email,
};

function dto(
  r: {
    fp: Row;
    opdName: string;
    personId: string;
    fullName: string;
    sex: 'P' | 'L';
    phone: string | null;
    email: string | null;
  },
  contacts: boolean,
): FocalPointDto {
  return {
    id: r.fp.id,
    opdId: r.fp.opdId,
    opdName: r.opdName,
    person: {
      id: r.personId,
      fullName: r.fullName,
      sex: r.sex,
      phone: contacts ? r.phone : null,
      email: contacts ? r.email : null,
    },
    position: r.fp.position,
    skNumber: r.fp.skNumber,
    skDate: r.fp.skDate,
    file: fileOf(r.fp),
    trainingStatus: r.fp.trainingStatus,
    trainingYear: r.fp.trainingYear,
    endedOn: r.fp.endedOn,
    isDemo: r.fp.isDemo,
  };
}

function query(db: Db, where: SQL) {
  return db
    .select(columns)
    .from(focalPoints)
    .innerJoin(opd, and(eq(opd.regionCode, focalPoints.regionCode), eq(opd.id, focalPoints.opdId)))
    .innerJoin(
      pugPeople,
      and(eq(pugPeople.regionCode, focalPoints.regionCode), eq(pugPeople.id, focalPoints.personId)),
    )
    .where(where);
}

export async function listFocalPoints(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  q: z.infer<typeof listFocalPointsQuery>,
) {
  const a = await readable(db, actor, regionCode);
  const where: SQL[] = [eq(focalPoints.regionCode, regionCode)];
  if (q.opdId) where.push(eq(focalPoints.opdId, q.opdId));
  if (q.includeEnded !== 'true') where.push(isNull(focalPoints.endedOn));
  const rows = await query(db, and(...where)!).orderBy(asc(opd.name), asc(pugPeople.nameKey));
  const contacts = canSeePersonContacts(a, regionCode);
  return { items: rows.map((r) => dto(r, contacts)), canManage: canManageKelembagaan(a, regionCode) };
}

export async function focalPointRow(db: Db, regionCode: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(focalPoints)
    .where(and(eq(focalPoints.regionCode, regionCode), eq(focalPoints.id, id)));
  if (!row) throw new NotFound();
  return row;
}

async function one(db: Db, a: Actor, regionCode: string, id: string) {
  const [row] = await query(db, and(eq(focalPoints.regionCode, regionCode), eq(focalPoints.id, id))!);
  if (!row) throw new NotFound();
  return dto(row, canSeePersonContacts(a, regionCode));
}

function check(problems: Record<string, string>) {
  if (Object.keys(problems).length) throw new Invalid(problems as FieldErrors);
}

const duplicate = () =>
  new Conflict({ personId: 'kelembagaan_focal_point_duplicate' }, 'kelembagaan_focal_point_duplicate');

async function assertNoOpenDuplicate(
  tx: Db,
  regionCode: string,
  opdId: string,
  personId: string,
  except?: string,
) {
  const rows = await tx
    .select({ id: focalPoints.id })
    .from(focalPoints)
    .where(
      and(
        eq(focalPoints.regionCode, regionCode),
        eq(focalPoints.opdId, opdId),
        eq(focalPoints.personId, personId),
        isNull(focalPoints.endedOn),
      ),
    );
  if (rows.some((r) => r.id !== except)) throw duplicate();
}

export async function createFocalPoint(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: z.infer<typeof focalPointBody>,
  options: { isDemo?: boolean } = {},
) {
  const a = await manageable(db, actor, regionCode);
  check(trainingProblems(input.trainingStatus, input.trainingYear));
  const id = await db.transaction(async (tx) => {
    const [personId] = await resolvePeople(
      tx,
      a,
      regionCode,
      [{ personId: input.personId, person: input.person, opdId: input.opdId, position: input.position }],
      'focalPoint',
      options.isDemo,
    ).catch((error: unknown) => {
      // One row: name the body's own fields, not "focalPoint.0.…".
      if (error instanceof Invalid && error.fields) {
        const fields = Object.fromEntries(
          Object.entries(error.fields).map(([k, v]) => [k.replace(/^focalPoint\.0\./, ''), v]),
        ) as FieldErrors;
        throw new Invalid(fields, error.messageKey);
      }
      throw error;
    });
    await assertNoOpenDuplicate(tx, regionCode, input.opdId, personId!);
    const [row] = await tx
      .insert(focalPoints)
      .values({
        regionCode,
        opdId: input.opdId,
        personId: personId!,
        position: input.position ?? input.person?.position ?? '',
        skNumber: input.skNumber ?? '',
        skDate: input.skDate ?? null,
        trainingStatus: input.trainingStatus,
        trainingYear: input.trainingYear ?? null,
        isDemo: options.isDemo ?? false,
        createdBy: a.userId,
      })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'focal_point',
      entityId: row!.id,
      regionCode,
      after: { ...row, createdAt: undefined, updatedAt: undefined },
    });
    return row!.id;
  });
  return one(db, a, regionCode, id);
}

export async function updateFocalPoint(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  id: string,
  input: z.infer<typeof updateFocalPointBody>,
) {
  const a = await manageable(db, actor, regionCode);
  await db.transaction(async (tx) => {
    const before = await focalPointRow(tx, regionCode, id);
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    } as Row;
    check(trainingProblems(next.trainingStatus, next.trainingYear));
    if (before.endedOn && next.endedOn === null)
      await assertNoOpenDuplicate(tx, regionCode, before.opdId, before.personId, id);
    await tx
      .update(focalPoints)
      .set({
        position: next.position,
        skNumber: next.skNumber,
        skDate: next.skDate,
        trainingStatus: next.trainingStatus,
        trainingYear: next.trainingYear,
        endedOn: next.endedOn,
        updatedAt: new Date(),
      })
      .where(and(eq(focalPoints.regionCode, regionCode), eq(focalPoints.id, id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'focal_point',
      entityId: id,
      regionCode,
      before: { ...before, createdAt: undefined, updatedAt: undefined },
      after: { ...next, createdAt: undefined, updatedAt: undefined },
    });
  });
  return one(db, a, regionCode, id);
}

export async function deleteFocalPoint(db: Db, actor: Actor | null, regionCode: string, id: string) {
  const a = await manageable(db, actor, regionCode);
  const fileKey = await db.transaction(async (tx) => {
    const before = await focalPointRow(tx, regionCode, id);
    await tx.delete(focalPoints).where(and(eq(focalPoints.regionCode, regionCode), eq(focalPoints.id, id)));
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'focal_point',
      entityId: id,
      regionCode,
      before: { ...before, createdAt: undefined, updatedAt: undefined },
    });
    return before.fileKey;
  });
  return { ok: true as const, fileKey };
}
