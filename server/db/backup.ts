/**
 * Backup and restore of a whole deployment: the database (embedded or PostgreSQL) and the
 * files kept on disk (import staging, the disk file store). The archive is described in
 * backup-archive.ts. A restore checks the manifest before it writes anything (the right kind
 * of database, a schema no newer than the code, an empty target unless forced), unpacks into
 * staging folders beside the targets, verifies, and only then swaps them in: until that point
 * a failure leaves the deployment exactly as it was.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config.js';
import {
  archiveWriter,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  extractEntry,
  readArchive,
  type FileRoot,
  type FileRootSummary,
  type Manifest,
} from './backup-archive.js';
import { addPgliteDump, checkRestoredPglite, notDatabase, PGLITE_PREFIX } from './backup-pglite.js';
import { openPgSnapshot, pgRestore, pgTargetState, POSTGRES_ENTRY } from './backup-postgres.js';
import { openDatabase, type Database, type DatabaseKind } from './connection.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import { migrate } from './migrate.js';
import {
  codeSchemaVersion,
  compareSchema,
  databaseSchemaVersion,
  migrationTag,
  type SchemaVersion,
} from './schema-version.js';

export class RestoreRefused extends Error {}

/** The folders of files a deployment keeps on disk, and what it keeps elsewhere. */
export function fileRoots(config: Config): { roots: FileRoot[]; notIncluded: string[] } {
  const roots: FileRoot[] = [{ name: 'imports', dir: config.importDir }];
  const notIncluded: string[] = [];
  if (config.fileStore.kind === 'disk') roots.push({ name: 'store', dir: config.fileStore.dir });
  else
    notIncluded.push(
      `file store in S3 bucket ${config.fileStore.bucket}: back it up with the bucket's own tools`,
    );
  return { roots, notIncluded };
}

const kindOf = (config: Config): DatabaseKind => (config.databaseUrl ? 'postgres' : 'pglite');

export interface BackupSummary {
  manifest: Manifest;
  files: FileRootSummary[];
}

function manifestOf(
  kind: DatabaseKind,
  schema: SchemaVersion,
  roots: string[],
  notIncluded: string[],
): Manifest {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kind,
    createdAt: new Date().toISOString(),
    schema: { ...schema, lastTag: migrationTag(schema.lastAt) },
    fileRoots: roots,
    notIncluded,
  };
}

/**
 * Writes a backup to `out`. On PGlite `database` is the open embedded database (the
 * server's own while it runs); on PostgreSQL the dump comes from pg_dump.
 */
export async function writeBackup(
  config: Config,
  out: Writable,
  database?: Database,
): Promise<BackupSummary> {
  const { roots, notIncluded } = fileRoots(config);
  const names = roots.map((r) => r.name);
  const writer = archiveWriter(out);
  let manifest: Manifest;
  if (config.databaseUrl) {
    const snapshot = await openPgSnapshot(config.databaseUrl);
    const temp = path.join(
      os.tmpdir(),
      `setara-backup-${process.pid}-${randomBytes(4).toString('hex')}.dump`,
    );
    try {
      manifest = manifestOf('postgres', snapshot.schema, names, notIncluded);
      await writer.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
      await snapshot.dumpTo(temp);
      await writer.addFile(POSTGRES_ENTRY, temp, (await fs.stat(temp)).size);
    } finally {
      await snapshot.close();
      await fs.rm(temp, { force: true });
    }
  } else {
    if (!database) throw new Error('an embedded backup needs the open database');
    // No migration runs while the database is open, so this is the dumped image's schema.
    manifest = manifestOf('pglite', await databaseSchemaVersion(database.db), names, notIncluded);
    await writer.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
    await addPgliteDump(
      writer,
      database,
      notDatabase(
        config.dataDir,
        roots.map((r) => r.dir),
      ),
    );
  }
  const files: FileRootSummary[] = [];
  for (const root of roots)
    files.push({ ...(await writer.addTree(`files/${root.name}`, root.dir)), name: root.name });
  await writer.finish();
  return { manifest, files };
}

export interface RestoreOptions {
  /** Replace a target that already holds a database (and, on PostgreSQL, has other sessions). */
  force?: boolean;
}

export interface RestoreSummary {
  manifest: Manifest;
  /** The schema after the restore (a backup from an older release is migrated forward). */
  schema: SchemaVersion;
  files: number;
  skipped: string[];
}

const suffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

function insideOf(parent: string, dir: string): string | null {
  const rel = path.relative(parent, dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : null;
}

function checkManifest(manifest: Manifest, kind: DatabaseKind): void {
  if (manifest.kind !== kind)
    throw new RestoreRefused(
      manifest.kind === 'postgres'
        ? 'this is a PostgreSQL backup: restore it with DATABASE_URL set to the target database'
        : 'this is an embedded (PGlite) backup: restore it with DATABASE_URL unset and SETARA_DATA_DIR the target',
    );
  if (compareSchema(manifest.schema) === 'ahead') {
    const code = codeSchemaVersion();
    throw new RestoreRefused(
      `the backup's schema (${manifest.schema.lastTag ?? `${manifest.schema.migrations} migrations`}) is newer ` +
        `than this Setara's (${code.lastTag}); restore it with the Setara release that made it, or a later one`,
    );
  }
}

/** Restores a backup into the configured deployment; all or nothing up to the final swap. */
export async function restoreBackup(
  config: Config,
  input: Readable,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const kind = kindOf(config);
  const { roots } = fileRoots(config);
  // The embedded directory stays locked throughout: no server may start on it mid-restore.
  const lock = kind === 'pglite' ? lockDataDir(config.dataDir, 'cli') : null;
  const cleanup: string[] = [];
  try {
    const stagingData = kind === 'pglite' ? `${config.dataDir}.restore-${suffix()}` : null;
    if (stagingData) cleanup.push(stagingData);
    /** Where each file root is unpacked: inside the staged data directory, or beside its target. */
    const staged = new Map<string, { root: FileRoot; at: string; swap: boolean }>();
    for (const root of roots) {
      const rel = stagingData ? insideOf(config.dataDir, root.dir) : null;
      const at = rel ? path.join(stagingData!, rel) : `${root.dir}.restore-${suffix()}`;
      if (!rel) cleanup.push(at);
      staged.set(root.name, { root, at, swap: !rel });
    }
    const dumpFile = path.join(os.tmpdir(), `setara-restore-${suffix()}.dump`);
    cleanup.push(dumpFile);
    let replacePg = false;
    let files = 0;
    const skipped: string[] = [];

    const manifest = await readArchive(
      input,
      async (m) => {
        checkManifest(m, kind);
        if (kind === 'pglite') {
          const has = await fs.stat(path.join(config.dataDir, 'PG_VERSION')).then(
            () => true,
            () => false,
          );
          if (has && !options.force)
            throw new RestoreRefused(`${config.dataDir} already holds a database; add --force to replace it`);
          await fs.mkdir(stagingData!, { recursive: true, mode: 0o700 });
        } else {
          const state = await pgTargetState(config.databaseUrl!);
          if (state.relations > 0 && !options.force)
            throw new RestoreRefused(
              `database ${state.name} already holds tables; add --force to replace them`,
            );
          if (state.otherSessions > 0 && !options.force)
            throw new RestoreRefused(
              `${state.otherSessions} other session(s) are connected to ${state.name} (app servers?); stop them, or add --force`,
            );
          replacePg = state.relations > 0;
        }
        for (const name of m.fileRoots) {
          const target = staged.get(name);
          if (target) await fs.mkdir(target.at, { recursive: true });
          else skipped.push(`files/${name}: this deployment keeps no such files on disk`);
        }
      },
      async (entry) => {
        const [top, ...rest] = entry.name.split('/');
        if (top === PGLITE_PREFIX && stagingData && rest.length) {
          await extractEntry(stagingData, rest.join('/'), entry);
        } else if (entry.name === POSTGRES_ENTRY && kind === 'postgres') {
          await pipeline(entry.stream, createWriteStream(dumpFile, { mode: 0o600 }));
        } else if (top === 'files' && rest.length > 1 && staged.has(rest[0])) {
          await extractEntry(staged.get(rest[0])!.at, rest.slice(1).join('/'), entry);
          if (entry.type === 'file') files++;
        } else {
          entry.stream.resume();
        }
      },
    );

    let schema: SchemaVersion;
    if (kind === 'pglite') {
      const opened = await fs.stat(path.join(stagingData!, 'PG_VERSION')).then(
        () => true,
        () => false,
      );
      if (!opened) throw new RestoreRefused('the backup holds no database');
      schema = await checkRestoredPglite(stagingData!);
      // Roots this backup does not carry keep their current files in the new directory.
      for (const root of roots)
        if (!manifest.fileRoots.includes(root.name) && !staged.get(root.name)!.swap)
          await moveIfExists(root.dir, staged.get(root.name)!.at);
    } else {
      if (!(await fs.stat(dumpFile).catch(() => null)))
        throw new RestoreRefused('the backup holds no database');
      await pgRestore(config.databaseUrl!, dumpFile, replacePg);
      schema = await migrateRestored(config.databaseUrl!);
    }
    await swapIn(
      config,
      lock !== null,
      stagingData,
      [...staged.values()].filter((s) => s.swap && manifest.fileRoots.includes(s.root.name)),
    );
    return { manifest, schema, files, skipped };
  } finally {
    await Promise.all(cleanup.map((p) => fs.rm(p, { recursive: true, force: true })));
    lock?.release();
  }
}

/** A backup from an older release is brought up to the code's schema at once. */
async function migrateRestored(databaseUrl: string): Promise<SchemaVersion> {
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  try {
    await migrate(database);
    return await databaseSchemaVersion(database.db);
  } finally {
    await database.close();
  }
}

async function moveIfExists(from: string, to: string): Promise<void> {
  if (!(await fs.stat(from).catch(() => null))) return;
  await fs.rm(to, { recursive: true, force: true });
  await fs.mkdir(path.dirname(to), { recursive: true });
  await fs.rename(from, to);
}

/**
 * Moves the staged folders into place, each target first set aside; if one rename fails the
 * ones done are undone. Renames within one file system: nothing is copied here.
 */
async function swapIn(
  config: Config,
  locked: boolean,
  stagingData: string | null,
  roots: { root: FileRoot; at: string }[],
): Promise<void> {
  const moves: { target: string; staged: string }[] = roots.map((r) => ({
    target: r.root.dir,
    staged: r.at,
  }));
  if (stagingData) {
    // The new directory is held by this process from the instant it is in place.
    if (locked) await fs.copyFile(path.join(config.dataDir, LOCK_FILE), path.join(stagingData, LOCK_FILE));
    moves.unshift({ target: config.dataDir, staged: stagingData });
  }
  const done: { target: string; aside: string | null }[] = [];
  try {
    for (const move of moves) {
      const exists = await fs.stat(move.target).catch(() => null);
      const aside = exists ? `${move.target}.old-${suffix()}` : null;
      if (aside) await fs.rename(move.target, aside);
      done.push({ target: move.target, aside });
      await fs.mkdir(path.dirname(move.target), { recursive: true });
      await fs.rename(move.staged, move.target);
    }
  } catch (error) {
    for (const d of done.reverse()) {
      if (!d.aside) continue;
      await fs.rm(d.target, { recursive: true, force: true });
      await fs.rename(d.aside, d.target);
    }
    throw error;
  }
  await Promise.all(done.map((d) => d.aside && fs.rm(d.aside, { recursive: true, force: true })));
}
