/**
 * Where a batch's files live: in the file store (disk or S3, server/lib/file-store) under
 * `imports/<region>/<batch id>.<ext>` for the upload and `<batch id>.staging.tsv` beside it
 * for the checked rows. The keys follow from the batch row alone, so any app server can check
 * or commit a batch another one received. IMPORT_DIR is this server's scratch folder: uploads
 * arrive there, the staging file is written there, and a remote store's files are fetched
 * there while a job reads them.
 */
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileStore, LocalFile } from '../../lib/file-store/index.js';

const EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'xlsm']);

/** The upload's extension as a label only: the reader decides the format from the bytes. */
export function extensionOf(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return EXTENSIONS.has(ext) ? ext : 'upload';
}

export interface BatchFiles {
  store: FileStore;
  /** Keys in the store. */
  uploadKey: string;
  stagingKey: string;
  /** The rows the check refused, with their reasons (refused-file.ts); kept after a commit. */
  refusedKey: string;
  /** This server's scratch folder for the batch's region, and where the check writes the staging file. */
  dir: string;
  staging: string;
  refused: string;
}

export function batchFiles(
  deps: { config: { importDir: string }; files: FileStore },
  regionCode: string,
  batchId: number,
  fileName: string,
): BatchFiles {
  // Region codes are validated (digits and dots), so they are safe as a folder name and a key.
  const dir = path.join(deps.config.importDir, regionCode);
  return {
    store: deps.files,
    uploadKey: `imports/${regionCode}/${batchId}.${extensionOf(fileName)}`,
    stagingKey: `imports/${regionCode}/${batchId}.staging.tsv`,
    refusedKey: `imports/${regionCode}/${batchId}.refused.jsonl`,
    dir,
    staging: path.join(dir, `${batchId}.staging.tsv`),
    refused: path.join(dir, `${batchId}.refused.jsonl`),
  };
}

/** The upload as a local file to read (the stored file on disk, a fetched copy from S3). */
export function localUpload(files: BatchFiles): Promise<LocalFile> {
  return files.store.localFile(files.uploadKey, files.dir);
}

/** The checked rows as a local file for COPY. */
export function localStaging(files: BatchFiles): Promise<LocalFile> {
  return files.store.localFile(files.stagingKey, files.dir);
}

/** Hands the finished staging file to the store, where the commit (on any server) finds it. */
export async function storeStaging(files: BatchFiles): Promise<void> {
  await files.store.putFile(files.stagingKey, files.staging, { contentType: 'text/tab-separated-values' });
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Hands the refused rows to the store, where the download (on any server) finds them. */
export async function storeRefused(files: BatchFiles): Promise<void> {
  await files.store.putFile(files.refusedKey, files.refused, { contentType: 'application/x-ndjson' });
}

/**
 * Removes the files a commit no longer needs (the upload, the checked rows); the refused rows
 * stay downloadable with the batch.
 */
export async function removeWorkFiles(files: BatchFiles): Promise<void> {
  await Promise.all([
    files.store.delete(files.uploadKey),
    files.store.delete(files.stagingKey),
    rm(files.staging, { force: true }),
    rm(files.refused, { force: true }),
  ]);
}

/** Removes every file of a batch once it failed or expired. */
export async function removeBatchFiles(files: BatchFiles): Promise<void> {
  await Promise.all([removeWorkFiles(files), files.store.delete(files.refusedKey)]);
}

/**
 * The folder config.ts makes for an in-memory database (`<tmp>/setara-<pid>-<hex>/imports`):
 * its batches vanish with the process, so its files may too.
 */
export async function removeThrowAwayDir(importDir: string): Promise<void> {
  const parent = path.dirname(importDir);
  const throwAway =
    path.basename(importDir) === 'imports' &&
    path.dirname(parent) === os.tmpdir() &&
    /^setara-\d+-[0-9a-f]{8}$/.test(path.basename(parent));
  if (throwAway) await rm(parent, { recursive: true, force: true });
}
