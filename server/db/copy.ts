/**
 * COPY … FROM for both drivers: PostgreSQL streams through pg-copy-streams; PGlite only takes
 * a whole Blob per COPY (`/dev/blob`), so the source is cut at line ends into pieces of a few
 * megabytes and loaded piece by piece, keeping memory bounded whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';

/** Bytes of COPY text per PGlite COPY statement (about 150,000 import rows). */
export const PGLITE_COPY_CHUNK_BYTES = 8 * 1024 * 1024;

const NEWLINE = 0x0a;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function copySql(table: string, columns: string[], from: string): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM ${from}`;
}

function asStream(source: Readable | string): Readable {
  return typeof source === 'string' ? createReadStream(source) : source;
}

export async function copyIntoPg(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  source: Readable | string,
): Promise<number> {
  const sink = client.query(copyFromStdin(copySql(table, columns, 'STDIN')));
  await pipeline(asStream(source), sink);
  return sink.rowCount;
}

export async function copyIntoPglite(
  /** The database, or one of its transactions. */
  client: Pick<PGlite, 'query'>,
  table: string,
  columns: string[],
  source: Readable | string,
  chunkBytes = PGLITE_COPY_CHUNK_BYTES,
): Promise<number> {
  const statement = copySql(table, columns, `'/dev/blob'`);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let rows = 0;
  const load = async (piece: Buffer) => {
    if (piece.length === 0) return;
    // Blob copies the bytes; the cast only narrows Buffer's backing-store type.
    await client.query(statement, [], { blob: new Blob([piece as Buffer<ArrayBuffer>]) });
    rows += countLines(piece);
  };
  for await (const chunk of asStream(source)) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    pending.push(buffer);
    pendingBytes += buffer.length;
    if (pendingBytes < chunkBytes) continue;
    const joined = Buffer.concat(pending, pendingBytes);
    const cut = joined.lastIndexOf(NEWLINE) + 1;
    // A single line longer than the chunk waits for its end.
    if (cut === 0) continue;
    await load(joined.subarray(0, cut));
    const rest = joined.subarray(cut);
    pending = rest.length ? [Buffer.from(rest)] : [];
    pendingBytes = rest.length;
  }
  const last = Buffer.concat(pending, pendingBytes);
  await load(
    last.length && last[last.length - 1] !== NEWLINE ? Buffer.concat([last, Buffer.from('\n')]) : last,
  );
  return rows;
}

function countLines(buffer: Buffer): number {
  let n = 0;
  for (let i = buffer.indexOf(NEWLINE); i >= 0; i = buffer.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
