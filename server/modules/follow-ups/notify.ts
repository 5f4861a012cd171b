/**
 * Who hears of a follow-up: its owner — the owner OPD's operators, or the active user of the
 * region whose e-mail is the owner person's. Told when it is assigned to them (created, or
 * the owner changed) inside that transaction, and by the daily job (reminders.ts) the day
 * before it is due and once it is overdue.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { opd, users } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { notify } from '../notifications/notify.js';
import { opdMembersOf } from '../notifications/recipients.js';

export interface OwnedFollowUp {
  id: string;
  regionCode: string;
  text: string;
  dueDate: string;
  ownerOpdId: string | null;
  ownerPersonId: string | null;
}

/** The users who own a follow-up, and the owner's name. */
export async function ownersOf(db: Db, f: OwnedFollowUp): Promise<{ userIds: string[]; name: string }> {
  if (f.ownerOpdId) {
    const [o] = await db
      .select({ name: opd.name })
      .from(opd)
      .where(and(eq(opd.regionCode, f.regionCode), eq(opd.id, f.ownerOpdId)));
    return { userIds: await opdMembersOf(db, f.regionCode, f.ownerOpdId), name: o?.name ?? '' };
  }
  const [p] = await db
    .select({ name: pugPeople.fullName, email: pugPeople.email })
    .from(pugPeople)
    .where(and(eq(pugPeople.regionCode, f.regionCode), eq(pugPeople.id, f.ownerPersonId!)));
  if (!p?.email) return { userIds: [], name: p?.name ?? '' };
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.regionCode, f.regionCode),
        eq(users.active, true),
        sql`lower(${users.email}) = lower(${p.email})`,
      ),
    );
  return { userIds: rows.map((r) => r.id), name: p.name };
}

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

export async function notifyFollowUp(
  tx: Db,
  kind: Extract<NotificationKind, `follow_up_${string}`>,
  f: OwnedFollowUp,
  meetingTitle: string,
  options: { actor?: Actor; dedupeKey?: string } = {},
): Promise<number> {
  const owners = await ownersOf(tx, f);
  return notify(tx, {
    regionCode: f.regionCode,
    kind,
    userIds: owners.userIds,
    actorUserId: options.actor?.userId ?? null,
    params: { text: short(f.text), meeting: meetingTitle, dueDate: String(f.dueDate), owner: owners.name },
    link: `/kelembagaan/tindak-lanjut?id=${f.id}`,
    dedupeKey: options.dedupeKey,
  });
}

/** A follow-up was given to an owner (created, or its owner changed). */
export function notifyAssigned(
  tx: Db,
  actor: Actor,
  meeting: { title: string },
  f: OwnedFollowUp,
): Promise<number> {
  return notifyFollowUp(tx, 'follow_up_assigned', f, meeting.title, {
    actor,
    dedupeKey: `follow_up_assigned:${f.id}:${f.ownerOpdId ?? f.ownerPersonId}`,
  });
}
