/**
 * Ready-made test databases, so createTestApp need not migrate (21+ migrations, the reference
 * data) and seed the demo for every app: that took 4.5–8.5 s per app on PGlite, most of it
 * PGlite's initdb, and 1.3 s on PostgreSQL (docs/performance.md, "Test suite time").
 *
 * Two kinds: 'bare' (migrated) and 'demo' (migrated and seeded). Each is built once per test
 * run from the code as it is, never kept across runs:
 * - PGlite: a data-directory image (dumpDataDir) in SETARA_TEST_SNAPSHOT_DIR, a fresh directory
 *   that scripts/run-tests.mjs makes for the run and removes at its end. The first test process
 *   that needs an image builds it under a lock (mkdir), writes it under a temporary name and
 *   renames it into place; the others wait for it. Without that variable (one file run by hand)
 *   the image is built in the process and kept in memory for its other apps.
 * - PostgreSQL: a template database per kind, named after SETARA_TEST_RUN_ID, built under an
 *   advisory lock and renamed into place when complete; each app's database is
 *   `CREATE DATABASE … TEMPLATE`. run-tests.mjs drops the templates at the end of the run.
 *   Without a run id every app migrates its own database, as before.
 * SETARA_TEST_SNAPSHOT=off switches all this off (every app migrates and seeds), to tell a
 * snapshot problem from a test's own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../db/seed/demo.js';

export type SnapshotKind = 'bare' | 'demo';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function snapshotsEnabled(): boolean {
  return process.env.SETARA_TEST_SNAPSHOT !== 'off';
}

/**
 * Names the code a snapshot is built from: the size and time of every source file the
 * migrations and the seed are made of. A file edited during a run (several people share a
 * working tree) makes the processes that start afterwards build a snapshot of their own.
 */
let key: string | null = null;
export function sourceKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.test.ts')) {
        const stat = fs.statSync(full);
        hash.update(`${full}\t${stat.size}\t${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ['server/db', 'server/lib', 'domain']) walk(path.join(root, dir));
  key = hash.digest('hex').slice(0, 16);
  return key;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------- PGlite

const images = new Map<SnapshotKind, Promise<Blob>>();

/** The data-directory image of `kind`, built or read once per process. */
export function pgliteImage(kind: SnapshotKind): Promise<Blob> {
  let image = images.get(kind);
  if (!image) {
    const dir = process.env.SETARA_TEST_SNAPSHOT_DIR;
    const bytes = dir
      ? sharedFile(path.join(dir, `pglite-${kind}-${sourceKey()}.tar`), () => buildImage(kind))
      : buildImage(kind);
    image = bytes.then(toBlob);
    // A failed build is not remembered: the next app tries again and reports its own error.
    image.catch(() => images.delete(kind));
    images.set(kind, image);
  }
  return image;
}

// A Buffer's memory seen as the plain ArrayBuffer view Blob takes, without copying 46 MB.
const toBlob = (bytes: Buffer) =>
  new Blob([new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length)]);

async function buildImage(kind: SnapshotKind): Promise<Buffer> {
  const loadDataDir = kind === 'demo' ? await pgliteImage('bare') : undefined;
  const database = await openDatabase({ databaseUrl: null, dataDir: 'memory://', loadDataDir });
  try {
    await migrate(database);
    if (kind === 'demo') await seedDemo(database.db);
    const image = await database.dumpDataDir!();
    return Buffer.from(await image.arrayBuffer());
  } finally {
    await database.close();
  }
}

/**
 * The content of `file`, built by `build` if no process of this run has yet. The lock is a
 * directory (mkdir is atomic) holding the builder's pid, so a builder that died is noticed and
 * its lock taken over instead of waited on forever.
 */
async function sharedFile(file: string, build: () => Promise<Buffer>): Promise<Buffer> {
  const lock = `${file}.lock`;
  for (;;) {
    if (fs.existsSync(file)) return fs.readFileSync(file);
    try {
      fs.mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
      continue;
    }
    try {
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      // Another process may have finished between the check above and taking the lock.
      if (fs.existsSync(file)) return fs.readFileSync(file);
      const bytes = await build();
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, bytes);
      fs.renameSync(partial, file);
      return bytes;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

function lockIsStale(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // Taken a moment ago and the pid not written yet, or long ago by a process that died at once.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > 30_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

// ------------------------------------------------------------------------------------ PostgreSQL

/** The template database's name for this run, or null when there is no run (no sharing). */
export function templateName(kind: SnapshotKind): string | null {
  const run = process.env.SETARA_TEST_RUN_ID;
  if (!run || !/^[a-z0-9]{1,32}$/.test(run)) return null;
  return `setara_tpl_${run}_${kind}_${sourceKey()}`;
}

const templates = new Map<SnapshotKind, Promise<string>>();

/** Makes sure `kind`'s template exists on the server; answers its name. */
export function postgresTemplate(serverUrl: string, kind: SnapshotKind): Promise<string> | null {
  const name = templateName(kind);
  if (!name) return null;
  let template = templates.get(kind);
  if (!template) {
    template = ensureTemplate(serverUrl, kind, name).then(() => name);
    template.catch(() => templates.delete(kind));
    templates.set(kind, template);
  }
  return template;
}

async function ensureTemplate(serverUrl: string, kind: SnapshotKind, name: string): Promise<void> {
  // Taken before this kind's lock: the demo template is cloned from the bare one.
  const bare = kind === 'demo' ? await postgresTemplate(serverUrl, 'bare') : null;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // A session lock: released by the server if this process dies while building.
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return;
    // Built under another name and renamed when complete, so a half-built one is never cloned.
    const building = `${name}_building`;
    await admin.query(`drop database if exists ${building} with (force)`);
    await retryInUse(() => admin.query(`create database ${building}${bare ? ` template ${bare}` : ''}`));
    const database = await openDatabase({
      databaseUrl: databaseUrlOf(serverUrl, building),
      dataDir: 'memory://',
    });
    try {
      await migrate(database);
      if (kind === 'demo') await seedDemo(database.db);
    } finally {
      await database.close();
    }
    await retryInUse(() => admin.query(`alter database ${building} rename to ${name}`));
  } finally {
    await admin.end();
  }
}

/** A new database `name` cloned from `template`. */
export async function cloneTemplate(serverUrl: string, template: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await retryInUse(() => admin.query(`create database ${name} template ${template}`));
  } finally {
    await admin.end();
  }
}

export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A closed pool's server processes end a moment after the client is told they did; until then
 * PostgreSQL refuses to copy or rename the database ("being accessed by other users", 55006).
 */
async function retryInUse<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await sleep(100);
    }
  }
}
