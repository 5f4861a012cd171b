/**
 * Runs a permission table: every role (and the anonymous public) against each case. Allowed
 * means the server did not refuse for identity (401) or permission (403, or 404 for what the
 * caller may not even see). The tables live in test-support/matrices/ (so the route-coverage
 * test can read them without running them) and run from server/*permission-matrix*.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoOpdIdsByShortName } from './demo-opd.js';
import { createTestApp, type TestApp } from './test-app.js';

export type Who =
  | 'anonymous'
  | 'superadmin'
  | 'provinsi'
  | 'admin'
  | 'reviewer'
  | 'operator'
  | 'pokja'
  | 'otherAdmin'
  | 'institution';
/**
 * `institution` is Kota Palu's demo institution account (lembaga_layanan, demo.lembaga): in no
 * table's allowed list but its own registry's, so every other route is checked to refuse it.
 */
export const EVERYONE: Who[] = [
  'anonymous',
  'superadmin',
  'provinsi',
  'admin',
  'reviewer',
  'operator',
  'pokja',
  'otherAdmin',
  'institution',
];
export type SignedIn = Exclude<Who, 'anonymous'>;
export const SIGNED_IN = EVERYONE.filter((w): w is SignedIn => w !== 'anonymous');
export const PALU_READERS: Who[] = ['superadmin', 'provinsi', 'admin', 'reviewer', 'operator', 'pokja'];
export const PALU_ADMINS: Who[] = ['superadmin', 'admin'];
/** Who edits an OPD's own data: the region's admins and that OPD's operator (the demo operator's is Dinkes). */
export const OPERATOR_EDITORS: Who[] = [...PALU_ADMINS, 'operator'];
/** Palu's readers but the operator, who sees only their own OPD's planning. */
export const NOT_OPERATOR: Who[] = PALU_READERS.filter((w) => w !== 'operator');

/** A number per caller, for records each caller creates without clashing. */
export const callerNo = (who: Who) => EVERYONE.indexOf(who);

export type Ids = Record<string, string>;

/** app.inject's default host: writes name it as their origin, as the web app does (CSRF check). */
const ORIGIN = 'http://localhost:80';

export interface CaseRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: object | string | Buffer;
  headers?: Record<string, string>;
}

export interface Case {
  name: string;
  /**
   * The registered route the request must reach, `METHOD /pattern` as Fastify registers it
   * (e.g. 'PATCH /api/opd/:id'). The runner checks every request lands on it; the
   * route-coverage test uses it to find routes that no table speaks for.
   */
  route: string;
  allowed: Who[];
  request: (who: Who, ids: Ids) => CaseRequest;
  /**
   * For reads that filter instead of refusing: whether the answer shows the guarded record.
   * An allowed caller must see it; any other caller is refused or answered without it.
   */
  shows?: (body: unknown, ids: Ids) => boolean;
  /** Each caller signs in afresh for this case, because the request ends or spends the session. */
  freshSession?: boolean;
}

/** Builds a table's ids once, after every caller has signed in; `cookie(who)` acts as them. */
export type LoadIds = (t: TestApp, cookie: (who: Who) => string) => Promise<Ids>;

export interface PermissionTable {
  title: string;
  cases: Case[];
  loadIds: LoadIds;
}

const REFUSED = new Set([401, 403, 404]);

const LOGINS: Record<SignedIn, [string, string?]> = {
  superadmin: ['demo.superadmin'],
  provinsi: ['demo.provinsi'],
  admin: ['demo.admin'],
  reviewer: ['demo.reviewer'],
  operator: ['demo.operator'],
  pokja: ['demo.pokja'],
  otherAdmin: ['admin.donggala', 'Sandi-kabupaten-72'],
  institution: ['demo.lembaga'],
};

/**
 * Runs `tables` on one test app, in order. Before any table loads its ids, an admin of another
 * kab/kota in the same province (Kabupaten Donggala, 'otherAdmin') is created.
 */
export function permissionMatrix(title: string, tables: PermissionTable[]): void {
  describe(title, () => {
    let t: TestApp;
    const cookies = new Map<Who, string>();
    const idsOf = new Map<PermissionTable, Ids>();
    // The route that answered the latest request, as `METHOD /pattern` (undefined: none did).
    let reached: string | undefined;
    const signIn = (who: SignedIn) => t.login(...LOGINS[who]);

    before(async () => {
      t = await createTestApp({
        instrument: (app) =>
          app.addHook('onRequest', async (request) => {
            reached = `${request.method} ${request.routeOptions.url}`;
          }),
      });
      const sa = await signIn('superadmin');
      const donggala = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: sa },
        payload: {
          username: 'admin.donggala',
          fullName: 'Admin Donggala',
          role: 'admin_daerah',
          regionCode: '72.03',
          password: 'Sandi-kabupaten-72',
        },
      });
      assert.equal(donggala.statusCode, 201, donggala.body);
      cookies.set('superadmin', sa);
      for (const who of SIGNED_IN) if (!cookies.has(who)) cookies.set(who, await signIn(who));
      for (const table of tables) idsOf.set(table, await table.loadIds(t, (who) => cookies.get(who)!));
    });
    after(() => t.close());

    for (const table of tables) {
      for (const c of table.cases) {
        test(`${table.title}: ${c.name}`, async () => {
          const ids = idsOf.get(table)!;
          for (const who of EVERYONE) {
            const { method, url, payload, headers } = c.request(who, ids);
            const cookie =
              who === 'anonymous' ? undefined : c.freshSession ? await signIn(who) : cookies.get(who);
            reached = undefined;
            const res = await t.app.inject({
              method,
              url,
              payload,
              headers: {
                ...(method === 'GET' ? {} : { origin: ORIGIN }),
                ...(cookie ? { cookie } : {}),
                ...headers,
              },
            });
            assert.equal(
              reached,
              c.route,
              `${who}: ${method} ${url} reached ${reached ?? 'no route'} (${res.statusCode})`,
            );
            const refused = REFUSED.has(res.statusCode);
            const shown = !refused && res.statusCode < 300 && (!c.shows || c.shows(res.json(), ids));
            if (c.allowed.includes(who)) {
              assert.ok(
                !refused && res.statusCode < 500,
                `${who} should be allowed: ${res.statusCode} ${res.body.slice(0, 500)}`,
              );
              if (c.shows) assert.ok(shown, `${who} should see it: ${res.body.slice(0, 500)}`);
            } else if (c.shows && !refused) {
              assert.ok(res.statusCode < 300 && !shown, `${who} should not see it: ${res.statusCode}`);
            } else {
              assert.ok(refused, `${who} should be refused: ${res.statusCode} ${res.body.slice(0, 500)}`);
              if (who === 'anonymous') assert.equal(res.statusCode, 401, `${who}: ${res.body}`);
            }
          }
        });
      }
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
