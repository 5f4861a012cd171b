/**
 * A micro-cache for public, anonymous pages and their JSON: the same answer for everyone, so
 * a burst of readers (a link shared in a WhatsApp group) costs one rendering every few
 * seconds instead of one per reader. Each app server keeps its own; an answer is at most
 * `ttlMs` old, well inside the `cache-control: public, max-age=60` these answers already
 * carry, so a browser or a CDN may keep them longer than this does. Readers that arrive
 * while an answer is being rendered wait for that one rendering (single flight).
 *
 * Answers carry a strong ETag of their bytes; a reader that sends it back gets 304. A text body
 * is gzipped once per rendering; a binary one (a PNG preview, already compressed) is sent as it is.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzip = promisify(gzipCallback);

export interface CachedAnswer {
  body: string;
  /** The body compressed once per rendering: a phone on a slow network gets an eighth of the bytes. */
  gzipped: Buffer;
  contentType: string;
  etag: string;
}

/** A binary answer (a PNG preview): its format compresses it already, so it has no gzip. */
export interface CachedBinary {
  body: Buffer;
  gzipped: null;
  contentType: string;
  etag: string;
}

interface Entry {
  at: number;
  answer: Promise<CachedAnswer | CachedBinary>;
  /** Bytes held (body and gzip) once rendered; 0 while rendering. */
  bytes: number;
}

export interface PublicCacheOptions {
  ttlMs: number;
  /** The oldest entries go first beyond this many (distinct filters and languages). */
  maxEntries: number;
  /**
   * And beyond this many bytes (bodies and their gzip; default DEFAULT_MAX_BYTES): at national
   * scale a region page is ≈ 700 KB, so a count alone would let 2,000 of them hold 1.5 GB.
   */
  maxBytes?: number;
  now?: () => number;
}

/** What one cache may hold by default: a few hundred national-scale pages. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private bytes = 0;

  constructor(private readonly options: PublicCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The answer for `key`, rendered by `render` when missing or older than the TTL. */
  get(key: string, render: () => Promise<{ body: string; contentType: string }>): Promise<CachedAnswer> {
    return this.remember(key, () =>
      render().then(async ({ body, contentType }) => ({
        body,
        gzipped: await gzip(body),
        contentType,
        etag: etagOf(body),
      })),
    ) as Promise<CachedAnswer>;
  }

  /** The same for a binary body; its keys must differ from the text answers' (e.g. `png:` first). */
  getBinary(
    key: string,
    render: () => Promise<{ body: Buffer; contentType: string }>,
  ): Promise<CachedBinary> {
    return this.remember(key, () =>
      render().then(({ body, contentType }) => ({ body, gzipped: null, contentType, etag: etagOf(body) })),
    ) as Promise<CachedBinary>;
  }

  private remember(key: string, make: () => Promise<CachedAnswer | CachedBinary>) {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.options.ttlMs) return hit.answer;
    const answer = make();
    const entry: Entry = { at: now, answer, bytes: 0 };
    answer.then(
      (done) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = done.body.length + (done.gzipped?.length ?? 0);
        this.bytes += entry.bytes;
        this.evict();
      },
      // A failed rendering is not kept: the next reader tries again (and sees the error itself).
      () => {
        if (this.entries.get(key) === entry) this.drop(key);
      },
    );
    this.drop(key);
    this.entries.set(key, entry);
    this.evict();
    return answer;
  }

  /** Bytes the rendered answers hold now (for tests and the bench). */
  get heldBytes(): number {
    return this.bytes;
  }

  private drop(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  /** Oldest first, until within both the count and the bytes (the newest entry always stays). */
  private evict() {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    while (this.entries.size > 1 && (this.entries.size > this.options.maxEntries || this.bytes > maxBytes)) {
      this.drop(this.entries.keys().next().value!);
    }
  }
}

/** Sends a cached answer, or 304 when the reader already holds these bytes. */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: CachedAnswer | CachedBinary,
  maxAgeSeconds: number,
): FastifyReply {
  reply
    .header('cache-control', `public, max-age=${maxAgeSeconds}`)
    .header('etag', answer.etag)
    .header('vary', 'accept-encoding');
  const held = request.headers['if-none-match'];
  if (held && held.split(',').some((tag) => tag.trim() === answer.etag)) return reply.code(304).send();
  reply.type(answer.contentType);
  if (answer.gzipped && acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(answer.gzipped);
  }
  return reply.send(answer.body);
}

/** Whether the reader takes gzip: named in Accept-Encoding (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    return !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}
