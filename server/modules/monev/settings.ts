/**
 * A region's monev settings for one year: the expected cumulative realisation per quarter and
 * the report deadline per quarter, with a source note. Set by its admin daerah (DP3A); no
 * official figures are public (research-2.md §1), so nothing here has a built-in default: a
 * year without settings flags neither "behind schedule" nor "late".
 */
import { and, eq } from 'drizzle-orm';
import { canManageMonevSettings, canReadMonevSettings } from '../../../domain/monev/access.js';
import { QUARTERS, type Quarter } from '../../../domain/monev/constants.js';
import { validateSchedule, type MonevFlagConfig } from '../../../domain/monev/flags.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { monevSettings } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import type { MonevSettingsDto, MonevSettingsInput } from '../../../api/monev.js';

type Row = typeof monevSettings.$inferSelect;
type Schedule = Pick<MonevFlagConfig, 'expectedShare' | 'deadlines'>;

const SHARE_COLUMNS = ['thresholdQ1', 'thresholdQ2', 'thresholdQ3', 'thresholdQ4'] as const;
const DEADLINE_COLUMNS = ['deadlineQ1', 'deadlineQ2', 'deadlineQ3', 'deadlineQ4'] as const;

function scheduleOf(row: Row | undefined): Schedule {
  const expectedShare: Partial<Record<Quarter, number>> = {};
  const deadlines: Partial<Record<Quarter, string>> = {};
  if (row) {
    for (const q of QUARTERS) {
      const share = row[SHARE_COLUMNS[q - 1]];
      const due = row[DEADLINE_COLUMNS[q - 1]];
      if (share !== null) expectedShare[q] = Number(share);
      if (due !== null) deadlines[q] = due;
    }
  }
  return { expectedShare, deadlines };
}

async function settingsRow(db: Db, regionCode: string, year: number): Promise<Row | undefined> {
  const [row] = await db
    .select()
    .from(monevSettings)
    .where(and(eq(monevSettings.regionCode, regionCode), eq(monevSettings.year, year)));
  return row;
}

/** The flag configuration of a region's year, computed now. No permission check: callers checked. */
export async function flagConfigOf(db: Db, regionCode: string, year: number): Promise<MonevFlagConfig> {
  return { ...scheduleOf(await settingsRow(db, regionCode, year)), now: new Date().toISOString() };
}

async function dto(
  db: Db,
  regionCode: string,
  year: number,
  row: Row | undefined,
): Promise<MonevSettingsDto> {
  const schedule = scheduleOf(row);
  let updatedBy: MonevSettingsDto['updatedBy'] = null;
  if (row?.updatedBy) {
    const [u] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, row.updatedBy));
    updatedBy = { id: row.updatedBy, name: u?.name ?? '' };
  }
  return {
    regionCode,
    year,
    expectedShare: schedule.expectedShare,
    deadlines: schedule.deadlines,
    sourceNote: row?.sourceNote ?? '',
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy,
  };
}

export async function getMonevSettings(db: Db, actor: Actor | null, regionCode: string, year: number) {
  const a = requireActor(actor);
  if (!canReadMonevSettings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return dto(db, regionCode, year, await settingsRow(db, regionCode, year));
}

export async function putMonevSettings(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: MonevSettingsInput,
) {
  const a = requireActor(actor);
  if (!canManageMonevSettings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const schedule: Schedule = {
    expectedShare: Object.fromEntries(
      Object.entries(input.expectedShare).filter(([, v]) => v !== undefined),
    ) as Schedule['expectedShare'],
    deadlines: Object.fromEntries(
      Object.entries(input.deadlines).filter(([, v]) => v !== undefined),
    ) as Schedule['deadlines'],
  };
  const issues = validateSchedule(schedule);
  if (issues.length) {
    const fields: FieldErrors = Object.fromEntries(issues.map((i) => [i.field, i.code]));
    throw new Invalid(fields, 'monev_settings_invalid', { count: issues.length });
  }
  const values = {
    sourceNote: input.sourceNote,
    updatedBy: a.userId,
    updatedAt: new Date(),
    ...Object.fromEntries(
      QUARTERS.flatMap((q) => [
        [SHARE_COLUMNS[q - 1], schedule.expectedShare[q]?.toFixed(2) ?? null],
        [DEADLINE_COLUMNS[q - 1], schedule.deadlines[q] ?? null],
      ]),
    ),
  };
  const row = await db.transaction(async (tx) => {
    const before = await settingsRow(tx, regionCode, input.year);
    const [row] = await tx
      .insert(monevSettings)
      .values({ regionCode, year: input.year, ...values })
      .onConflictDoUpdate({ target: [monevSettings.regionCode, monevSettings.year], set: values })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'monev_settings',
      entityId: `${regionCode}/${input.year}`,
      regionCode,
      before: before ? { ...scheduleOf(before), sourceNote: before.sourceNote } : null,
      after: { ...schedule, sourceNote: input.sourceNote },
    });
    return row;
  });
  return dto(db, regionCode, input.year, row);
}
