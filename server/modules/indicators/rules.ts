/**
 * Admin-defined validation rules between indicators (left OP right × factor, on totals or one
 * sex). They run with the built-in rules at entry, on import and in the validation report.
 */
import { and, asc, eq } from 'drizzle-orm';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { validationRules } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { activationAction, recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { assertCanManageCatalog, requireActor } from '../../lib/permissions.js';
import type { CreateRuleInput, UpdateRuleInput } from './schemas.js';
import { findIndicator } from './service.js';
import { catalogOwnersFor, visibleTo } from './visibility.js';

type RuleRow = typeof validationRules.$inferSelect;

function toDto(row: RuleRow) {
  const { createdAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString() };
}

/** The rules that apply in a region (national, its province's, its own). Public metadata. */
export async function listRules(db: Db, regionCode: string | undefined) {
  const rows = await db
    .select()
    .from(validationRules)
    .where(visibleTo(validationRules.ownerRegionCode, regionCode))
    .orderBy(asc(validationRules.id));
  return rows.map(toDto);
}

async function assertIndicatorsVisible(
  db: Db,
  owner: string,
  codes: { leftIndicator?: string; rightIndicator?: string },
) {
  const fields: FieldErrors = {};
  for (const [field, code] of Object.entries(codes)) {
    if (!code) continue;
    const ind = await findIndicator(db, code);
    if (!ind || !catalogOwnersFor(owner).includes(ind.ownerRegionCode)) fields[field] = 'indicator_unknown';
  }
  if (Object.keys(fields).length) throw new Invalid(fields);
}

export async function createRule(db: Db, actor: Actor | null, input: CreateRuleInput) {
  const caller = requireActor(actor);
  const owner = input.ownerRegionCode ?? (caller.role === 'superadmin' ? NATIONAL_CODE : caller.regionCode);
  const a = assertCanManageCatalog(caller, owner);
  await assertIndicatorsVisible(db, owner, {
    leftIndicator: input.leftIndicator,
    rightIndicator: input.rightIndicator,
  });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(validationRules)
      .values({ ...input, ownerRegionCode: owner })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: 'create',
      entity: 'validation_rule',
      entityId: String(row.id),
      regionCode: owner === NATIONAL_CODE ? null : owner,
      after: row,
    });
    return toDto(row);
  });
}

export async function updateRule(db: Db, actor: Actor | null, id: number, input: UpdateRuleInput) {
  const [existing] = await db.select().from(validationRules).where(eq(validationRules.id, id));
  if (!existing) throw new NotFound();
  const a = assertCanManageCatalog(actor, existing.ownerRegionCode);
  await assertIndicatorsVisible(db, existing.ownerRegionCode, {
    leftIndicator: input.leftIndicator,
    rightIndicator: input.rightIndicator,
  });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(validationRules)
      .set(input)
      .where(and(eq(validationRules.id, id)))
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: activationAction(existing.active, input.active),
      entity: 'validation_rule',
      entityId: String(id),
      regionCode: existing.ownerRegionCode === NATIONAL_CODE ? null : existing.ownerRegionCode,
      before: existing,
      after: row,
    });
    return toDto(row);
  });
}
