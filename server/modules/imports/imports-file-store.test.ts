/**
 * Imports through the S3 file store (s3rver on a random port), across app servers: two apps on
 * one database, each with its own IMPORT_DIR, sharing nothing but the bucket. A batch uploaded
 * and checked on one is committed by the other, which fetches the checked rows from the store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openFileStore, type FileStore } from '../../lib/file-store/index.js';
import { startTestS3, type TestS3 } from '../../lib/file-store/test-s3.js';
import type { ZodApp } from '../../lib/context.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { commit, upload } from './test-helpers.js';

async function keys(store: FileStore, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const f of store.list(prefix)) out.push(f.key);
  return out.sort();
}

describe('imports through the S3 file store, across app servers', () => {
  let s3: TestS3;
  let first: TestApp;
  let second: ZodApp;
  let bucket: FileStore;
  before(async () => {
    s3 = await startTestS3();
    first = await createTestApp({ env: s3.env });
    const config = loadConfig({ ...s3.env, LOG_LEVEL: 'silent', SETARA_DATA_DIR: 'memory://' });
    config.dataDir = 'memory://';
    assert.notEqual(config.importDir, first.config.importDir);
    second = await buildApp(first.database, config);
    await second.ready();
    bucket = await openFileStore(s3.config);
  });
  after(async () => {
    await bucket?.close();
    await second?.close();
    await first?.close();
    await s3?.close();
  });

  test('a batch checked on one server is committed by the other from the bucket', async () => {
    const admin = await first.login('demo.admin');
    const csv =
      'indicator_code,region_code,period,sex,value\nKES_UHH,72.71,2031,P,72.5\nKES_UHH,72.71,2031,L,68.25\n';
    const checked = await upload(first, admin, 'uhh.csv', csv);
    assert.equal(checked.status, 'checked', JSON.stringify(checked.errors));
    assert.deepEqual(await keys(bucket, 'imports/72.71/'), [
      `imports/72.71/${checked.id}.csv`,
      `imports/72.71/${checked.id}.staging.tsv`,
    ]);

    const committed = await commit({ ...first, app: second }, admin, checked.id);
    assert.equal(committed.status, 'committed', JSON.stringify(committed.errors));
    assert.deepEqual(committed.comparison, { new: 2, changed: 0, unchanged: 0, at: 'commit' });
    const entry = await second.inject({
      url: '/api/regions/72.71/entry?period=2031',
      headers: { cookie: admin },
    });
    const uhh = (entry.json().values as { indicatorCode: string; sex: string; value: string }[])
      .filter((v) => v.indicatorCode === 'KES_UHH')
      .map((v) => `${v.sex}=${v.value}`)
      .sort();
    assert.deepEqual(uhh, ['L=68.25', 'P=72.5']);
    // A committed batch's files are gone from the bucket.
    assert.deepEqual(await keys(bucket, 'imports/72.71/'), []);
  });
});
