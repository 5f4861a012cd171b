/**
 * Answering a download: the module has checked that the caller may read the owning record and
 * found the row; this opens the stored file and sends it with the type sniffed at upload, as an
 * attachment under its cleaned name, never sniffed again by the browser and never cached by a
 * shared cache (evidence and scans carry personal data).
 */
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FileStore } from '../file-store/index.js';
import { contentDisposition } from '../file-name.js';

/** The columns a download needs from an attachment row. */
export interface StoredAttachment {
  fileKey: string;
  fileName: string;
  contentType: string;
}

export interface OpenedAttachment<R extends StoredAttachment> {
  row: R;
  body: Readable;
}

/** The row with its bytes (FileNotFound, a 500, when the store lost the file). */
export async function openAttachment<R extends StoredAttachment>(
  files: FileStore,
  row: R,
): Promise<OpenedAttachment<R>> {
  return { row, body: await files.get(row.fileKey) };
}

/** Sends an opened attachment: its type, `attachment` disposition, nosniff, no shared caching. */
export function sendAttachment(reply: FastifyReply, { row, body }: OpenedAttachment<StoredAttachment>) {
  return reply
    .header('content-type', row.contentType)
    .header('content-disposition', contentDisposition(row.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}
