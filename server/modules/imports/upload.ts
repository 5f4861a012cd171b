/**
 * Receives an import's file through the shared multipart receiver (streamed to the scratch
 * folder, never held in memory) and reads the form's one choice sent before it. The file is
 * handed to the file store under its batch's key once the batch row exists, so a broken upload
 * leaves neither a row nor a file.
 */
import { rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload, type ReceivedFile } from '../../lib/file-store/receive.js';

export interface ReceivedImport extends ReceivedFile {
  /** The form's `saveWhenClean` field: save as drafts while checked (merge-as-checked.ts). */
  saveWhenClean: boolean;
}

/** A yes/no form field; anything but `true`/`false` names the field. */
function flagField(fields: Record<string, unknown>, name: string): boolean {
  const field = fields[name] as { type?: string; value?: unknown } | undefined;
  if (field === undefined) return false;
  if (field.type === 'field' && (field.value === 'true' || field.value === 'false'))
    return field.value === 'true';
  throw new Invalid({ [name]: 'import_flag_invalid' }, 'import_flag_invalid');
}

export async function receiveImport(
  request: FastifyRequest,
  dir: string,
  maxMb: number,
): Promise<ReceivedImport> {
  const file = await receiveUpload(request, dir, {
    maxMb,
    missing: 'import_no_file',
    tooLarge: (max) => new AppError(413, 'payload_too_large', 'import_file_too_large', undefined, { max }),
    prefix: '.upload-',
  });
  try {
    return { ...file, saveWhenClean: flagField(file.fields, 'saveWhenClean') };
  } catch (error) {
    await rm(file.tempPath, { force: true });
    throw error;
  }
}

export async function moveInto(file: ReceivedFile, store: FileStore, key: string): Promise<void> {
  await store.putFile(key, file.tempPath);
}
