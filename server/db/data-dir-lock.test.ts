/**
 * One writer per embedded database directory, with real processes: a second server and the
 * command line are refused while a server holds the directory, naming its pid; the lock goes
 * with the server (SIGTERM) and a dead holder's lock is taken over.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { freePort } from '../test-support/free-port.js';
import { LOCK_FILE, readLockHolder } from './data-dir-lock.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-lock-'));
const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SETARA_DATA_DIR: dataDir,
    SETARA_DEMO: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  return env;
};

function startServer(p: number): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...baseEnv(), PORT: String(p) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return Object.assign(child, { output: () => out });
}

async function untilLive(p: number, child: ChildProcess & { output: () => string }) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${child.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${p}/api/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', r)));

function cli(...args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: baseEnv(),
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('data directory lock', () => {
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('a second server and the command line are refused while a server runs; SIGTERM frees it', async () => {
    const p1 = await freePort();
    const first = startServer(p1);
    try {
      await untilLive(p1, first);
      assert.equal(readLockHolder(dataDir)?.pid, first.pid);

      const second = startServer(await freePort());
      assert.equal(await exited(second), 1);
      assert.match(
        second.output(),
        new RegExp(`Setara cannot start: .* in use by a Setara server \\(pid ${first.pid}`),
      );
      assert.doesNotMatch(second.output(), /\n\s+at /, 'no stack trace');
      // The first one still answers: the second touched nothing.
      assert.equal((await fetch(`http://127.0.0.1:${p1}/api/health`)).status, 200);

      const refused = cli('create-user', '--username', 'x.admin', '--role', 'superadmin', '--region', 'ID');
      assert.equal(refused.code, 3);
      assert.match(refused.err, new RegExp(`pid ${first.pid}`));
    } finally {
      first.kill('SIGTERM');
      await exited(first);
    }
    assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false, 'lock removed on SIGTERM');
    assert.equal(cli('migrate').code, 0);
  });

  test("a dead holder's lock is taken over; a live one on this host is not", async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await exited(dead);
    const lock = (pid: number) =>
      fs.writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({ pid, host: os.hostname(), startedAt: 'earlier', boot: 'x', purpose: 'server' }),
      );
    lock(dead.pid!);
    const res = cli('migrate');
    assert.equal(res.code, 0, res.err);
    assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false);

    lock(process.pid);
    const held = cli('migrate');
    assert.equal(held.code, 3);
    assert.match(held.err, new RegExp(`pid ${process.pid}`));
    fs.rmSync(path.join(dataDir, LOCK_FILE));
  });
});
