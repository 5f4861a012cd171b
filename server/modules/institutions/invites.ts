/**
 * The institution account: DP3A invites an organisation by a contact's e-mail. The invitation
 * creates an inactive-password account of role lembaga_layanan bound to the institution
 * (institution_accounts) and e-mails a single-use link through the notifications service; the
 * link carries a random 256-bit token of which only the SHA-256 is stored, expires after
 * INVITE_DAYS, and is spent when the password is set (checked by domain/password-policy.ts).
 *
 * Inviting again before the link was used sends a new link (the older ones stop working) and
 * may correct the name or address; once the account has a password, the institution has an
 * account and DP3A manages it on the users page (deactivate, reset password).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { INSTITUTION_ACCOUNT_ROLE } from '../../../domain/roles.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { regions, users } from '../../db/schema.js';
import { accountInvites, institutionAccounts, institutions } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, NotFound } from '../../lib/errors.js';
import { assertPasswordAllowed, hashPassword } from '../../lib/passwords.js';
import { deleteUserSessions } from '../../lib/sessions.js';
import { notify } from '../notifications/notify.js';
import { uniqueErrors as userUniqueErrors } from '../users/service.js';
import { managedInstitution } from './access.js';

export const INVITE_DAYS = 7;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The web page that sets the password (web/src/features/institutions/AcceptInvitePage.tsx). */
export const invitePath = (token: string) => `/undangan/${token}`;

/** A username from the institution's name: `lembaga.<first words>`, numbered when taken. */
async function freeUsername(tx: Db, name: string): Promise<string> {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 30)
      .replace(/\.+$/, '') || 'akun';
  for (let n = 0; n < 50; n++) {
    const candidate = `lembaga.${slug}${n ? n + 1 : ''}`;
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.username})`, candidate));
    if (!taken) return candidate;
  }
  return `lembaga.${randomBytes(4).toString('hex')}`;
}

export async function inviteAccount(
  db: Db,
  config: { publicUrl: string },
  actor: Actor | null,
  id: string,
  body: { fullName: string; email: string; username?: string },
) {
  const { actor: a, row } = await managedInstitution(db, actor, id);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000);
  const result = await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ userId: users.id, username: users.username, active: users.active })
          .from(institutionAccounts)
          .innerJoin(users, eq(users.id, institutionAccounts.userId))
          .where(eq(institutionAccounts.institutionId, id))
          .for('update');
        let userId: string;
        let username: string;
        if (existing) {
          const [used] = await tx
            .select({ at: accountInvites.usedAt })
            .from(accountInvites)
            .where(and(eq(accountInvites.userId, existing.userId), sql`${accountInvites.usedAt} is not null`))
            .limit(1);
          if (used) throw new Conflict({ email: 'institution_account_exists' }, 'institution_account_exists');
          userId = existing.userId;
          username = existing.username;
          await tx
            .update(users)
            .set({ fullName: body.fullName, email: body.email, updatedAt: sql`now()` })
            .where(eq(users.id, userId));
          // A new link replaces the older ones.
          await tx.delete(accountInvites).where(eq(accountInvites.userId, userId));
        } else {
          username = body.username ?? (await freeUsername(tx, row.name));
          // Nobody can sign in with this: the password is set through the link.
          const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
          const [user] = await tx
            .insert(users)
            .values({
              username,
              email: body.email,
              fullName: body.fullName,
              passwordHash,
              role: INSTITUTION_ACCOUNT_ROLE,
              regionCode: row.regionCode,
            })
            .returning({ id: users.id });
          userId = user!.id;
          await tx
            .insert(institutionAccounts)
            .values({ userId, regionCode: row.regionCode, institutionId: id });
          await recordAudit(tx, subjectOf(a), {
            action: 'create',
            entity: 'user',
            entityId: userId,
            regionCode: row.regionCode,
            after: { username, fullName: body.fullName, email: body.email, role: INSTITUTION_ACCOUNT_ROLE },
          });
        }
        await tx.insert(accountInvites).values({
          tokenHash: hashOf(token),
          userId,
          regionCode: row.regionCode,
          expiresAt,
          createdBy: a.userId,
        });
        await recordAudit(tx, subjectOf(a), {
          action: 'create',
          entity: 'institution_account',
          entityId: id,
          regionCode: row.regionCode,
          after: { userId, username, email: body.email, expiresAt },
        });
        const [region] = await tx
          .select({ name: regions.name })
          .from(regions)
          .where(eq(regions.code, row.regionCode));
        await notify(tx, {
          regionCode: row.regionCode,
          kind: 'institution_account_invited',
          userIds: [userId],
          params: {
            institution: row.name,
            region: region?.name ?? row.regionCode,
            username,
            url: `${config.publicUrl}${invitePath(token)}`,
            dueDate: addDays(todayInRegion(row.regionCode), INVITE_DAYS),
          },
          link: '/',
          actorUserId: a.userId,
        });
        return { userId, username };
      }),
    userUniqueErrors,
  );
  return { ...result, expiresAt: expiresAt.toISOString() };
}

/** The open invitation of a token, with its account and institution; 404 when used, expired or unknown. */
async function openInvite(db: Db, token: string) {
  const [row] = await db
    .select({
      tokenHash: accountInvites.tokenHash,
      userId: users.id,
      username: users.username,
      email: users.email,
      fullName: users.fullName,
      active: users.active,
      institutionName: institutions.name,
      regionCode: institutions.regionCode,
      expiresAt: accountInvites.expiresAt,
    })
    .from(accountInvites)
    .innerJoin(users, eq(users.id, accountInvites.userId))
    .innerJoin(institutionAccounts, eq(institutionAccounts.userId, users.id))
    .innerJoin(institutions, eq(institutions.id, institutionAccounts.institutionId))
    .where(
      and(
        eq(accountInvites.tokenHash, hashOf(token)),
        isNull(accountInvites.usedAt),
        gt(accountInvites.expiresAt, sql`now()`),
      ),
    );
  if (!row || !row.active) throw new NotFound('institution_invite_invalid');
  return row;
}

export async function inviteInfo(db: Db, token: string) {
  const row = await openInvite(db, token);
  return {
    username: row.username,
    fullName: row.fullName,
    institutionName: row.institutionName,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** Sets the account's password from the link, once; the user then signs in as usual. */
export async function acceptInvite(db: Db, token: string, password: string, ip: string | null) {
  const invite = await openInvite(db, token);
  await assertPasswordAllowed(password, invite, 'password');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    // Spent first, conditionally: of two requests with one link, only one sets the password.
    const spent = await tx
      .update(accountInvites)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountInvites.tokenHash, invite.tokenHash), isNull(accountInvites.usedAt)))
      .returning({ userId: accountInvites.userId });
    if (!spent.length) throw new NotFound('institution_invite_invalid');
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, invite.userId));
    await deleteUserSessions(tx, invite.userId);
    await recordAudit(
      tx,
      { userId: invite.userId, username: invite.username, ip },
      {
        action: 'password_change',
        entity: 'institution_account',
        entityId: invite.userId,
        regionCode: invite.regionCode,
      },
    );
  });
  return { ok: true as const };
}
