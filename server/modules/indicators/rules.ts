/**
 * Admin-defined validation rules between indicators (left OP right × factor, on totals or one
 * sex). They run with the built-in rules at entry, on import and in the validation report.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { validationRules } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { activationAction, recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { assertCanManageCatalog, requireActor } from '../../lib/permissions.js';
import type { CreateRuleInput, UpdateRuleInput } from '../../../api/indicators.js';
import { findIndicator } from './service.js';
import { catalogOwnersFor, catalogOwnersReadableBy } from './visibility.js';

type RuleRow = typeof validationRules.$inferSelect;

function toDto(row: RuleRow) {
  const { createdAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString() };
}

/**
 * The rules that apply in a region (national, its province's, its own), for those who read the
 * region; without a region (or anonymously) the national rules only.
 */
export async function listRules(db: Db, actor: Actor | null, regionCode: string | undefined) {
  const owners = catalogOwnersReadableBy(actor, regionCode);
  const rows = await db
    .select()
    .from(validationRules)
    .where(inArray(validationRules.ownerRegionCode, owners))
    .orderBy(asc(validationRules.id));
  return rows.map(toDto);
}

interface RuleSides {
  leftIndicator: string;
  leftSex: string;
  rightIndicator: string;
  rightSex: string;
}

/** Both sides name indicators the owner sees, with a sex each has, and not the same thing twice. */
async function assertSidesValid(db: Db, owner: string, rule: RuleSides) {
  const fields: FieldErrors = {};
  for (const side of ['left', 'right'] as const) {
    const ind = await findIndicator(db, rule[`${side}Indicator`]);
    const sex = rule[`${side}Sex`];
    if (!ind || !catalogOwnersFor(owner).includes(ind.ownerRegionCode))
      fields[`${side}Indicator`] = 'indicator_unknown';
    else if (sex !== 'T' && !ind.sexes.includes(sex)) fields[`${side}Sex`] = 'sex_not_applicable';
  }
  if (rule.leftIndicator === rule.rightIndicator && rule.leftSex === rule.rightSex) {
    fields.rightIndicator = 'rule_same_sides';
  }
  if (Object.keys(fields).length) throw new Invalid(fields);
}

export async function createRule(db: Db, actor: Actor | null, input: CreateRuleInput) {
  const caller = requireActor(actor);
  const owner = input.ownerRegionCode ?? (caller.role === 'superadmin' ? NATIONAL_CODE : caller.regionCode);
  const a = assertCanManageCatalog(caller, owner);
  await assertSidesValid(db, owner, input);
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
  await assertSidesValid(db, existing.ownerRegionCode, { ...existing, ...input });
  return db.transaction(async (tx) => {
    const [row] = await tx.update(validationRules).set(input).where(eq(validationRules.id, id)).returning();
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
