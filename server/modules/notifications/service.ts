/**
 * A user's own inbox and e-mail preferences: every route here acts on the signed-in user's
 * rows only, so there is no other user's notification to ask for (someone else's id is a 404).
 */
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { DEFAULT_LANGUAGE, NOTIFICATION_KINDS } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { notificationPreferences, notifications } from '../../db/schema-notifications.js';
import type { Actor } from '../../lib/actor.js';
import { NotFound } from '../../lib/errors.js';
import type { Language } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { renderNotification, type StoredParams } from './render.js';
import type { NotificationPreferences, PreferencesInput } from '../../../api/notifications.js';

const mine = (a: Actor) => eq(notifications.userId, a.userId);

export async function unreadCount(db: Db, actor: Actor | null): Promise<{ unread: number }> {
  const a = requireActor(actor);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(a), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}

export async function listNotifications(
  db: Db,
  actor: Actor | null,
  lang: Language,
  query: { page: number; pageSize: number; unread: boolean },
) {
  const a = requireActor(actor);
  const where = and(mine(a), query.unread ? isNull(notifications.readAt) : undefined);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...renderNotification(r.kind, r.params as StoredParams, lang),
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
      emailStatus: r.emailStatus,
    })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    unread: (await unreadCount(db, a)).unread,
  };
}

export async function markRead(db: Db, actor: Actor | null, id: string) {
  const a = requireActor(actor);
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(mine(a), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (!row) throw new NotFound();
  return { ok: true as const };
}

export async function markAllRead(db: Db, actor: Actor | null) {
  const a = requireActor(actor);
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(a), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { ok: true as const, marked: rows.length };
}

export async function getPreferences(
  db: Db,
  actor: Actor | null,
  mailEnabled: boolean,
): Promise<NotificationPreferences> {
  const a = requireActor(actor);
  const [user] = await db
    .select({ email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, a.userId));
  const chosen = await db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, a.userId));
  const off = new Set(chosen.filter((c) => !c.email).map((c) => c.kind));
  return {
    language: user?.language ?? DEFAULT_LANGUAGE,
    emailAddress: user?.email ?? null,
    mailEnabled,
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, email: !off.has(kind) })),
  };
}

/** The user's own choices: no audit entry, like a password change's own session list. */
export async function putPreferences(
  db: Db,
  actor: Actor | null,
  input: PreferencesInput,
  mailEnabled: boolean,
) {
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    if (input.language) {
      await tx.update(users).set({ language: input.language }).where(eq(users.id, a.userId));
    }
    for (const k of input.kinds ?? []) {
      await tx
        .insert(notificationPreferences)
        .values({ userId: a.userId, kind: k.kind, email: k.email })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { email: k.email, updatedAt: sql`now()` },
        });
    }
  });
  return getPreferences(db, a, mailEnabled);
}
