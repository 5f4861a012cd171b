/**
 * One contract, two stores: every case runs on the disk store and on the S3 store against a
 * real S3 server (s3rver on a random port), so code written against FileStore behaves the same
 * on both.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../config.js';
import { FileNotFound, InvalidFileKey, openFileStore, readAll, type FileStore } from './index.js';
import { PART_BYTES } from './s3.js';
import { startTestS3, type TestS3 } from './test-s3.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function keysOf(store: FileStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const f of store.list(prefix)) keys.push(f.key);
  return keys.sort();
}

const BAD_KEYS = [
  '',
  '/etc/passwd',
  '../x',
  'a/../b',
  'a/./b',
  'a//b',
  'a/',
  '.hidden',
  'a/.tmp/x',
  'a\\b',
  'a b',
];

function contract(
  name: string,
  open: () => Promise<{ store: FileStore; scratch: string; done(): Promise<void> }>,
) {
  describe(`file store contract: ${name}`, () => {
    let store: FileStore;
    let scratch: string;
    let done: () => Promise<void>;
    before(async () => ({ store, scratch, done } = await open()));
    after(() => done());

    test('put, stat and get give back the same bytes and content type', async () => {
      const body = Buffer.from('indicator_code;period;value\nIKG-01;2024;12,5\n');
      const info = await store.put('imports/72.71/1.csv', body, { contentType: 'text/csv' });
      assert.equal(info.key, 'imports/72.71/1.csv');
      assert.equal(info.bytes, body.length);
      assert.equal(info.contentType, 'text/csv');
      const stat = await store.stat('imports/72.71/1.csv');
      assert.equal(stat?.bytes, body.length);
      assert.equal(stat?.contentType, 'text/csv');
      assert.ok(stat!.modifiedAt.getTime() > Date.now() - 3600_000);
      assert.deepEqual(await readAll(store, 'imports/72.71/1.csv'), body);
    });

    test('put replaces; a missing content type is application/octet-stream', async () => {
      await store.put('replace/me.bin', 'first', { contentType: 'text/plain' });
      await store.put('replace/me.bin', 'second, longer');
      assert.equal((await readAll(store, 'replace/me.bin')).toString(), 'second, longer');
      assert.equal((await store.stat('replace/me.bin'))?.contentType, 'application/octet-stream');
    });

    test('a stream larger than one upload part arrives whole', async () => {
      const body = randomBytes(PART_BYTES + 300_000);
      const chunks = [];
      for (let i = 0; i < body.length; i += 64 * 1024) chunks.push(body.subarray(i, i + 64 * 1024));
      const info = await store.put('big/stream.bin', Readable.from(chunks));
      assert.equal(info.bytes, body.length);
      assert.equal(sha(await readAll(store, 'big/stream.bin')), sha(body));
    });

    test('a stream that fails midway leaves no file and no half of one', async () => {
      const failing = new Readable({ read() {} });
      failing.push(randomBytes(PART_BYTES + 1000));
      setImmediate(() => failing.destroy(new Error('client went away')));
      await assert.rejects(store.put('broken/upload.csv', failing), /client went away/);
      assert.equal(await store.stat('broken/upload.csv'), null);
      assert.deepEqual(await keysOf(store, 'broken/'), []);
    });

    test('putFile hands a local file over: stored, and gone from its place', async () => {
      const local = path.join(scratch, 'received.xlsx');
      const body = randomBytes(100_000);
      await writeFile(local, body);
      const info = await store.putFile('imports/72.71/2.xlsx', local, { contentType: 'application/zip' });
      assert.equal(info.bytes, body.length);
      assert.equal(existsSync(local), false);
      assert.equal(sha(await readAll(store, 'imports/72.71/2.xlsx')), sha(body));
    });

    test('localFile gives a readable path; release keeps the stored file', async () => {
      await store.put('local/rows.tsv', 'a\tb\n');
      const local = await store.localFile('local/rows.tsv', scratch);
      assert.equal(await readFile(local.path, 'utf8'), 'a\tb\n');
      await local.release();
      assert.equal((await readAll(store, 'local/rows.tsv')).toString(), 'a\tb\n');
      await assert.rejects(store.localFile('local/missing.tsv', scratch), FileNotFound);
    });

    test('missing files: get throws FileNotFound, stat answers null, delete is quiet', async () => {
      await assert.rejects(store.get('nothing/here.csv'), FileNotFound);
      assert.equal(await store.stat('nothing/here.csv'), null);
      await store.delete('nothing/here.csv');
    });

    test('delete removes the file from get, stat and list', async () => {
      await store.put('gone/soon.txt', 'x');
      await store.delete('gone/soon.txt');
      assert.equal(await store.stat('gone/soon.txt'), null);
      await assert.rejects(store.get('gone/soon.txt'), FileNotFound);
      assert.deepEqual(await keysOf(store, 'gone/'), []);
    });

    test('list answers every file under a prefix, with its size and type', async () => {
      for (const key of ['ls/b/3.txt', 'ls/a-1.txt', 'ls/a/2.txt', 'lsx/4.txt', 'ls/a/1.txt'])
        await store.put(key, key, { contentType: 'text/plain' });
      assert.deepEqual(await keysOf(store, 'ls/a/'), ['ls/a/1.txt', 'ls/a/2.txt']);
      assert.deepEqual(await keysOf(store, 'ls/a'), ['ls/a-1.txt', 'ls/a/1.txt', 'ls/a/2.txt']);
      assert.deepEqual(await keysOf(store, 'ls/'), ['ls/a-1.txt', 'ls/a/1.txt', 'ls/a/2.txt', 'ls/b/3.txt']);
      assert.deepEqual(await keysOf(store, 'ls'), [
        'ls/a-1.txt',
        'ls/a/1.txt',
        'ls/a/2.txt',
        'ls/b/3.txt',
        'lsx/4.txt',
      ]);
      const all: { key: string; bytes: number; contentType: string }[] = [];
      for await (const f of store.list('')) all.push(f);
      const one = all.find((f) => f.key === 'ls/b/3.txt');
      assert.deepEqual(
        { bytes: one?.bytes, contentType: one?.contentType },
        { bytes: 10, contentType: 'text/plain' },
      );
      assert.deepEqual(await keysOf(store, 'no-such-prefix/'), []);
    });

    test('keys that could leave the store or reach its bookkeeping are refused by every operation', async () => {
      for (const key of BAD_KEYS) {
        await assert.rejects(store.put(key, 'x'), InvalidFileKey, `put ${JSON.stringify(key)}`);
        await assert.rejects(store.get(key), InvalidFileKey, `get ${JSON.stringify(key)}`);
        await assert.rejects(store.stat(key), InvalidFileKey, `stat ${JSON.stringify(key)}`);
        await assert.rejects(store.delete(key), InvalidFileKey, `delete ${JSON.stringify(key)}`);
      }
      for (const prefix of ['../', '/etc', 'a/../', '.tmp/']) {
        await assert.rejects(keysOf(store, prefix), InvalidFileKey, `list ${prefix}`);
      }
    });
  });
}

contract('disk', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'setara-files-test-'));
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'setara-scratch-test-'));
  const store = await openFileStore({ kind: 'disk', dir: root, temporary: true });
  return {
    store,
    scratch,
    async done() {
      await store.close();
      assert.equal(existsSync(root), false, 'a temporary store removes its folder on close');
      await rm(scratch, { recursive: true, force: true });
    },
  };
});

contract('s3 (s3rver)', async () => {
  const s3: TestS3 = await startTestS3();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'setara-scratch-test-'));
  const store = await openFileStore(s3.config);
  return {
    store,
    scratch,
    async done() {
      await store.close();
      assert.deepEqual(await readdir(scratch), [], 'released copies are removed');
      await rm(scratch, { recursive: true, force: true });
      await s3.close();
    },
  };
});

describe('file store configuration', () => {
  test('disk under <SETARA_DATA_DIR>/files by default, FILE_STORE_DIR when set', () => {
    assert.deepEqual(loadConfig({ SETARA_DATA_DIR: '/srv/setara' }).fileStore, {
      kind: 'disk',
      dir: '/srv/setara/files',
      temporary: false,
    });
    assert.equal(loadConfig({ FILE_STORE_DIR: '/mnt/shared/files' }).fileStore.kind, 'disk');
    assert.equal(
      (loadConfig({ FILE_STORE_DIR: '/mnt/shared/files' }).fileStore as { dir: string }).dir,
      '/mnt/shared/files',
    );
  });

  test('s3 reads its settings and refuses half of them', () => {
    assert.deepEqual(
      loadConfig({
        FILE_STORE: 's3',
        S3_BUCKET: 'setara',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: '1',
      }).fileStore,
      {
        kind: 's3',
        bucket: 'setara',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        accessKeyId: 'id',
        secretAccessKey: 'secret',
        forcePathStyle: true,
      },
    );
    assert.throws(() => loadConfig({ FILE_STORE: 's3' }), /S3_BUCKET/);
    assert.throws(() => loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' }), /together/);
    assert.throws(() => loadConfig({ FILE_STORE: 'ftp' }), /FILE_STORE/);
  });

  test('a disk store makes its folder only when it stores a file (a test app that never does leaves none)', async () => {
    const root = path.join(os.tmpdir(), `setara-files-lazy-${randomBytes(4).toString('hex')}`);
    const store = await openFileStore({ kind: 'disk', dir: root, temporary: false });
    try {
      assert.equal(existsSync(root), false);
      await store.put('a/b.txt', 'x');
      assert.equal(existsSync(root), true);
    } finally {
      await store.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  test('an unreachable bucket fails at start, naming the bucket', async () => {
    const s3 = await startTestS3();
    try {
      await assert.rejects(openFileStore({ ...s3.config, bucket: 'no-such-bucket' }), /"no-such-bucket"/);
    } finally {
      await s3.close();
    }
  });
});
