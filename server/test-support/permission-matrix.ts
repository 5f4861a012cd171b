/**
 * Runs a permission table: every role (and the anonymous public) against each case. Allowed
 * means the server did not refuse for identity (401) or permission (403, or 404 for what the
 * caller may not even see). The tables in *permission-matrix*.test.ts are the specification.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoOpdIdsByShortName } from './demo-opd.js';
import { createTestApp, type TestApp } from './test-app.js';

export type Who =
  'anonymous' | 'superadmin' | 'provinsi' | 'admin' | 'reviewer' | 'operator' | 'pokja' | 'otherAdmin';
export const EVERYONE: Who[] = [
  'anonymous',
  'superadmin',
  'provinsi',
  'admin',
  'reviewer',
  'operator',
  'pokja',
  'otherAdmin',
];
export const SIGNED_IN = EVERYONE.filter((w) => w !== 'anonymous');
export const PALU_READERS: Who[] = ['superadmin', 'provinsi', 'admin', 'reviewer', 'operator', 'pokja'];
export const PALU_ADMINS: Who[] = ['superadmin', 'admin'];

export type Ids = Record<string, string>;

export interface Case {
  name: string;
  allowed: Who[];
  request: (
    who: Who,
    ids: Ids,
  ) => { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: object };
}

const REFUSED = new Set([401, 403, 404]);

/**
 * `loadIds` runs once as superadmin (its cookie given) after an admin of another kab/kota in
 * the same province (Kabupaten Donggala, 'otherAdmin') has been created.
 */
export function permissionMatrix(
  title: string,
  cases: Case[],
  loadIds: (t: TestApp, superadminCookie: string) => Promise<Ids>,
): void {
  describe(title, () => {
    let t: TestApp;
    const cookies = new Map<Who, string>();
    let ids: Ids;

    before(async () => {
      t = await createTestApp();
      const sa = await t.login('demo.superadmin');
      await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: sa },
        payload: {
          username: 'admin.donggala',
          fullName: 'Admin Donggala',
          role: 'admin_daerah',
          regionCode: '72.03',
          password: 'donggala-admin-1',
        },
      });
      ids = await loadIds(t, sa);
      const logins: Record<Exclude<Who, 'anonymous'>, [string, string?]> = {
        superadmin: ['demo.superadmin'],
        provinsi: ['demo.provinsi'],
        admin: ['demo.admin'],
        reviewer: ['demo.reviewer'],
        operator: ['demo.operator'],
        pokja: ['demo.pokja'],
        otherAdmin: ['admin.donggala', 'donggala-admin-1'],
      };
      for (const [who, [username, password]] of Object.entries(logins))
        cookies.set(who as Who, await t.login(username, password));
    });
    after(() => t.close());

    for (const c of cases) {
      test(c.name, async () => {
        for (const who of EVERYONE) {
          const { method, url, payload } = c.request(who, ids);
          const cookie = cookies.get(who);
          const res = await t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
          const allowed = c.allowed.includes(who);
          if (allowed) {
            assert.ok(
              !REFUSED.has(res.statusCode) && res.statusCode < 500,
              `${who} should be allowed: ${res.statusCode} ${res.body}`,
            );
          } else {
            assert.ok(REFUSED.has(res.statusCode), `${who} should be refused: ${res.statusCode} ${res.body}`);
            if (who === 'anonymous') assert.equal(res.statusCode, 401, `${who}: ${res.body}`);
          }
        }
      });
    }

    test('no case signed another caller out (refusals above were for permission, not a lost session)', async () => {
      for (const who of SIGNED_IN) {
        const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie: cookies.get(who)! } });
        assert.equal(res.statusCode, 200, who);
      }
    });
  });
}

/** The ids of two demo OPDs: the operator's own (Dinkes) and another (Dinsos). */
export async function demoOpdIds(t: TestApp, cookie: string): Promise<{ dinkes: string; dinsos: string }> {
  const ids = await demoOpdIdsByShortName(t, cookie);
  return { dinkes: ids.get('Dinkes')!, dinsos: ids.get('Dinsos')! };
}
