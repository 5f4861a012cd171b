import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { opd, regions, users } from '../../db/schema.js';
import { institutionAccounts, institutions } from '../../db/schema-institutions.js';
import type { Me } from '../../../api/auth.js';

export async function findUserForLogin(db: Db, login: string) {
  const key = login.toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, key), eq(sql`lower(${users.email})`, key)))
    .limit(1);
  return user ?? null;
}

export async function loadMe(db: Db, userId: string): Promise<Me | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      opdId: users.opdId,
      opdName: opd.name,
      institutionId: institutionAccounts.institutionId,
      institutionName: institutions.name,
      isDemo: users.isDemo,
      region: {
        code: regions.code,
        name: regions.name,
        level: regions.level,
        parentCode: regions.parentCode,
      },
    })
    .from(users)
    .innerJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(opd, and(eq(opd.regionCode, users.regionCode), eq(opd.id, users.opdId)))
    .leftJoin(institutionAccounts, eq(institutionAccounts.userId, users.id))
    .leftJoin(institutions, eq(institutions.id, institutionAccounts.institutionId))
    .where(eq(users.id, userId));
  return row ?? null;
}
