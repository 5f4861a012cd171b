/**
 * One process at a time per embedded database directory. PGlite itself lets a second process
 * open the same directory, and the two then overwrite each other's pages. Node has no flock,
 * so the lock is a file created atomically (a complete temp file hard-linked into place: a
 * reader never sees it half written) holding who holds it. A lock left by a process that died
 * is taken over when it provably is dead: same host and that pid gone, or this pid in an
 * earlier life (a container restarted as pid 1). A holder on another host (a shared disk)
 * cannot be checked from here, so it is refused with what to do.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../lib/processes.js';

export const LOCK_FILE = 'setara.lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this process from an earlier one with the same pid. */
  boot: string;
  /** What holds it: the server, or a command-line run. */
  purpose: 'server' | 'cli';
  /** The server's control socket (backup while it runs), once it listens. */
  control?: string | null;
}

export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const who = holder.purpose === 'server' ? 'a Setara server' : 'a Setara command';
    const where = holder.host === os.hostname() ? '' : ` on host ${holder.host}`;
    super(
      `${dataDir} is in use by ${who} (pid ${holder.pid}${where}, since ${holder.startedAt}); ` +
        (holder.host === os.hostname()
          ? 'stop it first, or use another SETARA_DATA_DIR.'
          : `if that host no longer runs Setara, remove ${path.join(dataDir, LOCK_FILE)}.`),
    );
  }
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly holder: LockHolder;
  /** Records the control socket's path for command-line runs to find. */
  setControl(socketPath: string | null): void;
  /** Removes the lock if it is still this one; safe to call twice. */
  release(): void;
}

const BOOT = randomUUID();

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Whether the recorded holder is provably gone (only a holder on this host can be). */
export function holderIsGone(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return holder.boot !== BOOT;
  return !isProcessAlive(holder.pid);
}

/** Writes `content` to a fresh file beside `target` and hard-links it there; EEXIST if taken. */
function linkInto(target: string, content: string): void {
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
  try {
    fs.linkSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function lockDataDir(dataDir: string, purpose: LockHolder['purpose']): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    boot: BOOT,
    purpose,
    control: null,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      linkInto(file, JSON.stringify(holder));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readLockHolder(dataDir);
      // Unreadable: a lock from an older format or a damaged file; a live holder always
      // leaves a complete one, so only a second look that still fails counts as stale.
      const stale = current ? holderIsGone(current) : attempt > 0;
      if (!stale || attempt > 3) {
        if (current) throw new DataDirLocked(dataDir, current);
        throw new Error(`${file} exists and is unreadable; remove it if no Setara runs on ${dataDir}.`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  let released = false;
  const ours = () => readLockHolder(dataDir)?.boot === BOOT && readLockHolder(dataDir)?.pid === process.pid;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (ours()) fs.rmSync(file, { force: true });
  };
  // A crash or process.exit() without close still leaves no lock behind.
  process.on('exit', release);
  return {
    dataDir,
    holder,
    setControl(socketPath) {
      holder.control = socketPath;
      // Replaced by rename, so a reader sees the old or the new content, never half of one.
      const temp = `${file}.${process.pid}.update`;
      fs.writeFileSync(temp, JSON.stringify(holder), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
    release,
  };
}
