import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { opd, regions, users } from '../../db/schema.js';
import { containsPattern, offsetOf, pageOf } from '../../lib/pagination.js';
import type { ListUsersQuery } from '../../../api/users.js';

const columns = {
  id: users.id,
  username: users.username,
  email: users.email,
  fullName: users.fullName,
  role: users.role,
  regionCode: users.regionCode,
  regionName: regions.name,
  opdId: users.opdId,
  opdName: opd.name,
  active: users.active,
  isDemo: users.isDemo,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type UserRow = { lastLoginAt: Date | null; createdAt: Date } & Record<string, unknown>;

function toDto<T extends UserRow>(row: T) {
  return {
    ...row,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function baseQuery(db: Db) {
  return db
    .select(columns)
    .from(users)
    .innerJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(opd, and(eq(opd.regionCode, users.regionCode), eq(opd.id, users.opdId)));
}

export async function queryUsers(db: Db, query: ListUsersQuery) {
  const where: SQL[] = [];
  if (query.region) where.push(eq(users.regionCode, query.region));
  if (query.role) where.push(eq(users.role, query.role));
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(
      or(ilike(users.username, pattern), ilike(users.fullName, pattern), ilike(users.email, pattern))!,
    );
  }
  const condition = where.length ? and(...where) : undefined;
  const page = await pageOf(
    query,
    baseQuery(db).where(condition).orderBy(asc(users.username)).limit(query.pageSize).offset(offsetOf(query)),
    db.select({ total: count() }).from(users).where(condition),
  );
  return { ...page, items: page.items.map(toDto) };
}

export async function queryUser(db: Db, id: string) {
  const [row] = await baseQuery(db).where(eq(users.id, id));
  return row ? toDto(row) : null;
}

export async function findUserRow(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}
