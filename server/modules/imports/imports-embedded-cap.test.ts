/**
 * The embedded database's import cap (issue 8, finding 10; docs/decisions.md): PGlite runs every
 * statement on the server's one thread and holds its one connection for the whole commit, so
 * a file over IMPORT_PGLITE_MAX_VALUES is refused at the check, with a message that names
 * PostgreSQL; on PostgreSQL the same file is accepted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, upload } from './test-helpers.js';

const HEADER = 'indicator_code,region_code,period,sex,value';
const fileOf = (values: number) =>
  [
    HEADER,
    ...Array.from({ length: values }, (_, i) => `KES_UHH,72.71,${1990 + (i >> 1)},${'PL'[i % 2]},70`),
  ].join('\n');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('import size on the embedded database', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp({ env: { IMPORT_PGLITE_MAX_VALUES: '10' } });
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  test('a file at the cap is checked and committed', async () => {
    const batch = await upload(t, admin, 'ten.csv', fileOf(10));
    assert.equal(batch.status, 'checked', JSON.stringify(batch.errors));
    assert.equal(batch.canCommit, true);
    assert.equal((await commit(t, admin, batch.id)).status, 'committed');
  });

  test('a file over the cap is refused on PGlite, naming PostgreSQL; accepted on PostgreSQL', async () => {
    const batch = await upload(t, admin, 'eleven.csv', fileOf(11));
    if (onPostgres) {
      assert.equal(batch.canCommit, true, JSON.stringify(batch.errors));
      return;
    }
    assert.equal(batch.status, 'checked');
    assert.equal(batch.canCommit, false);
    assert.deepEqual(
      batch.errors.items.map((e) => e.code),
      ['import_too_large_embedded'],
    );
    assert.match(batch.errors.items[0].message, /10/);
    assert.match(batch.errors.items[0].message, /PostgreSQL/);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/imports/${batch.id}/commit`,
      headers: { cookie: admin, origin: 'http://localhost:80', host: 'localhost:80' },
    });
    assert.equal(refused.statusCode, 422, refused.body);
  });
});

test('IMPORT_PGLITE_MAX_VALUES: 20,000 by default, 0 lifts the cap', () => {
  assert.equal(loadConfig({}).importPgliteMaxValues, 20_000);
  assert.equal(loadConfig({ IMPORT_PGLITE_MAX_VALUES: '0' }).importPgliteMaxValues, 0);
  assert.throws(() => loadConfig({ IMPORT_PGLITE_MAX_VALUES: '-1' }), /IMPORT_PGLITE_MAX_VALUES/);
});
