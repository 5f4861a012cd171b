/**
 * Receives one uploaded file from a multipart request and streams it to disk, never holding
 * it in memory. The file lands under a temporary name in the scratch folder and is handed to
 * the file store under its batch's key once the batch row exists, so a broken upload leaves
 * neither a row nor a file.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { cleanFileName } from '../../lib/file-name.js';
import { ensureDir } from './files.js';

export interface ReceivedFile {
  tempPath: string;
  fileName: string;
  bytes: number;
  /** The form's `saveWhenClean` field (sent before the file): save as drafts while checked. */
  saveWhenClean: boolean;
}

/** A yes/no form field sent before the file; anything but `true`/`false` names the field. */
function flagField(fields: Record<string, unknown>, name: string): boolean {
  const field = fields[name] as { type?: string; value?: unknown } | undefined;
  if (field === undefined) return false;
  if (field.type === 'field' && (field.value === 'true' || field.value === 'false'))
    return field.value === 'true';
  throw new Invalid({ [name]: 'import_flag_invalid' }, 'import_flag_invalid');
}

export async function receiveUpload(
  request: FastifyRequest,
  dir: string,
  maxMb: number,
): Promise<ReceivedFile> {
  const part = await request.file({
    limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 10, parts: 12 },
  });
  if (!part) throw new Invalid({ file: 'import_no_file' }, 'import_no_file');
  const saveWhenClean = flagField(part.fields, 'saveWhenClean');
  await ensureDir(dir);
  const tempPath = path.join(dir, `.upload-${randomUUID()}.part`);
  try {
    await pipeline(part.file, createWriteStream(tempPath));
    if (part.file.truncated) throw tooLarge(maxMb);
  } catch (error) {
    await rm(tempPath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxMb);
    throw error;
  }
  const { size } = await stat(tempPath);
  return { tempPath, fileName: cleanFileName(part.filename), bytes: size, saveWhenClean };
}

function tooLarge(maxMb: number): AppError {
  return new AppError(413, 'payload_too_large', 'import_file_too_large', undefined, { max: maxMb });
}

export async function moveInto(file: ReceivedFile, store: FileStore, key: string): Promise<void> {
  await store.putFile(key, file.tempPath);
}
