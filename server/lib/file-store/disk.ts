/**
 * Files on local disk (the default): `<root>/<key>`, the content type in a hidden sidecar
 * `<dir>/.<name>.type`. A file is written under `<root>/.tmp/` and renamed into place, so a
 * reader sees the old file or the new one, never half of one. Several app servers can use it
 * only through a shared folder (NFS and the like); otherwise use the S3 store.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, assertValidPrefix } from './keys.js';
import {
  DEFAULT_CONTENT_TYPE,
  FileNotFound,
  type FileBody,
  type FileInfo,
  type FileStore,
  type LocalFile,
  type PutOptions,
} from './types.js';

export interface DiskStoreOptions {
  root: string;
  /** Remove the whole folder on close (a store for an in-memory database, i.e. tests). */
  temporary?: boolean;
}

const TMP = '.tmp';

export class DiskFileStore implements FileStore {
  readonly kind = 'disk' as const;
  private readonly root: string;

  constructor(private readonly options: DiskStoreOptions) {
    this.root = path.resolve(options.root);
  }

  /**
   * Nothing is created until the first file is stored: a server (or a test's app) that never
   * stores one leaves no folder behind, even when it exits without closing.
   */
  async open(): Promise<this> {
    return this;
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  private typePathOf(file: string): string {
    return path.join(path.dirname(file), `.${path.basename(file)}.type`);
  }

  private tmpReady = false;

  /**
   * Synchronous on purpose: a caller's stream that fails while put() awaited something before
   * piping it would emit an error nobody listens to yet. Once per store.
   */
  private tempPath(): string {
    const dir = path.join(this.root, TMP);
    if (!this.tmpReady) mkdirSync(dir, { recursive: true });
    this.tmpReady = true;
    return path.join(dir, randomUUID());
  }

  async put(key: string, body: FileBody, options: PutOptions = {}): Promise<FileInfo> {
    const target = this.pathOf(key);
    const temp = this.tempPath();
    try {
      if (body instanceof Readable) await pipeline(body, createWriteStream(temp));
      else await writeFile(temp, body);
      return await this.install(key, target, temp, options.contentType);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async putFile(key: string, localPath: string, options: PutOptions = {}): Promise<FileInfo> {
    const target = this.pathOf(key);
    const temp = this.tempPath();
    try {
      try {
        await rename(localPath, temp);
      } catch (error) {
        // Another file system: copy, then drop the original below.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await copyFile(localPath, temp);
      }
      const info = await this.install(key, target, temp, options.contentType);
      await rm(localPath, { force: true });
      return info;
    } finally {
      await rm(temp, { force: true });
    }
  }

  private async install(key: string, target: string, temp: string, contentType?: string): Promise<FileInfo> {
    await mkdir(path.dirname(target), { recursive: true });
    const type = contentType || DEFAULT_CONTENT_TYPE;
    const typeTemp = `${temp}.type`;
    await writeFile(typeTemp, type);
    await rename(typeTemp, this.typePathOf(target));
    await rename(temp, target);
    const s = await stat(target);
    return { key, bytes: s.size, contentType: type, modifiedAt: s.mtime };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    // Opened before answering, so a missing file is FileNotFound here, not a stream error later.
    const stream = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' || error.code === 'EISDIR' ? new FileNotFound(key) : error),
      );
    });
    return stream;
  }

  async stat(key: string): Promise<FileInfo | null> {
    const file = this.pathOf(key);
    try {
      const s = await stat(file);
      if (!s.isFile()) return null;
      return { key, bytes: s.size, contentType: await this.typeOf(file), modifiedAt: s.mtime };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private async typeOf(file: string): Promise<string> {
    try {
      return (await readFile(this.typePathOf(file), 'utf8')) || DEFAULT_CONTENT_TYPE;
    } catch (error) {
      if (isMissing(error)) return DEFAULT_CONTENT_TYPE;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    await rm(this.typePathOf(file), { force: true });
  }

  async *list(prefix: string): AsyncIterable<FileInfo> {
    assertValidPrefix(prefix);
    // Walk only the folder the prefix's complete segments name, then filter by the rest.
    const cut = prefix.lastIndexOf('/');
    const base = cut < 0 ? '' : prefix.slice(0, cut);
    const keys: string[] = [];
    await this.collect(base, keys);
    const matching = keys.filter((k) => k.startsWith(prefix)).sort();
    for (const key of matching) {
      const info = await this.stat(key);
      if (info) yield info;
    }
  }

  private async collect(dirKey: string, into: string[]): Promise<void> {
    const dir = dirKey ? path.join(this.root, ...dirKey.split('/')) : this.root;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const key = dirKey ? `${dirKey}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.collect(key, into);
      else if (entry.isFile()) into.push(key);
    }
  }

  async localFile(key: string): Promise<LocalFile> {
    const file = this.pathOf(key);
    if (!(await this.stat(key))) throw new FileNotFound(key);
    return { path: file, release: async () => {} };
  }

  async close(): Promise<void> {
    if (this.options.temporary) await rm(this.root, { recursive: true, force: true });
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
