/**
 * Receives the one file of a multipart request and streams it to this server's scratch folder,
 * never holding it in memory, under a temporary name; the caller checks it and hands it to the
 * file store (FileStore.putFile) once its record can be written, so a refused or broken upload
 * leaves neither a record nor a stored file. Each use names its own messages (a missing file,
 * one over its size limit). Used by monev evidence and imports (which read a form flag from
 * `fields`, server/modules/imports/upload.ts).
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from '../errors.js';
import { cleanFileName } from '../file-name.js';
import type { MessageKey } from '../messages.js';

export interface ReceivedFile {
  tempPath: string;
  /** The client's file name, cleaned (server/lib/file-name.ts): a label, never a path. */
  fileName: string;
  bytes: number;
  /** The form's other fields sent before the file (@fastify/multipart's shape), for the caller to read. */
  fields: Record<string, unknown>;
}

export interface ReceiveOptions {
  maxMb: number;
  /** The message when the request holds no file (a 422 on the field `file`). */
  missing: MessageKey;
  /** The error when the file is larger than `maxMb` (a 413). */
  tooLarge: (maxMb: number) => AppError;
  /** Starts the temporary file's name, e.g. `.upload-`; a dot keeps it out of listings. */
  prefix: string;
}

/**
 * The usual `tooLarge` of an upload: 413 with `key` as the message and at the `file` field;
 * the message says the limit as `{max}` (MB).
 */
export const fileTooLarge = (key: MessageKey) => (maxMb: number) =>
  new AppError(413, 'payload_too_large', key, { file: key }, { max: maxMb });

export async function receiveUpload(
  request: FastifyRequest,
  dir: string,
  options: ReceiveOptions,
): Promise<ReceivedFile> {
  const { maxMb } = options;
  const part = await request.file({
    limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 10, parts: 12 },
  });
  if (!part) throw new Invalid({ file: options.missing }, options.missing);
  await mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, `${options.prefix}${randomUUID()}.part`);
  try {
    await pipeline(part.file, createWriteStream(tempPath));
    if (part.file.truncated) throw options.tooLarge(maxMb);
  } catch (error) {
    await rm(tempPath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw options.tooLarge(maxMb);
    throw error;
  }
  const { size } = await stat(tempPath);
  return { tempPath, fileName: cleanFileName(part.filename), bytes: size, fields: part.fields };
}
