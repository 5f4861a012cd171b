/**
 * The backup file: a gzipped tar whose first entry is manifest.json (what it holds, from
 * which schema), then the database (`pglite/…` the embedded data directory, or
 * `postgres.dump`, pg_dump's custom format), then the stored files under `files/<root>/…`.
 * One file an operator can copy, check with `tar tzf`, and restore with one command.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import type { DatabaseKind } from './connection.js';
import type { SchemaVersion } from './schema-version.js';

export const BACKUP_FORMAT = 'setara-backup';
export const BACKUP_VERSION = 1;

export interface FileRootSummary {
  name: string;
  files: number;
  bytes: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  kind: DatabaseKind;
  createdAt: string;
  schema: SchemaVersion & { lastTag: string | null };
  /** Folders of stored files in the archive, under files/<name>/. */
  fileRoots: string[];
  /** Where files were not included, and why (an S3 file store is backed up by its own tools). */
  notIncluded: string[];
}

export class BadBackup extends Error {}

/** A folder of files to back up under files/<name>/, minus some sub-paths. */
export interface FileRoot {
  name: string;
  dir: string;
}

export interface ArchiveWriter {
  pack: tar.Pack;
  addBuffer(name: string, data: Buffer): Promise<void>;
  /** Adds a file's first `size` bytes (a file still growing is cut at the size it had). */
  addFile(name: string, file: string, size: number, mode?: number): Promise<void>;
  addDirectory(name: string, mode?: number): Promise<void>;
  /** Adds every file under `dir` as `prefix/<relative path>`; skips the absolute paths given. */
  addTree(prefix: string, dir: string, skip?: Set<string>): Promise<FileRootSummary>;
  finish(): Promise<void>;
}

const entryDone = (resolve: () => void, reject: (e: Error) => void) => (error?: Error | null) =>
  error ? reject(error) : resolve();

export function archiveWriter(out: Writable): ArchiveWriter {
  const pack = tar.pack();
  const written = pipeline(pack, zlib.createGzip({ level: 6 }), out);
  // Surfaces a failed output (disk full, closed socket) at the next entry, not only at the end.
  let failure: Error | null = null;
  written.catch((error: Error) => (failure = error));
  const check = () => {
    if (failure) throw failure;
  };
  const writer: ArchiveWriter = {
    pack,
    addBuffer(name, data) {
      check();
      return new Promise((resolve, reject) =>
        pack.entry({ name, size: data.length, mode: 0o644 }, data, entryDone(resolve, reject)),
      );
    },
    async addFile(name, file, size, mode = 0o644) {
      check();
      if (size === 0) return writer.addBuffer(name, Buffer.alloc(0));
      const entry = pack.entry({ name, size, mode });
      await pipeline(createReadStream(file, { start: 0, end: size - 1 }), entry);
    },
    addDirectory(name, mode = 0o755) {
      check();
      return new Promise((resolve, reject) =>
        pack.entry({ name, type: 'directory', mode }, entryDone(resolve, reject)),
      );
    },
    async addTree(prefix, dir, skip = new Set()) {
      const summary = { name: prefix, files: 0, bytes: 0 };
      const walk = async (at: string) => {
        let entries;
        try {
          entries = await fs.readdir(at, { withFileTypes: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw error;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
          const full = path.join(at, e.name);
          if (skip.has(full)) continue;
          const name = `${prefix}/${path.relative(dir, full).split(path.sep).join('/')}`;
          if (e.isDirectory()) await walk(full);
          else if (e.isFile()) {
            const stat = await fs.stat(full);
            await writer.addFile(name, full, stat.size);
            summary.files++;
            summary.bytes += stat.size;
          }
        }
      };
      await walk(dir);
      return summary;
    },
    async finish() {
      pack.finalize();
      await written;
    },
  };
  return writer;
}

export interface ArchiveEntry {
  /** The entry's path inside the archive. */
  name: string;
  type: 'file' | 'directory';
  mode: number;
  stream: Readable;
}

/** A path inside the archive, checked: relative, no `..`, no absolute paths. */
export function safeRelative(name: string): string {
  const normal = path.posix.normalize(name);
  if (normal.startsWith('/') || normal === '..' || normal.startsWith('../') || normal.includes('\0'))
    throw new BadBackup(`unsafe path in backup: ${name}`);
  return normal;
}

/**
 * Reads a backup: the manifest first (the caller checks it before anything is written), then
 * each entry. `onEntry` must consume or drain the entry's stream.
 */
export async function readArchive(
  input: Readable,
  onManifest: (manifest: Manifest) => Promise<void> | void,
  onEntry: (entry: ArchiveEntry) => Promise<void>,
): Promise<Manifest> {
  const extract = tar.extract();
  const feeding = pipeline(input, zlib.createGunzip(), extract);
  // Its failure also ends the loop below, which reports it.
  feeding.catch(() => undefined);
  let manifest: Manifest | null = null;
  try {
    for await (const entry of extract) {
      const { name, type, mode } = entry.header;
      if (!manifest) {
        if (name !== 'manifest.json') throw new BadBackup('not a Setara backup (no manifest.json first)');
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        manifest = parseManifest(Buffer.concat(chunks));
        await onManifest(manifest);
        continue;
      }
      if (type !== 'file' && type !== 'directory') {
        entry.resume();
        continue;
      }
      await onEntry({
        name: safeRelative(name),
        type,
        mode: mode ?? 0o644,
        // tar-stream's entries are streamx readables, which Node's stream helpers accept.
        stream: entry as unknown as Readable,
      });
    }
    await feeding;
  } catch (error) {
    input.destroy();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || /tar|header|Unexpected end/i.test((error as Error).message))
      throw new BadBackup(`not a readable backup file (${(error as Error).message})`);
    throw error;
  }
  if (!manifest) throw new BadBackup('not a Setara backup (empty archive)');
  return manifest;
}

function parseManifest(data: Buffer): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(data.toString('utf8')) as Manifest;
  } catch {
    throw new BadBackup('not a Setara backup (manifest.json unreadable)');
  }
  if (m.format !== BACKUP_FORMAT) throw new BadBackup('not a Setara backup (unknown format)');
  if (m.version > BACKUP_VERSION)
    throw new BadBackup(`backup format ${m.version} is newer than this Setara reads (${BACKUP_VERSION})`);
  return m;
}

/** Writes an entry below `root` (created as needed). */
export async function extractEntry(root: string, relative: string, entry: ArchiveEntry): Promise<void> {
  const target = path.join(root, relative);
  if (entry.type === 'directory') {
    await fs.mkdir(target, { recursive: true, mode: entry.mode & 0o777 });
    entry.stream.resume();
    return;
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  await pipeline(entry.stream, createWriteStream(target, { mode: entry.mode & 0o777 }));
}
