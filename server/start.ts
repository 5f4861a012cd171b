/** Opens and prepares the database the way every entry point needs it. */
import type { Config } from './config.js';
import { connectWithRetry } from './db/connect-retry.js';
import { openDatabase, type Database } from './db/connection.js';
import { lockDataDir, type DataDirLock, type LockHolder } from './db/data-dir-lock.js';
import { migrate } from './db/migrate.js';

export interface OpenedDatabase extends Database {
  /** The embedded database directory's lock (data-dir-lock.ts); null on PostgreSQL or in memory. */
  lock: DataDirLock | null;
}

export interface StartOptions {
  /** Recorded in the data directory's lock, so a refused second process is told who holds it. */
  purpose?: LockHolder['purpose'];
  /** Seconds to keep retrying an unreachable DATABASE_URL (the server's start); 0 tries once. */
  waitSeconds?: number;
  /** Where each retry is announced. */
  log?: (line: string) => void;
  /** PGlite only: start from this data-directory image (connection.ts); the test snapshots. */
  loadDataDir?: Blob;
}

export async function openAndMigrate(config: Config, options: StartOptions = {}): Promise<OpenedDatabase> {
  const embeddedDir = !config.databaseUrl && !config.dataDir.startsWith('memory://');
  // Taken before PGlite opens the directory: a second process must not touch a single page.
  const lock = embeddedDir ? lockDataDir(config.dataDir, options.purpose ?? 'cli') : null;
  let database: Database;
  try {
    const open = () =>
      openDatabase({
        databaseUrl: config.databaseUrl,
        databaseReadUrl: config.databaseReadUrl,
        dataDir: config.dataDir,
        loadDataDir: options.loadDataDir,
      });
    database = config.databaseUrl
      ? await connectWithRetry(open, {
          url: config.databaseUrl,
          waitSeconds: options.waitSeconds ?? 0,
          log: options.log ?? ((line) => console.error(line)),
        })
      : await open();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const close = async () => {
    try {
      await database.close();
    } finally {
      lock?.release();
    }
  };
  try {
    await migrate(database);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...database, lock, close };
}
