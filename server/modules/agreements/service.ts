/**
 * A region's cooperation agreements (MoU / PKS): list (with the "expiring this year" filter),
 * read, create, update (optimistic locking), terminate. The status shown is derived from the
 * dates in the region's calendar (domain/agreements/status.ts); an institution account sees
 * only agreements its institution is a party to (404 for any other, so they stay unknown).
 * Every change is audited in its transaction.
 */
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AgreementBody, AgreementDetailDto, AgreementSummaryDto } from '../../../api/agreements.js';
import {
  agreementInstitutionScope,
  canListAgreements,
  canManageAgreements,
  canReadAgreement,
} from '../../../domain/agreements/access.js';
import type { AgreementStatus } from '../../../domain/agreements/constants.js';
import { agreementProblems } from '../../../domain/agreements/parties.js';
import {
  daysBetween,
  effectiveStatus,
  endsInYear,
  reminderDates,
} from '../../../domain/agreements/status.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { agreementActivities, agreementParties, agreements } from '../../db/schema-agreements.js';
import { meetings } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { partyDtos, resolveParties } from './parties.js';

export type AgreementRow = typeof agreements.$inferSelect;
type PartyRow = typeof agreementParties.$inferSelect;

function fileOf(key: string | null, name: string | null, type: string | null, bytes: number | null) {
  return key ? { fileName: name ?? '', contentType: type ?? '', bytes: bytes ?? 0 } : null;
}

async function partiesOf(db: Db, regionCode: string, ids: string[]): Promise<Map<string, PartyRow[]>> {
  const out = new Map<string, PartyRow[]>();
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(agreementParties)
    .where(and(eq(agreementParties.regionCode, regionCode), inArray(agreementParties.agreementId, ids)))
    .orderBy(asc(agreementParties.position));
  for (const r of rows) out.set(r.agreementId, [...(out.get(r.agreementId) ?? []), r]);
  return out;
}

async function summaryOf(
  db: Db,
  row: AgreementRow,
  parties: PartyRow[],
  today: string,
): Promise<AgreementSummaryDto> {
  const named = await partyDtos(db, row.regionCode, parties);
  return {
    id: row.id,
    regionCode: row.regionCode,
    kind: row.kind,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    storedStatus: row.status,
    status: effectiveStatus(row, today),
    partyNames: named.map((p) => p.name),
    daysLeft: daysBetween(today, row.endsOn),
    isDemo: row.isDemo,
  };
}

export interface ListFilters {
  year?: number;
  status?: AgreementStatus;
  expiringIn?: number;
}

export async function listAgreements(db: Db, actor: Actor | null, regionCode: string, filters: ListFilters) {
  const a = requireActor(actor);
  if (!canListAgreements(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const today = todayInRegion(regionCode);
  const conditions = [eq(agreements.regionCode, regionCode)];
  if (filters.year) {
    conditions.push(
      lte(agreements.startsOn, `${filters.year}-12-31`),
      gte(agreements.endsOn, `${filters.year}-01-01`),
    );
  }
  if (filters.expiringIn) {
    conditions.push(
      gte(agreements.endsOn, `${filters.expiringIn}-01-01`),
      lte(agreements.endsOn, `${filters.expiringIn}-12-31`),
    );
  }
  const own = agreementInstitutionScope(a, regionCode);
  if (own && !canReadAgreement(a, regionCode, [])) {
    conditions.push(
      sql`exists (select 1 from agreement_parties p where p.region_code = ${agreements.regionCode} and p.agreement_id = ${agreements.id} and p.institution_id = ${own})`,
    );
  }
  const rows = await db
    .select()
    .from(agreements)
    .where(and(...conditions))
    .orderBy(asc(agreements.endsOn), asc(agreements.title))
    .limit(1000);
  const parties = await partiesOf(
    db,
    regionCode,
    rows.map((r) => r.id),
  );
  let items = await Promise.all(rows.map((r) => summaryOf(db, r, parties.get(r.id) ?? [], today)));
  if (filters.expiringIn) items = items.filter((i, n) => endsInYear(rows[n], filters.expiringIn!));
  if (filters.status) items = items.filter((i) => i.status === filters.status);
  return { items, canManage: canManageAgreements(a, regionCode) };
}

/** One agreement the actor may read: 404 otherwise. */
export async function readableAgreement(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new NotFound('agreement_not_found');
  const parties = (await partiesOf(db, row.regionCode, [row.id])).get(row.id) ?? [];
  const institutionIds = parties.flatMap((p) => (p.institutionId ? [p.institutionId] : []));
  if (!canReadAgreement(a, row.regionCode, institutionIds)) throw new NotFound('agreement_not_found');
  return { a, row, parties };
}

/** One agreement the actor manages: 404 if unreadable, 403 if only readable. */
export async function managedAgreement(db: Db, actor: Actor | null, id: string) {
  const found = await readableAgreement(db, actor, id);
  if (!canManageAgreements(found.a, found.row.regionCode)) throw new Forbidden();
  return found;
}

export async function detailOf(
  db: Db,
  a: Actor,
  row: AgreementRow,
  parties: PartyRow[],
): Promise<AgreementDetailDto> {
  const today = todayInRegion(row.regionCode);
  const [summary, named, acts, meeting] = await Promise.all([
    summaryOf(db, row, parties, today),
    partyDtos(db, row.regionCode, parties),
    db
      .select()
      .from(agreementActivities)
      .where(
        and(eq(agreementActivities.regionCode, row.regionCode), eq(agreementActivities.agreementId, row.id)),
      )
      .orderBy(asc(agreementActivities.doneOn), asc(agreementActivities.createdAt)),
    row.meetingId
      ? db
          .select({
            id: meetings.id,
            title: meetings.title,
            startsOn: meetings.startsOn,
            kind: meetings.kind,
          })
          .from(meetings)
          .where(and(eq(meetings.regionCode, row.regionCode), eq(meetings.id, row.meetingId)))
      : Promise.resolve([]),
  ]);
  return {
    ...summary,
    scope: row.scope,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
    meeting: meeting[0] ?? null,
    document: fileOf(row.documentFileKey, row.documentFileName, row.documentContentType, row.documentBytes),
    parties: named,
    activities: acts.map((x) => ({
      id: x.id,
      doneOn: x.doneOn,
      description: x.description,
      evidence: fileOf(x.evidenceFileKey, x.evidenceFileName, x.evidenceContentType, x.evidenceBytes),
      createdAt: x.createdAt.toISOString(),
    })),
    reminders: row.status === 'signed' ? reminderDates(row.endsOn) : [],
    version: row.version,
    canManage: canManageAgreements(a, row.regionCode),
  };
}

export async function getAgreement(db: Db, actor: Actor | null, id: string) {
  const { a, row, parties } = await readableAgreement(db, actor, id);
  return detailOf(db, a, row, parties);
}

/** The rules of domain/agreements/parties.ts, the event of the region: 422 naming the field. */
async function checkInput(db: Db, regionCode: string, input: AgreementBody) {
  const problems: FieldErrors = agreementProblems({
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    parties: input.parties,
  });
  if (Object.keys(problems).length) throw new Invalid(problems);
  if (input.meetingId) {
    const [m] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.regionCode, regionCode), eq(meetings.id, input.meetingId)));
    if (!m) throw new Invalid({ meetingId: 'agreement_meeting_unknown' });
  }
  return resolveParties(db, regionCode, input.parties);
}

function columnsOf(input: AgreementBody) {
  return {
    kind: input.kind,
    title: input.title,
    scope: input.scope ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: input.status,
    meetingId: input.meetingId ?? null,
  };
}

export async function createAgreement(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: AgreementBody,
  isDemo = false,
) {
  const a = requireActor(actor);
  if (!canManageAgreements(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const partyRows = await checkInput(db, regionCode, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({ regionCode, ...columnsOf(input), isDemo, createdBy: a.userId, updatedBy: a.userId })
      .returning();
    const parties = await tx
      .insert(agreementParties)
      .values(partyRows.map((p) => ({ ...p, agreementId: row.id })))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'agreement',
      entityId: row.id,
      regionCode,
      after: { ...input },
    });
    return detailOf(tx, a, row, parties);
  });
}

export async function updateAgreement(
  db: Db,
  actor: Actor | null,
  id: string,
  input: AgreementBody & { version: number },
) {
  const { a, row: old, parties: oldParties } = await managedAgreement(db, actor, id);
  if (old.status === 'terminated')
    throw new Invalid({ status: 'agreement_terminated' }, 'agreement_terminated');
  const partyRows = await checkInput(db, old.regionCode, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(agreements)
      .set({ ...columnsOf(input), version: old.version + 1, updatedBy: a.userId, updatedAt: new Date() })
      .where(and(eq(agreements.id, id), eq(agreements.version, input.version)))
      .returning();
    if (!row) throw new Conflict({ version: 'agreement_version_stale' }, 'agreement_version_stale');
    await tx
      .delete(agreementParties)
      .where(and(eq(agreementParties.regionCode, old.regionCode), eq(agreementParties.agreementId, id)));
    const parties = await tx
      .insert(agreementParties)
      .values(partyRows.map((p) => ({ ...p, agreementId: id })))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'agreement',
      entityId: id,
      regionCode: old.regionCode,
      before: { ...old, parties: oldParties },
      after: { ...input },
    });
    return detailOf(tx, a, row, parties);
  });
}

export async function terminateAgreement(
  db: Db,
  actor: Actor | null,
  id: string,
  input: { version: number; terminatedOn: string; reason: string },
) {
  const { a, row: old, parties } = await managedAgreement(db, actor, id);
  if (old.status !== 'signed') throw new Invalid({ status: 'agreement_not_signed' }, 'agreement_not_signed');
  if (input.terminatedOn < old.startsOn)
    throw new Invalid({ terminatedOn: 'agreement_terminated_before_start' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(agreements)
      .set({
        status: 'terminated',
        terminatedOn: input.terminatedOn,
        terminationReason: input.reason,
        version: old.version + 1,
        updatedBy: a.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(agreements.id, id), eq(agreements.version, input.version)))
      .returning();
    if (!row) throw new Conflict({ version: 'agreement_version_stale' }, 'agreement_version_stale');
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'agreement',
      entityId: id,
      regionCode: old.regionCode,
      before: { status: old.status },
      after: { status: 'terminated', terminatedOn: input.terminatedOn, reason: input.reason },
    });
    return detailOf(tx, a, row, parties);
  });
}
