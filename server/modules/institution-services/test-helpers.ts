/**
 * Test support for institution services and agreements: registry institutions and an
 * institution account inserted directly (the registry's own API is not what these tests are
 * about), and a request helper that also PUTs.
 */
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.js';
import { institutionAccounts, institutions, institutionTypes } from '../../db/schema-institutions.js';
import { hashPassword } from '../../lib/passwords.js';
import type { TestApp } from '../../test-support/test-app.js';

export async function insertInstitution(
  t: TestApp,
  name: string,
  {
    regionCode = '72.71',
    fields = ['ekonomi', 'konseling'],
  }: { regionCode?: string; fields?: string[] } = {},
): Promise<string> {
  const db = t.database.db;
  const [type] = await db
    .select({ id: institutionTypes.id })
    .from(institutionTypes)
    .where(eq(institutionTypes.code, 'lplpp'));
  const key = name.toLowerCase();
  const [row] = await db
    .insert(institutions)
    .values({
      regionCode,
      name,
      nameKey: key,
      typeId: type.id,
      ownerKind: 'masyarakat',
      fields,
      address: `Jl. Uji ${name}`,
      addressKey: `jl uji ${key}`,
    })
    .returning({ id: institutions.id });
  return row.id;
}

/** An institution account bound to `institutionId`; answers its username (password: the demo's). */
export async function insertInstitutionAccount(
  t: TestApp,
  username: string,
  institutionId: string,
  regionCode = '72.71',
): Promise<string> {
  const db = t.database.db;
  const [u] = await db
    .insert(users)
    .values({
      username,
      fullName: `Akun ${username}`,
      passwordHash: await hashPassword('Setara#Demo2026'),
      role: 'lembaga_layanan',
      regionCode,
    })
    .returning({ id: users.id });
  await db.insert(institutionAccounts).values({ userId: u.id, regionCode, institutionId });
  return username;
}

export function client(t: TestApp, lang = 'id') {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie,
        'accept-language': lang,
        ...(method === 'GET' ? {} : { origin: 'http://localhost:80' }),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload: unknown = {}) => call('POST', url, cookie, payload),
    put: (url: string, cookie: string, payload: unknown) => call('PUT', url, cookie, payload),
    delete: (url: string, cookie: string) => call('DELETE', url, cookie),
  };
}
