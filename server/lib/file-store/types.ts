/**
 * The file store: where the server keeps files that must outlive a request and be seen by
 * every app server (import uploads and their checked rows today; evidence files and
 * certificates later). Files on local disk by default, or S3-compatible object storage when
 * several servers run without a shared disk. Callers name files by key
 * (`imports/72.71/17.csv`), never by path, so the same code runs on both.
 */
import type { Readable } from 'node:stream';

export interface FileInfo {
  key: string;
  bytes: number;
  contentType: string;
  modifiedAt: Date;
}

export type FileBody = Readable | Buffer | Uint8Array | string;

export interface PutOptions {
  /** Stored with the file and answered by stat/list (default application/octet-stream). */
  contentType?: string;
}

/** A file on this machine's disk that a reader needing a path (a zip reader, COPY) can open. */
export interface LocalFile {
  path: string;
  /** Removes the copy, if one was made; the stored file stays. */
  release(): Promise<void>;
}

export interface FileStore {
  readonly kind: 'disk' | 's3';
  /** Stores `body` under `key`, replacing what was there; readers never see a partial file. */
  put(key: string, body: FileBody, options?: PutOptions): Promise<FileInfo>;
  /**
   * Hands a file on local disk over to the store (disk: a rename when it can): afterwards it
   * is no longer at `localPath`. For files written locally first, e.g. a received upload.
   */
  putFile(key: string, localPath: string, options?: PutOptions): Promise<FileInfo>;
  /** The file's bytes as a stream; FileNotFound when there is none. */
  get(key: string): Promise<Readable>;
  /** The file's size, type and time, or null when there is none. */
  stat(key: string): Promise<FileInfo | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Every file whose key starts with `prefix` (backups walk the store by this). The order is the
   * store's own: S3 promises key order, S3-compatible servers do not all keep it.
   */
  list(prefix: string): AsyncIterable<FileInfo>;
  /**
   * The file as a local path: the stored file itself on disk, a copy under `scratchDir` from
   * a remote store. Call release() when done.
   */
  localFile(key: string, scratchDir: string): Promise<LocalFile>;
  close(): Promise<void>;
}

export class FileNotFound extends Error {
  readonly code = 'file_not_found';
  constructor(readonly key: string) {
    super(`no stored file "${key}"`);
  }
}

export class InvalidFileKey extends Error {
  readonly code = 'file_key_invalid';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`file key "${key}" is not allowed: ${reason}`);
  }
}

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
