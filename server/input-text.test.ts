/**
 * NUL (U+0000) in any input answers 400 naming the field, never 500 (issue 8, finding 9):
 * PostgreSQL's text cannot hold it, so a NUL that reached a query failed inside the database.
 * Table-driven over every route the app serves — its OpenAPI description is built from the
 * routes themselves, and is checked against the router's own list — so a route added later is
 * covered without editing this file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipart, upload } from './modules/imports/test-helpers.js';
import { createTestApp, type TestApp } from './test-support/test-app.js';
import { demoOpdIdsByShortName } from './test-support/demo-opd.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  method: Method;
  path: string;
  query: string[];
  params: string[];
  body: string[] | null;
}

const NUL_MESSAGE = /NUL/;
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** The app's routes as the router knows them: `printRoutes` draws a tree of path pieces. */
function routerRoutes(tree: string): Set<string> {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const full = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of m[3].split(', ')) {
      if (method !== 'HEAD' && full.startsWith('/api/') && !full.startsWith('/api/docs')) {
        found.add(`${method} ${full}`);
      }
    }
  }
  return found;
}

function operationsOf(openapi: {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>
  >;
}): Operation[] {
  return Object.entries(openapi.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const parameters = op.parameters ?? [];
      const body = (
        op.requestBody as { content?: Record<string, { schema?: { properties?: object } }> } | undefined
      )?.content?.['application/json']?.schema;
      return {
        method: method.toUpperCase() as Method,
        path,
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        body: body ? Object.keys(body.properties ?? {}) : null,
      };
    }),
  );
}

/** A plausible URL for the operation: real region and OPD, syntactically valid ids. */
function urlOf(op: Operation, opdId: string, override: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in override) return encodeURIComponent(override[name]);
    if (name === 'code' && op.path.startsWith('/api/regions/')) return '72.71';
    if (name === 'code' && op.path.startsWith('/api/nomenclature/')) return '2.08';
    if (name === 'code') return 'KDD_PENDUDUK';
    if (name === 'indicator') return 'KDD_PENDUDUK';
    if (name === 'id' && op.path.startsWith('/api/opd/')) return opdId;
    if (name === 'id' && op.path.startsWith('/api/imports/')) return '1';
    if (name === 'format') return 'pdf';
    if (name === 'doc') return 'gap';
    return SAMPLE_ID;
  });
}

describe('NUL in input answers 400 naming the field', () => {
  let t: TestApp;
  let cookie: string;
  let ops: Operation[];
  let opdId: string;
  before(async () => {
    t = await createTestApp();
    cookie = await t.login('demo.superadmin');
    ops = operationsOf((await t.app.inject({ url: '/api/docs/json' })).json());
    opdId = (await demoOpdIdsByShortName(t, cookie)).get('DP3A')!;
  });
  after(() => t.close());

  const expectNulRefused = (
    res: { statusCode: number; body: string; json: () => { error: { code: string; fields?: object } } },
    field: string,
    label: string,
  ) => {
    assert.equal(res.statusCode, 400, `${label}: ${res.statusCode} ${res.body}`);
    const { error } = res.json();
    assert.equal(error.code, 'validation_failed', label);
    const fields = (error.fields ?? {}) as Record<string, string>;
    assert.match(fields[field] ?? '', NUL_MESSAGE, `${label}: ${res.body}`);
  };

  test('the OpenAPI description lists every API route the router serves', () => {
    const described = new Set(ops.map((op) => `${op.method} ${op.path}`));
    const served = routerRoutes(t.app.printRoutes({ commonPrefix: false }));
    assert.ok(served.size > 50, `parsed ${served.size} routes`);
    assert.deepEqual(
      [...served].filter((r) => !described.has(r)),
      [],
    );
  });

  test('every query parameter of every route', async (s) => {
    for (const op of ops) {
      for (const name of op.query) {
        const label = `${op.method} ${op.path}?${name}`;
        await s.test(label, async () => {
          const res = await t.app.inject({
            method: op.method,
            url: `${urlOf(op, opdId)}?${name}=a%00b`,
            headers: { cookie },
          });
          expectNulRefused(res, name, label);
        });
      }
    }
  });

  test('every path parameter of every route', async (s) => {
    for (const op of ops) {
      for (const name of op.params) {
        const label = `${op.method} ${op.path} {${name}}`;
        await s.test(label, async () => {
          const res = await t.app.inject({
            method: op.method,
            url: urlOf(op, opdId, { [name]: 'a\u0000b' }),
            headers: { cookie },
            ...(op.body ? { payload: {} } : {}),
          });
          expectNulRefused(res, name, label);
        });
      }
    }
  });

  test('every field of every JSON body', async (s) => {
    for (const op of ops.filter((o) => o.body)) {
      const label = `${op.method} ${op.path}`;
      await s.test(label, async () => {
        assert.ok(op.body!.length > 0, `${label} describes no body field`);
        for (const field of op.body!) {
          const res = await t.app.inject({
            method: op.method,
            url: urlOf(op, opdId),
            headers: { cookie },
            payload: { [field]: 'a\u0000b' },
          });
          expectNulRefused(res, field, `${label} ${field}`);
        }
      });
    }
  });

  test('an otherwise valid OPD, GAP comment and sign-in name the field', async () => {
    const opd = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie },
      payload: { name: 'Dinas\u0000Uji', shortName: 'DU', kind: 'dinas' },
    });
    expectNulRefused(opd, 'name', 'OPD create');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'demo.admin\u0000', password: 'x' },
    });
    expectNulRefused(login, 'username', 'login');
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/gap/${SAMPLE_ID}/comments`,
      headers: { cookie },
      payload: { target: '1', body: 'Perbaiki\u0000' },
    });
    expectNulRefused(comment, 'body', 'GAP comment');
  });

  test('nested fields, list items and keys are named by their path', async () => {
    const gap = await t.app.inject({
      method: 'PUT',
      url: `/api/gap/${SAMPLE_ID}`,
      headers: { cookie },
      payload: {
        version: 1,
        gbs: {
          components: [
            { id: 'a', name: 'ok' },
            { id: 'b', name: 'x\u0000' },
          ],
        },
      },
    });
    expectNulRefused(gap, 'gbs.components.1.name', 'nested');
    const key = await t.app.inject({
      method: 'POST',
      url: '/api/indicators',
      headers: { cookie },
      payload: { refs: { 'sdg\u0000': '5.1' } },
    });
    expectNulRefused(key, 'refs.sdg\\u0000', 'key');
  });
});

describe('names, codes and one-line fields refuse line breaks and hidden characters', () => {
  let t: TestApp;
  let cookie: string;
  before(async () => {
    t = await createTestApp();
    cookie = await t.login('demo.superadmin');
  });
  after(() => t.close());

  const createOpd = (payload: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie, 'accept-language': 'en' },
      payload: { kind: 'dinas', ...payload },
    });
  const fieldsOf = (res: { json: () => { error: { fields?: Record<string, string> } } }) =>
    res.json().error.fields ?? {};

  test('a line break in a one-line field is refused, naming the field', async () => {
    const res = await createOpd({ name: 'Dinas Uji\r\nBaris Dua', shortName: 'DUB' });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(fieldsOf(res).name, /single line/);
    const tab = await createOpd({ name: 'Dinas\u0007Uji', shortName: 'DUT' });
    assert.equal(tab.statusCode, 400, tab.body);
    assert.match(fieldsOf(tab).name, /control character/);
  });

  test('bidi controls in names are refused, naming the field', async () => {
    for (const bidi of ['\u202e', '\u2066', '\u200f']) {
      const res = await createOpd({ name: `Dinas ${bidi}Uji`, shortName: 'DBI' });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(fieldsOf(res).name, /bidi/);
    }
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie, 'accept-language': 'en' },
      payload: {
        username: 'bidi.user',
        fullName: 'Budi \u202egnikrow',
        role: 'admin_daerah',
        regionCode: '72.71',
        password: 'Setara#Uji2026-panjang',
      },
    });
    assert.equal(user.statusCode, 400, user.body);
    assert.match(fieldsOf(user).fullName, /bidi/);
  });

  test('zero-width characters are dropped, so a pasted name is the name it looks like', async () => {
    const created = await createOpd({ name: '\ufeffDinas Nol\u200b Lebar', shortName: 'DN\u200dL' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().name, 'Dinas Nol Lebar');
    assert.equal(created.json().shortName, 'DNL');
    const again = await createOpd({ name: 'Dinas Nol\u2060 Lebar', shortName: 'DNL2' });
    assert.equal(again.statusCode, 409, again.body);
    assert.ok(fieldsOf(again).name);
    const empty = await createOpd({ name: '\u200b\u200b', shortName: 'DNL3' });
    assert.equal(empty.statusCode, 400, empty.body);
    assert.equal(fieldsOf(empty).name, 'Required.');
  });

  test('codes follow the same rules: a zero-width space in a SIPD code still matches', async () => {
    const res = await t.app.inject({
      url: '/api/nomenclature/2.08\u200b/path',
      headers: { cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().code, '2.08');
  });
});

describe('uploads: file names and contents never reach the database with NUL', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const budget = (fileName: string, content: string) => {
    const body = multipart(fileName, content);
    return t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/sub-activities/import?year=2026',
      headers: { ...body.headers, cookie: admin, 'accept-language': 'en' },
      payload: body.payload,
    });
  };
  const BUDGET_CSV =
    'OPD;Kode;Nama;Indikator;Target;Pagu\n' +
    'Dinkes;1.02.02.2.02.0001;Pengelolaan Pelayanan Kesehatan Ibu Hamil;Ibu hamil terlayani;5 orang;500.000.000\n';

  test('a budget file named with NUL and bidi characters is stored under its visible name', async () => {
    const res = await budget('pa\u0000gu\u202e.csv', BUDGET_CSV);
    assert.equal(res.statusCode, 200, res.body);
    const audit = await t.app.inject({
      url: '/api/audit?entity=sub_activity_import',
      headers: { cookie: admin },
    });
    assert.equal(audit.json().items[0].after.fileName, 'pagu.csv');
  });

  test('NUL inside a budget file refuses the file with 422, not 500', async () => {
    const res = await budget('pagu.csv', BUDGET_CSV.replace('Ibu Hamil', 'Ibu\u0000Hamil'));
    assert.equal(res.statusCode, 422, res.body);
    assert.match(res.json().error.message, /binary/);
  });

  test('a data import keeps the visible file name and refuses NUL in the file', async () => {
    const csv =
      'indicator_code;region_code;period;sex;value;note\nKDD_PENDUDUK;72.71;2019;P;100;cat\u0000an\n';
    const batch = await upload(t, admin, 'da\u200bta\u202e\u0000.csv', csv);
    assert.equal(batch.fileName, 'data.csv');
    assert.equal(batch.status, 'failed');
    assert.equal(batch.errors.items[0].code, 'file_binary');
  });
});
