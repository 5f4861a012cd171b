/**
 * Where a batch's files live: `<importDir>/<region>/<batch id>.<ext>` for the upload and
 * `<batch id>.staging.tsv` beside it for the checked rows. The paths follow from the batch row
 * alone, so any app server sharing IMPORT_DIR can commit a batch another one checked.
 */
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'xlsm']);

/** The upload's extension as a label only: the reader decides the format from the bytes. */
export function extensionOf(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return EXTENSIONS.has(ext) ? ext : 'upload';
}

export interface BatchFiles {
  dir: string;
  upload: string;
  staging: string;
}

export function batchFiles(
  importDir: string,
  regionCode: string,
  batchId: number,
  fileName: string,
): BatchFiles {
  // Region codes are validated (digits and dots), so they are safe as a folder name.
  const dir = path.join(importDir, regionCode);
  return {
    dir,
    upload: path.join(dir, `${batchId}.${extensionOf(fileName)}`),
    staging: path.join(dir, `${batchId}.staging.tsv`),
  };
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Removes a batch's files once it is committed, failed or expired. */
export async function removeBatchFiles(files: BatchFiles): Promise<void> {
  await Promise.all([rm(files.upload, { force: true }), rm(files.staging, { force: true })]);
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
