/**
 * Receiving an attachment: the multipart file streams to this server's scratch folder (never
 * whole in memory), is refused when missing, empty, larger than the limit or not an allowed
 * kind by its bytes, enters the file store under a fresh key, and only then does the caller's
 * transaction write its row. If that transaction fails the stored file is removed again, and
 * the scratch copy always is: a refused or failed upload leaves neither a row nor a file.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { Invalid } from '../errors.js';
import type { FileStore } from '../file-store/index.js';
import { receiveUpload, fileTooLarge } from '../file-store/receive.js';
import { sniffFile, type SniffedKind } from '../file-store/sniff.js';
import type { MessageKey } from '../messages.js';

/** Where a module's attachments go and how large they may be (one per module, built at start). */
export interface AttachmentDeps {
  db: Db;
  files: FileStore;
  /** This server's scratch folder: uploads land here before they enter the store. */
  scratchDir: string;
  maxMb: number;
}

/** What a module accepts, and the messages its refusals carry (each on the field `file`). */
export interface AttachmentRules {
  /** The kinds allowed, as read from the bytes (server/lib/file-store/sniff.ts). */
  kinds: readonly SniffedKind[];
  messages: {
    /** No file in the request: 422. */
    missing: MessageKey;
    /** Zero bytes: 422. */
    empty: MessageKey;
    /** Larger than `maxMb`: 413, with `{max}` in the message. */
    tooLarge: MessageKey;
    /** Not one of `kinds`: 422. */
    type: MessageKey;
  };
  /** Starts the scratch file's name (`.evidence-`); a sweep of unfinished uploads finds them by it. */
  scratchPrefix: string;
}

/** The stored file, as the four columns every attachment table has: spread it into the insert. */
export interface AttachmentFile {
  fileKey: string;
  /** The client's name, cleaned (server/lib/file-name.ts): a label, never a path. */
  fileName: string;
  /** Sniffed from the bytes, never taken from the name or the request. */
  contentType: string;
  bytes: number;
}

/** The multipart form's other fields, sent before the file (@fastify/multipart's shape). */
export type FormFields = Record<string, unknown>;

export interface UploadOptions<F, T> {
  /** The key's folder, e.g. `monev/72.71/<reportId>`; a random UUID names the file inside it. */
  folder: string;
  /**
   * Reads and checks the form's other fields (formField) before the file itself is checked;
   * its answer is handed to `save`. A refusal here stores nothing.
   */
  fields?: (fields: FormFields) => Promise<F> | F;
  /**
   * In one transaction, after the file is stored: re-check what may have changed while the
   * bytes arrived, insert the row (`...file`), write the audit entry, answer the response.
   * If it throws, the stored file is removed and the error goes on.
   */
  save: (tx: Db, file: AttachmentFile, fields: F) => Promise<T>;
}

/**
 * Receives, checks and stores the request's file, then runs `save` in a transaction. Check the
 * caller's permission BEFORE calling it: a refused caller's bytes are never read.
 */
export async function uploadAttachment<T, F = undefined>(
  deps: AttachmentDeps,
  request: FastifyRequest,
  rules: AttachmentRules,
  options: UploadOptions<F, T>,
): Promise<T> {
  const { db, files } = deps;
  const { messages } = rules;
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: messages.missing,
    tooLarge: fileTooLarge(messages.tooLarge),
    prefix: rules.scratchPrefix,
  });
  const fileKey = `${options.folder}/${randomUUID()}`;
  let stored = false;
  try {
    const fields = (options.fields ? await options.fields(file.fields) : undefined) as F;
    if (file.bytes === 0) throw new Invalid({ file: messages.empty }, messages.empty);
    const kind = await sniffFile(file.tempPath);
    if (!kind || !rules.kinds.includes(kind.kind)) throw new Invalid({ file: messages.type }, messages.type);
    await files.putFile(fileKey, file.tempPath, { contentType: kind.contentType });
    stored = true;
    const attachment = { fileKey, fileName: file.fileName, contentType: kind.contentType, bytes: file.bytes };
    return await db.transaction((tx) => options.save(tx, attachment, fields));
  } catch (error) {
    if (stored) await files.delete(fileKey);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

/** A text field of the multipart form, or undefined when it was not sent (or was a file). */
export function formField(fields: FormFields, name: string): string | undefined {
  const field = fields[name];
  if (typeof field !== 'object' || field === null || Array.isArray(field)) return undefined;
  const value = (field as { type?: unknown; value?: unknown }).value;
  return typeof value === 'string' ? value : undefined;
}
