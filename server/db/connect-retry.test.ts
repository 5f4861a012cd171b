/**
 * A server started against a PostgreSQL that does not answer: one readable line per retry,
 * then one line and exit 1 after DATABASE_WAIT_SECONDS — or a normal start once the database
 * answers (PostgreSQL behind a proxy that opens late; needs TEST_DATABASE_URL).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { test } from 'node:test';
import pg from 'pg';
import { redactedUrl } from './connect-retry.js';

function server(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, SETARA_DEMO: 'off', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.resume();
  return Object.assign(child, { stderr: () => err });
}
const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', r)));

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

test('an unreachable DATABASE_URL: a line per retry, then one line and exit 1, no stack trace', async () => {
  const port = await freePort();
  const child = server({
    DATABASE_URL: `postgres://setara:secret@127.0.0.1:${port}/x`,
    DATABASE_WAIT_SECONDS: '2',
  });
  assert.equal(await exited(child), 1);
  const lines = child.stderr().trim().split('\n');
  assert.ok(lines.length >= 2, child.stderr());
  assert.match(
    lines[0],
    /^Database at postgres:\/\/setara:\*\*\*@127\.0\.0\.1:\d+\/x not reachable: .*ECONNREFUSED.*; retrying in/,
  );
  assert.match(lines.at(-1)!, /^Setara cannot start: .*gave up after 2 s \(DATABASE_WAIT_SECONDS\)\.$/);
  assert.doesNotMatch(child.stderr(), /\n\s+at |secret/);
});

test('a DATABASE_URL that is not a PostgreSQL URL: one line, at once', async () => {
  const child = server({ DATABASE_URL: 'mysql://localhost/setara' });
  assert.equal(await exited(child), 1);
  assert.equal(
    child.stderr().trim(),
    'Setara cannot start: DATABASE_URL must be a postgres:// (or postgresql://) URL',
  );
});

test('redactedUrl hides the password only', () => {
  assert.equal(
    redactedUrl('postgres://u:p@h:5432/d?sslmode=require'),
    'postgres://u:***@h:5432/d?sslmode=require',
  );
  assert.equal(redactedUrl('postgres://u@h/d'), 'postgres://u@h/d');
});

test(
  'PostgreSQL that comes up while the server waits: it starts',
  { skip: process.env.TEST_DATABASE_URL ? false : 'runs against PostgreSQL (TEST_DATABASE_URL)' },
  async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    const name = `setara_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: target.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const proxyPort = await freePort();
    const url = new URL(target);
    url.port = String(proxyPort);
    url.pathname = `/${name}`;
    const httpPort = await freePort();
    const child = server({
      DATABASE_URL: url.toString(),
      DATABASE_WAIT_SECONDS: '60',
      PORT: String(httpPort),
    });
    // The database "boots" after the app: the proxy to it opens once the server has retried.
    for (let i = 0; i < 600 && !/retrying in/.test(child.stderr()); i++)
      await new Promise((r) => setTimeout(r, 100));
    const proxy = net.createServer((socket) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((r) => proxy.listen(proxyPort, '127.0.0.1', r));
    try {
      let status = 0;
      for (let i = 0; i < 600 && status !== 200 && child.exitCode === null; i++) {
        status = await fetch(`http://127.0.0.1:${httpPort}/api/health`)
          .then((r) => r.status)
          .catch(() => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(status, 200, child.stderr());
      assert.match(child.stderr(), /not reachable: .*ECONNREFUSED.*; retrying in/);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
      proxy.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  },
);
