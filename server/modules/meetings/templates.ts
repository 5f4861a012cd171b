/**
 * Event templates: the built-in Rakor Pokja PUG (domain/meetings/templates.ts) and the region's
 * own, which an admin saves from an event and applies to a new one (the web fills the form).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { TemplateDto } from '../../../api/meetings.js';
import { canManageMeetings, canReadMeetings } from '../../../domain/meetings/access.js';
import { BUILT_IN_RAKOR_TEMPLATE_ID, RAKOR_POKJA_TEMPLATE } from '../../../domain/meetings/templates.js';
import type { Db } from '../../db/connection.js';
import { meetingTemplates } from '../../db/schema-meetings.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { uniqueViolation } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { readableMeeting } from './service.js';

const BUILT_IN: TemplateDto = { id: BUILT_IN_RAKOR_TEMPLATE_ID, builtIn: true, ...RAKOR_POKJA_TEMPLATE };

function dto(row: typeof meetingTemplates.$inferSelect): TemplateDto {
  return {
    id: row.id,
    builtIn: false,
    name: row.name,
    kind: row.kind,
    title: row.title,
    theme: row.theme,
    agenda: row.agenda,
    intendedOutcomes: row.intendedOutcomes,
    trainingHours: row.trainingHours,
  };
}

export async function listTemplates(db: Db, actor: Actor | null, regionCode: string) {
  const a = requireActor(actor);
  if (!canReadMeetings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const rows = await db
    .select()
    .from(meetingTemplates)
    .where(eq(meetingTemplates.regionCode, regionCode))
    .orderBy(asc(meetingTemplates.name));
  return { items: [BUILT_IN, ...rows.map(dto)] };
}

export async function createTemplateFromMeeting(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: { meetingId: string; name: string },
) {
  const a = requireActor(actor);
  if (!canManageMeetings(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const { row } = await readableMeeting(db, a, input.meetingId);
  if (row.regionCode !== regionCode) throw new Invalid({ meetingId: 'meeting_not_found' });
  try {
    const created = await db.transaction(async (tx) => {
      const [t] = await tx
        .insert(meetingTemplates)
        .values({
          regionCode,
          name: input.name,
          kind: row.kind,
          title: row.title,
          theme: row.theme,
          agenda: row.agenda,
          intendedOutcomes: row.intendedOutcomes,
          trainingHours: row.trainingHours,
          createdBy: a.userId,
        })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'meeting_template',
        entityId: t.id,
        regionCode,
        after: dto(t),
      });
      return t;
    });
    return dto(created);
  } catch (err) {
    if (uniqueViolation(err) !== null)
      throw new Conflict({ name: 'meeting_template_name_taken' }, 'meeting_template_name_taken');
    throw err;
  }
}

export async function deleteTemplate(db: Db, actor: Actor | null, regionCode: string, templateId: string) {
  const a = requireActor(actor);
  if (!canManageMeetings(a, regionCode)) throw new Forbidden();
  const deleted = await db.transaction(async (tx) => {
    const [t] = await tx
      .delete(meetingTemplates)
      .where(and(eq(meetingTemplates.regionCode, regionCode), eq(meetingTemplates.id, templateId)))
      .returning();
    if (!t) return null;
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'meeting_template',
      entityId: t.id,
      regionCode,
      before: dto(t),
    });
    return t;
  });
  if (!deleted) throw new NotFound('meeting_template_not_found');
  return { ok: true as const };
}
