/**
 * Backup and restore as an operator runs them (`npm run setara -- backup/restore`, real
 * processes): every table (row count and content) and every stored file is back after a
 * round trip; a backup of the embedded database is taken through the running server; a
 * restore refuses a newer schema, a non-empty target without --force and a held directory,
 * and a broken backup file changes nothing. PGlite always; PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { after, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import tar from 'tar-stream';
import { loadConfig } from '../config.js';
import { freePort } from '../test-support/free-port.js';
import { seedDemo } from './seed/demo.js';
import { openAndMigrate } from '../start.js';
import { openDatabase } from './connection.js';
import { codeSchemaVersion } from './schema-version.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-backup-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

type Env = Record<string, string>;

function setara(env: Env, ...args: string[]) {
  const full: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', SETARA_DEMO: 'off', ...env };
  if (!env.DATABASE_URL) delete full.DATABASE_URL;
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: full,
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/**
 * PostgreSQL writes a sequence's next 32 values ahead to its log, so a copy of a database in use
 * (a backup taken through the running server) replays that on restore and a sequence the server
 * was using may come back up to 32 ahead — ids stay unique, the rows are the same. Everything
 * else must be equal.
 */
const SEQUENCE_LOG_AHEAD = 32;
function assertRestored(actual: Record<string, string>, expected: Record<string, string>): void {
  const withoutSequences = (f: Record<string, string>) =>
    Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith('sequence ')));
  assert.deepEqual(withoutSequences(actual), withoutSequences(expected));
  for (const [key, value] of Object.entries(expected)) {
    if (!key.startsWith('sequence ')) continue;
    if (actual[key] === value) continue;
    const ahead = Number(actual[key]) - (value === 'null' ? 0 : Number(value));
    assert.ok(ahead > 0 && ahead <= SEQUENCE_LOG_AHEAD, `${key}: ${actual[key]} restored, ${value} before`);
  }
}

/** Every table's row count and content hash, every sequence, every file's hash. */
async function fingerprint(env: Env): Promise<Record<string, string>> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const out: Record<string, string> = {};
  try {
    const tables = await rows<{ s: string; t: string }>(
      sql`select table_schema as s, table_name as t from information_schema.tables
          where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
    );
    assert.ok(tables.length > 20, 'the schema is there');
    for (const { s, t } of tables) {
      const [r] = await rows<{ n: number; h: string }>(
        sql`select count(*)::int as n, coalesce(md5(string_agg(x::text, E'\n' order by x::text)), '') as h
            from ${sql.identifier(s)}.${sql.identifier(t)} x`,
      );
      out[`table ${s}.${t}`] = `${r.n} ${r.h}`;
    }
    for (const q of await rows<{ s: string; n: string; v: string | null }>(
      sql`select schemaname as s, sequencename as n, last_value::text as v from pg_sequences
          where schemaname in ('public', 'drizzle') order by 1, 2`,
    ))
      out[`sequence ${q.s}.${q.n}`] = String(q.v);
  } finally {
    await database.close();
  }
  const roots = {
    imports: config.importDir,
    store: config.fileStore.kind === 'disk' ? config.fileStore.dir : '',
  };
  for (const [name, dir] of Object.entries(roots)) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const full = path.join(dir, rel);
      if (fs.statSync(full).isFile())
        out[`file ${name}/${rel}`] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  }
  return out;
}

/** A deployment with the demo region, a data value change, an import file and a stored file. */
async function populate(env: Env) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const database = await openAndMigrate(config);
  try {
    await seedDemo(database.db);
    await database.db.execute(sql`update data_values set value = value + 1 where period = '2023'`);
  } finally {
    await database.close();
  }
  fs.mkdirSync(path.join(config.importDir, '72.71'), { recursive: true });
  fs.writeFileSync(path.join(config.importDir, '72.71', '7.csv'), 'indicator_code,value\nX,1\n');
  if (config.fileStore.kind === 'disk') {
    fs.mkdirSync(path.join(config.fileStore.dir, 'letterhead', '72.71'), { recursive: true });
    fs.writeFileSync(path.join(config.fileStore.dir, 'letterhead', '72.71', 'logo.png'), randomBytes(3000));
  }
}

/** The same backup with its manifest claiming a schema one migration newer than the code's. */
async function withNewerSchema(file: string, target: string) {
  const extract = tar.extract();
  const pack = tar.pack();
  const writing = pipeline(pack, zlib.createGzip(), fs.createWriteStream(target));
  const reading = pipeline(fs.createReadStream(file), zlib.createGunzip(), extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    let data = Buffer.concat(chunks);
    if (entry.header.name === 'manifest.json') {
      const m = JSON.parse(data.toString());
      m.schema = {
        migrations: m.schema.migrations + 1,
        lastAt: codeSchemaVersion().lastAt! + 1,
        lastTag: '9999_future',
      };
      data = Buffer.from(JSON.stringify(m));
    }
    pack.entry({ ...entry.header, size: data.length }, data);
  }
  await reading;
  pack.finalize();
  await writing;
}

function startServer(env: Env, port: number): ChildProcess {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    SETARA_DEMO: 'off',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...env,
  };
  delete full.DATABASE_URL;
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: full, stdio: 'ignore' });
}

async function untilReady(port: number, child: ChildProcess) {
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

describe('backup and restore (PGlite)', () => {
  const source: Env = { SETARA_DATA_DIR: path.join(work, 'source') };
  const target: Env = { SETARA_DATA_DIR: path.join(work, 'target') };
  const file = path.join(work, 'pglite.setara.tar.gz');

  test('a backup taken through the running server restores every table and file', async () => {
    await populate(source);
    const port = await freePort();
    const server = startServer(source, port);
    try {
      await untilReady(port, server);
      const res = setara(source, 'backup', file);
      assert.equal(res.code, 0, res.err);
      assert.match(res.out, new RegExp(`through the running server \\(pid ${server.pid}\\)`));
      assert.match(res.out, /files\/imports: 1 files/);

      // While the server holds the directory, it cannot be restored over.
      const held = setara(source, 'restore', file, '--force');
      assert.equal(held.code, 2);
      assert.match(held.err, new RegExp(`pid ${server.pid}`));
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
    }
    const restored = setara(target, 'restore', file);
    assert.equal(restored.code, 0, restored.err);
    assertRestored(await fingerprint(target), await fingerprint(source));
  });

  test('a non-empty target needs --force; a broken file changes nothing', async () => {
    const before = await fingerprint(target);
    const again = setara(target, 'restore', file);
    assert.equal(again.code, 2);
    assert.match(again.err, /already holds a database; add --force/);

    const broken = path.join(work, 'broken.tar.gz');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(broken, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const failed = setara(target, 'restore', broken, '--force');
    assert.notEqual(failed.code, 0);
    assert.deepEqual(await fingerprint(target), before);
    assert.deepEqual(
      fs.readdirSync(work).filter((n) => /\.(restore|old)-/.test(n)),
      [],
      'no staging folder left behind',
    );

    const forced = setara(target, 'restore', file, '--force');
    assert.equal(forced.code, 0, forced.err);
    assertRestored(await fingerprint(target), await fingerprint(source));
  });

  test('a backup from a newer schema is refused before anything is written', async () => {
    const newer = path.join(work, 'newer.tar.gz');
    await withNewerSchema(file, newer);
    const fresh: Env = { SETARA_DATA_DIR: path.join(work, 'fresh') };
    const res = setara(fresh, 'restore', newer);
    assert.equal(res.code, 2);
    assert.match(res.err, /schema \(9999_future\) is newer than this Setara's/);
    assert.equal(fs.existsSync(path.join(work, 'fresh', 'PG_VERSION')), false);
  });

  test('without a server running, the command line backs up the directory itself', () => {
    const res = setara(target, 'backup', path.join(work, 'offline.tar.gz'));
    assert.equal(res.code, 0, res.err);
    assert.match(res.out, /through the data directory \(no server running\)/);
  });
});

describe(
  'backup and restore (PostgreSQL)',
  { skip: process.env.TEST_DATABASE_URL ? false : 'needs TEST_DATABASE_URL' },
  () => {
    const names: string[] = [];
    const server = process.env.TEST_DATABASE_URL!;
    const scratch = async () => {
      const name = `setara_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      names.push(name);
      const url = new URL(server);
      url.pathname = `/${name}`;
      return url.toString();
    };
    after(async () => {
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      for (const n of names) await admin.query(`drop database if exists ${n} with (force)`);
      await admin.end();
    });

    test('pg_dump round trip: every table and file; a non-empty target needs --force', async () => {
      const source: Env = {
        DATABASE_URL: await scratch(),
        IMPORT_DIR: path.join(work, 'pg-source', 'imports'),
        FILE_STORE_DIR: path.join(work, 'pg-source', 'files'),
      };
      const target: Env = {
        DATABASE_URL: await scratch(),
        IMPORT_DIR: path.join(work, 'pg-target', 'imports'),
        FILE_STORE_DIR: path.join(work, 'pg-target', 'files'),
      };
      await populate(source);
      const file = path.join(work, 'pg.setara.tar.gz');
      const res = setara(source, 'backup', file);
      assert.equal(res.code, 0, res.err);
      assert.match(res.out, /through pg_dump/);

      const restored = setara(target, 'restore', file);
      assert.equal(restored.code, 0, restored.err);
      assertRestored(await fingerprint(target), await fingerprint(source));

      const again = setara(target, 'restore', file);
      assert.equal(again.code, 2);
      assert.match(again.err, /already holds tables; add --force/);
      const forced = setara(target, 'restore', file, '--force');
      assert.equal(forced.code, 0, forced.err);
      assertRestored(await fingerprint(target), await fingerprint(source));

      const pglite = setara(target, 'restore', path.join(work, 'pglite.setara.tar.gz'), '--force');
      if (fs.existsSync(path.join(work, 'pglite.setara.tar.gz'))) {
        assert.equal(pglite.code, 2);
        assert.match(pglite.err, /embedded \(PGlite\) backup/);
      }
    });
  },
);
