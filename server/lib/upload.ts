/**
 * Receiving one uploaded file (multipart field "file") for an all-or-nothing import, and
 * answering such an import's refusal: every row error, each with its row, column and message.
 * Used by the budget import (modules/planning) and the training scores import.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, Invalid } from './errors.js';
import { cleanFileName } from './file-name.js';
import { languageOf, translate, type MessageKey } from './messages.js';

export interface UploadedFile {
  path: string;
  name: string;
}

/** Streams the multipart file to a temporary path (`setara-<prefix>-…`); the caller removes it. */
export async function receiveUploadFile(
  request: FastifyRequest,
  { maxBytes, prefix }: { maxBytes: number; prefix: string },
): Promise<UploadedFile> {
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  if (!part) throw new Invalid({ file: 'required' });
  const target = path.join(os.tmpdir(), `setara-${prefix}-${randomUUID()}`);
  try {
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) throw new AppError(413, 'payload_too_large', 'payload_too_large');
  } catch (error) {
    await rm(target, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'payload_too_large', 'payload_too_large');
    }
    throw error;
  }
  return { path: target, name: cleanFileName(part.filename) };
}

/** One refused row of an import file: its row (1-based, null for the file) and column, and why. */
export interface RowError {
  row: number | null;
  column: string | null;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** A refused file: 422 with every row error (sendImportRowsError writes them). */
export class ImportRowsError extends AppError {
  constructor(readonly rows: RowError[]) {
    super(422, 'invalid', 'import_rows_invalid', undefined, { count: rows.length });
  }
}

/** `{error: {code, message, rows: [{row, column, message}]}}` in the caller's language. */
export function sendImportRowsError(reply: FastifyReply, request: FastifyRequest, error: ImportRowsError) {
  const lang = languageOf(request.headers['accept-language']);
  return reply.status(422).send({
    error: {
      code: error.code,
      message: translate(error.messageKey, lang, error.params),
      rows: error.rows.map((r) => ({
        row: r.row,
        column: r.column,
        message: translate(r.key, lang, r.params),
      })),
    },
  });
}
