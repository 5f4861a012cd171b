/**
 * The embedded database in a backup: PGlite's own dump of its data directory, taken between
 * two statements (so a crash-consistent image, as if the power went at that instant; PGlite
 * replays its WAL on open), re-packed under `pglite/` without what is not the database: the
 * lock, the postmaster pid, and file folders kept inside the data directory (they are backed
 * up as files). A restore is checked by opening it before it replaces anything.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { ArchiveWriter } from './backup-archive.js';
import { openDatabase, type Database } from './connection.js';
import { LOCK_FILE } from './data-dir-lock.js';
import { migrate } from './migrate.js';
import { databaseSchemaVersion, type SchemaVersion } from './schema-version.js';

export const PGLITE_PREFIX = 'pglite';

/** Paths inside the data directory that are not the database. */
export function notDatabase(dataDir: string, fileDirs: string[]): string[] {
  const inside = fileDirs
    .map((dir) => path.relative(dataDir, dir))
    .filter((rel) => rel && !rel.startsWith('..') && !path.isAbsolute(rel))
    .map((rel) => rel.split(path.sep).join('/'));
  return [LOCK_FILE, 'postmaster.pid', ...inside];
}

const excluded = (name: string, skip: string[]) => skip.some((s) => name === s || name.startsWith(`${s}/`));

export async function addPgliteDump(
  writer: ArchiveWriter,
  database: Database,
  skip: string[],
): Promise<void> {
  if (!database.dumpDataDir) throw new Error('this database cannot dump its data directory');
  const image = await database.dumpDataDir();
  const extract = tar.extract();
  const feeding = pipeline(
    Readable.fromWeb(image.stream() as import('node:stream/web').ReadableStream),
    extract,
  );
  feeding.catch(() => undefined);
  for await (const entry of extract) {
    const { header } = entry;
    const name = header.name.replace(/^\/+/, '').replace(/\/+$/, '');
    if (!name || excluded(name, skip) || (header.type !== 'file' && header.type !== 'directory')) {
      entry.resume();
      continue;
    }
    const target = `${PGLITE_PREFIX}/${name}`;
    if (header.type === 'directory') {
      entry.resume();
      await writer.addDirectory(target, header.mode ?? 0o700);
    } else {
      await pipeline(
        entry as unknown as Readable,
        writer.pack.entry({ name: target, size: header.size, mode: header.mode ?? 0o600 }),
      );
    }
  }
  await feeding;
}

/**
 * Opens a restored data directory, brings its schema up to the code's (a backup may be older)
 * and answers the schema it then has; throws if it does not open.
 */
export async function checkRestoredPglite(dir: string): Promise<SchemaVersion> {
  const database = await openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await migrate(database);
    return await databaseSchemaVersion(database.db);
  } finally {
    await database.close();
  }
}
