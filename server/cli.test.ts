/**
 * The command line against a real embedded database directory, as an operator would use it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from './config.js';
import { seedDemoOnStart } from './db/seed/demo.js';
import { openAndMigrate } from './start.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-cli-'));

function setara(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, SETARA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env,
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>,
): Promise<T> {
  const database = await openAndMigrate(loadConfig({ SETARA_DATA_DIR: dataDir }));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('cli', () => {
  before(() => {
    assert.equal(setara('migrate').code, 0);
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('--help lists the commands', () => {
    const { code, out } = setara('--help');
    assert.equal(code, 0);
    for (const c of ['migrate', 'seed-demo', 'create-user', 'reset-password'])
      assert.match(out, new RegExp(c));
  });

  test('unknown commands and bad options fail with a clear message', () => {
    assert.equal(setara('frobnicate').code, 2);
    const badRole = setara('create-user', '--username', 'x.y', '--role', 'raja', '--region', '72.71');
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /--role must be one of/);
    const badLevel = setara('create-user', '--username', 'x.y', '--role', 'superadmin', '--region', '72.71');
    assert.match(badLevel.err, /cannot sit at a kabkota region/);
  });

  test('create-user makes the first superadmin, with a generated password shown once', () => {
    const res = setara(
      'create-user',
      '--username',
      'root.admin',
      '--role',
      'superadmin',
      '--region',
      'ID',
      '--name',
      'Admin Nasional',
    );
    assert.equal(res.code, 0, res.err);
    assert.match(res.out, /Password \(shown once\): \S{16}/);
    const again = setara('create-user', '--username', 'root.admin', '--role', 'superadmin', '--region', 'ID');
    assert.equal(again.code, 2);
    assert.match(again.err, /already taken/);
  });

  test('create-user and reset-password refuse a password the policy refuses', () => {
    const common = setara(
      'create-user',
      '--username',
      'x.y',
      '--role',
      'superadmin',
      '--region',
      'ID',
      '--password',
      'password1234',
    );
    assert.equal(common.code, 2);
    assert.match(common.err, /--password is too easy to guess/);
    const own = setara('reset-password', '--username', 'root.admin', '--password', 'Root.Admin-2026');
    assert.equal(own.code, 2);
    assert.match(own.err, /--password may not contain the username/);
  });

  test('seed-demo, then seed-demo --off removes it and later starts keep it off', async () => {
    const on = setara('seed-demo');
    assert.equal(on.code, 0, on.err);
    assert.match(on.out, /created 6 users/);
    const op = setara(
      'create-user',
      '--username',
      'op.dinkes',
      '--role',
      'operator_opd',
      '--region',
      '72.71',
      '--opd',
      'dinkes',
      '--password',
      'operator-pass-1',
    );
    assert.equal(op.code, 0, op.err);
    const reset = setara('reset-password', '--username', 'op.dinkes', '--password', 'operator-pass-2');
    assert.equal(reset.code, 0, reset.err);

    const off = setara('seed-demo', '--off');
    assert.equal(off.code, 0, off.err);
    assert.match(off.out, /removed 7 demo users/);
    await withDatabase(async ({ db }) => {
      assert.equal(await seedDemoOnStart(db, true), false);
      const rows = (await db.query.users.findMany()).map((u) => u.username).sort();
      assert.deepEqual(rows, ['op.dinkes', 'root.admin']);
      // Dinkes is kept (a real operator points at it), deactivated; the other demo OPDs are gone.
      const opd = await db.query.opd.findMany();
      assert.deepEqual(
        opd.map((o) => [o.shortName, o.active]),
        [['Dinkes', false]],
      );
    });
  });
});
