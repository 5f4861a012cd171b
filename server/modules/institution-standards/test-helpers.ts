/**
 * Shared by the institution-standards tests and the permission table: institutions and their
 * accounts written straight into the database (the registry's own API is another module's),
 * and a filled LPLPP example dossier.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { institutionAccounts, institutionTypes, institutions } from '../../db/schema-institutions.js';
import { hashPassword } from '../../lib/passwords.js';
import type { TestApp } from '../../test-support/test-app.js';
import { ORIGIN, multipart } from '../imports/test-helpers.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { LPLPP_EXAMPLE, PUSPAGA_EXAMPLE } from './examples.js';

export const ACCOUNT_PASSWORD = 'Sandi-lembaga-2026';
export { LPLPP_EXAMPLE, PUSPAGA_EXAMPLE };

export async function insertInstitution(
  db: Db,
  o: { name: string; type?: string; regionCode?: string; fields?: string[] },
): Promise<string> {
  const [type] = await db
    .select({ id: institutionTypes.id })
    .from(institutionTypes)
    .where(
      sql`${institutionTypes.code} = ${o.type ?? 'lplpp'} and ${institutionTypes.ownerRegionCode} is null`,
    );
  const key = o.name.toLowerCase();
  const [row] = await db
    .insert(institutions)
    .values({
      regionCode: o.regionCode ?? '72.71',
      name: o.name,
      nameKey: key,
      typeId: type.id,
      ownerKind: 'masyarakat',
      fields: o.fields ?? ['ekonomi', 'sosial'],
      address: `Jl. ${o.name} No. 1`,
      addressKey: `jl ${key} 1`,
    })
    .returning({ id: institutions.id });
  return row.id;
}

/** An institution account (lembaga_layanan) bound to the institution; answers its username. */
export async function insertInstitutionAccount(
  db: Db,
  institutionId: string,
  username: string,
  regionCode = '72.71',
): Promise<string> {
  const [u] = await db
    .insert(users)
    .values({
      username,
      fullName: `Akun ${username}`,
      passwordHash: await hashPassword(ACCOUNT_PASSWORD),
      role: 'lembaga_layanan',
      regionCode,
    })
    .returning({ id: users.id });
  await db.insert(institutionAccounts).values({ userId: u.id, regionCode, institutionId });
  return username;
}

export async function userIdOf(db: Db, username: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u.id;
}

export type Call = (
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) => Promise<{ statusCode: number; body: string; json: () => any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function caller(t: TestApp): Call {
  return (cookie, method, url, payload) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, ...(method === 'GET' ? {} : { origin: ORIGIN }) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}

export async function uploadEvidence(t: TestApp, cookie: string, dossierId: string, code: string) {
  const file = multipart('bukti.png', TINY_PNG);
  return t.app.inject({
    method: 'POST',
    url: `/api/institution-dossiers/${dossierId}/answers/${code}/evidence`,
    headers: { cookie, ...file.headers },
    payload: file.payload,
  });
}

/** A good answer for every criterion of the LPLPP example, with a file where evidence is expected. */
export async function fillLplpp(t: TestApp, cookie: string, dossierId: string): Promise<number> {
  const call = caller(t);
  let version = (await call(cookie, 'GET', `/api/institution-dossiers/${dossierId}`)).json()
    .version as number;
  for (const e of LPLPP_EXAMPLE.elements) {
    for (const c of e.criteria) {
      const value = c.kind === 'yes_no' ? true : c.kind === 'scale' ? 4 : 100;
      const res = await call(cookie, 'PUT', `/api/institution-dossiers/${dossierId}/answers/${c.code}`, {
        version,
        value,
        note: `Catatan ${c.code}`,
      });
      if (res.statusCode !== 200) throw new Error(`${c.code}: ${res.statusCode} ${res.body}`);
      version = res.json().version;
      if (c.evidenceExpected) {
        const up = await uploadEvidence(t, cookie, dossierId, c.code);
        if (up.statusCode !== 201) throw new Error(`evidence ${c.code}: ${up.statusCode} ${up.body}`);
        version += 1;
      }
    }
  }
  return version;
}
