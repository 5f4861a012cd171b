/**
 * What `npm start` tells a person, and what production tells a log collector: the ready line
 * with and without the demo, the log format's defaults, and a real server's stdout in both.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../config.js';
import { browserUrl, loggerOptions, readyLine, readyRecord, type ReadyFacts } from './logging.js';

const facts: ReadyFacts = {
  port: 3000,
  host: '0.0.0.0',
  demo: true,
  demoUser: 'demo.admin',
  demoPassword: 'Setara#Demo2026',
  database: 'pglite',
  dataDir: '/srv/setara/data',
  startMs: 1234,
};

describe('the ready message', () => {
  test('with the demo: where to go, whom to sign in as, how to stop — one line', () => {
    const line = readyLine(facts);
    assert.equal(
      line,
      'Setara siap: buka http://localhost:3000 di peramban — masuk sebagai demo.admin, kata sandi ' +
        'Setara#Demo2026 (akun demo lain: http://localhost:3000/panduan). Tekan Ctrl+C untuk berhenti.',
    );
    assert.doesNotMatch(line, /\n/);
  });

  test('without the demo: no sign-in hint and no password', () => {
    const line = readyLine({ ...facts, demo: false, port: 8080 });
    assert.equal(line, 'Setara siap: buka http://localhost:8080 di peramban. Tekan Ctrl+C untuk berhenti.');
  });

  test('the JSON record carries the facts but never the password', () => {
    const record = readyRecord(facts);
    assert.equal(record.msg, 'Setara ready on http://localhost:3000');
    assert.deepEqual(record.fields, {
      url: 'http://localhost:3000',
      database: 'pglite',
      dataDir: '/srv/setara/data',
      demo: true,
      startMs: 1234,
    });
    assert.doesNotMatch(JSON.stringify(record), /Demo2026/);
    assert.equal('dataDir' in readyRecord({ ...facts, database: 'postgres', dataDir: null }).fields, false);
  });

  test('a server bound to one address is reached there', () => {
    assert.equal(browserUrl('127.0.0.1', 3000), 'http://localhost:3000');
    assert.equal(browserUrl('::', 3000), 'http://localhost:3000');
    assert.equal(browserUrl('10.1.2.3', 80), 'http://10.1.2.3:80');
    assert.equal(browserUrl('fd00::5', 3000), 'http://[fd00::5]:3000');
  });
});

describe('LOG_FORMAT', () => {
  test('readable at a terminal by default, JSON in production, either when named', () => {
    assert.equal(loadConfig({}).logFormat, 'readable');
    assert.equal(loadConfig({ NODE_ENV: 'production' }).logFormat, 'json');
    assert.equal(loadConfig({ LOG_FORMAT: 'json' }).logFormat, 'json');
    assert.equal(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'readable' }).logFormat, 'readable');
    assert.throws(() => loadConfig({ LOG_FORMAT: 'xml' }), /LOG_FORMAT must be readable or json, got "xml"/);
  });

  test('the level defaults to warn when readable (no line per request) and info in JSON', () => {
    assert.equal(loadConfig({}).logLevel, 'warn');
    assert.equal(loadConfig({ LOG_FORMAT: 'json' }).logLevel, 'info');
    assert.equal(loadConfig({ LOG_LEVEL: 'debug' }).logLevel, 'debug');
  });

  test('JSON is pino as is; readable goes through pino-pretty; silent is off', () => {
    assert.deepEqual(loggerOptions({ logFormat: 'json', logLevel: 'info' }), { level: 'info' });
    const readable = loggerOptions({ logFormat: 'readable', logLevel: 'warn' });
    assert.ok(readable && typeof readable === 'object' && 'stream' in readable && readable.stream);
    assert.equal(loggerOptions({ logFormat: 'readable', logLevel: 'silent' }), false);
  });
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Starts server/main.ts on a new embedded database and returns its stdout up to the ready line. */
async function startupOutput(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  // A real folder: main.ts resolves SETARA_DATA_DIR as a path, so memory:// would land in the tree.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      LOG_LEVEL: '',
      NODE_ENV: '',
      SETARA_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  try {
    return await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (/Setara (siap|ready)/.test(out)) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('a real start', () => {
  // The demo is off: seeding it takes most of a start, and its hint is tested above. One start
  // only (a new database is slow on a busy machine); the JSON record's shape is tested above.
  test('npm start (readable): exactly the one plain line on stdout', async () => {
    const out = await startupOutput({ SETARA_DEMO: 'off' });
    const port = Number(/localhost:(\d+) /.exec(out)?.[1]);
    assert.deepEqual(out.trim().split('\n'), [readyLine({ ...facts, demo: false, port })]);
  });
});
