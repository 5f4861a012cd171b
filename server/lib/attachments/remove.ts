/**
 * Removing attachments: the stored file goes only after the transaction that deleted its row
 * committed, so a rolled-back deletion never leaves a row pointing at a removed file, and a
 * committed one never leaves the file behind:
 *
 * - a trigger on every attachment table (migration 0025) writes an `attachments.remove_files`
 *   job into the deleting transaction, for rows deleted by any code path — on their own or by a
 *   cascade from their parent (a meeting, one of its days, a follow-up); the job queue removes
 *   the files after the commit and retries while the store fails;
 * - `deleteAttachments` also removes the files of the rows its work deleted right after the
 *   commit, so the file is gone when the DELETE is answered (the job then finds nothing to do).
 */
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../context.js';
import type { FileStore } from '../file-store/index.js';
import { PermanentJobError } from '../jobs/index.js';

export const REMOVE_FILES_JOB = 'attachments.remove_files';

type Keyed = { fileKey: string };

/**
 * Runs `work` (delete the row or rows, write the audit entry) in one transaction and removes the
 * stored files of the rows it answers once that committed; answers what `work` answered.
 */
export async function deleteAttachments<T extends Keyed | readonly Keyed[]>(
  deps: { db: Db; files: FileStore },
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction(work);
  const rows: readonly Keyed[] = Array.isArray(result) ? result : [result as Keyed];
  for (const { fileKey } of rows) {
    // The trigger's job retries a failed removal; the row is gone either way, so the request
    // does not fail over it.
    await deps.files.delete(fileKey).catch(() => undefined);
  }
  return result;
}

/** Removes the files named by a job the attachment trigger wrote; a missing file is no error. */
export async function removeFiles(files: FileStore, payload: Record<string, unknown>): Promise<number> {
  const keys = payload.keys;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))
    throw new PermanentJobError('attachments.remove_files: payload.keys is not a list of keys');
  for (const key of keys) await files.delete(key);
  return keys.length;
}

/** Handles the trigger's jobs; called once when the app is built (server/app.ts). */
export function registerAttachmentRemoval({ files, jobs }: Pick<AppContext, 'files' | 'jobs'>): void {
  jobs.register(REMOVE_FILES_JOB, async (payload) => {
    await removeFiles(files, payload);
  });
}
