/**
 * `npm run setara -- backup FILE` and `restore FILE [--force]`. A backup of the embedded
 * database goes through the running server when there is one (it alone may open the data
 * directory), or opens the directory itself when none runs; a PostgreSQL backup uses pg_dump
 * whatever runs. The file appears only once complete (written beside it, then renamed).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from './config.js';
import { BadBackup } from './db/backup-archive.js';
import { requestBackup } from './db/backup-control.js';
import { BackupToolMissing } from './db/backup-postgres.js';
import { restoreBackup, RestoreRefused, writeBackup, type BackupSummary } from './db/backup.js';
import { openDatabase } from './db/connection.js';
import { DataDirLocked, holderIsGone, lockDataDir, readLockHolder } from './db/data-dir-lock.js';

/** Problems an operator fixes (exit 2), as opposed to failures (exit 1). */
const REFUSALS = [BadBackup, RestoreRefused, BackupToolMissing, DataDirLocked];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function backupEmbedded(config: Config, out: NodeJS.WritableStream & import('node:stream').Writable) {
  const holder = readLockHolder(config.dataDir);
  if (holder && !holderIsGone(holder)) {
    if (holder.purpose === 'server' && holder.control)
      return {
        summary: await requestBackup(holder.control, out),
        via: `the running server (pid ${holder.pid})`,
      };
    throw new DataDirLocked(config.dataDir, holder);
  }
  const hasDatabase = await fs.stat(path.join(config.dataDir, 'PG_VERSION')).catch(() => null);
  if (!hasDatabase) throw new RestoreRefused(`${config.dataDir} holds no database to back up`);
  const lock = lockDataDir(config.dataDir, 'cli');
  try {
    const database = await openDatabase({ databaseUrl: null, dataDir: config.dataDir });
    try {
      return {
        summary: await writeBackup(config, out, database),
        via: 'the data directory (no server running)',
      };
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

async function backup(config: Config, file: string): Promise<void> {
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  const out = createWriteStream(partial, { mode: 0o600 });
  let result: { summary: BackupSummary; via: string };
  try {
    result = config.databaseUrl
      ? { summary: await writeBackup(config, out), via: 'pg_dump' }
      : await backupEmbedded(config, out);
    await fs.rename(partial, target);
  } catch (error) {
    out.destroy();
    await fs.rm(partial, { force: true });
    throw error;
  }
  const { manifest, files } = result.summary;
  const size = (await fs.stat(target)).size;
  console.log(`Backup written to ${target} (${mb(size)}) through ${result.via}.`);
  console.log(
    `  database: ${manifest.kind}, schema ${manifest.schema.lastTag ?? '(none)'} (${manifest.schema.migrations} migrations)`,
  );
  for (const f of files) console.log(`  files/${f.name}: ${f.files} files, ${mb(f.bytes)}`);
  for (const n of manifest.notIncluded) console.log(`  not included: ${n}`);
}

async function restore(config: Config, file: string, force: boolean): Promise<void> {
  await fs.access(file).catch(() => {
    throw new BadBackup(`no file ${file}`);
  });
  const summary = await restoreBackup(config, createReadStream(file), { force });
  const where = config.databaseUrl ? 'DATABASE_URL' : config.dataDir;
  console.log(`Restored ${file} (made ${summary.manifest.createdAt}) into ${where}.`);
  console.log(
    `  schema: ${summary.manifest.schema.lastTag ?? '(none)'} in the backup, ${summary.schema.migrations} migrations now`,
  );
  console.log(`  files: ${summary.files}`);
  for (const s of summary.skipped) console.log(`  skipped ${s}`);
}

/** Runs `backup` or `restore`; answers the exit code. */
export async function backupCommand(command: 'backup' | 'restore', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean' } },
  });
  if (positionals.length !== 1 || (command === 'backup' && values.force)) {
    console.error(`Usage: npm run setara -- ${command} FILE${command === 'restore' ? ' [--force]' : ''}`);
    return 2;
  }
  try {
    const config = loadConfig();
    if (command === 'backup') await backup(config, positionals[0]);
    else await restore(config, positionals[0], Boolean(values.force));
    return 0;
  } catch (error) {
    if (REFUSALS.some((kind) => error instanceof kind)) {
      console.error(`Error: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
