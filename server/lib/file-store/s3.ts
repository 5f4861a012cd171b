/**
 * Files in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, Garage, s3rver…), through
 * @aws-sdk/client-s3. Streams are uploaded in parts of PART_BYTES, so memory stays at one part
 * per upload whatever the file's size. Checksums are sent only where S3 requires them: with
 * the SDK's default, a streamed body goes out aws-chunked with a trailing checksum, which
 * several S3-compatible servers store as it is, chunk headers and all (seen with s3rver).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { assertValidKey, assertValidPrefix } from './keys.js';
import {
  DEFAULT_CONTENT_TYPE,
  FileNotFound,
  type FileBody,
  type FileInfo,
  type FileStore,
  type LocalFile,
  type PutOptions,
} from './types.js';

export interface S3StoreOptions {
  bucket: string;
  /** e.g. http://127.0.0.1:9000 for a local server; null for AWS's own endpoints. */
  endpoint: string | null;
  region: string;
  /** Both or neither; neither lets the SDK find credentials itself (AWS_* variables, roles). */
  accessKeyId: string | null;
  secretAccessKey: string | null;
  /** bucket in the path (http://host/bucket/key) rather than the host name: most self-hosted servers. */
  forcePathStyle: boolean;
}

/** S3's smallest part is 5 MiB; 8 MiB keeps a 200 MB upload at 25 parts. */
export const PART_BYTES = 8 * 1024 * 1024;

export class S3FileStore implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      ...(options.accessKeyId && options.secretAccessKey
        ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
        : {}),
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Fails at start, with the bucket named, when the bucket cannot be reached. */
  async open(): Promise<this> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      this.client.destroy();
      throw new Error(`S3 bucket "${this.bucket}" is not reachable: ${describe(error)}`, { cause: error });
    }
    return this;
  }

  async put(key: string, body: FileBody, options: PutOptions = {}): Promise<FileInfo> {
    assertValidKey(key);
    const contentType = options.contentType || DEFAULT_CONTENT_TYPE;
    if (body instanceof Readable) return this.putStream(key, body, contentType);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }),
    );
    return this.statOrFail(key);
  }

  async putFile(key: string, localPath: string, options: PutOptions = {}): Promise<FileInfo> {
    assertValidKey(key);
    const contentType = options.contentType || DEFAULT_CONTENT_TYPE;
    const { size } = await stat(localPath);
    let info: FileInfo;
    if (size <= PART_BYTES) {
      // A known length lets one PUT stream the file without reading it into memory.
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(localPath),
          ContentLength: size,
          ContentType: contentType,
        }),
      );
      info = await this.statOrFail(key);
    } else {
      info = await this.putStream(
        key,
        createReadStream(localPath, { highWaterMark: 1024 * 1024 }),
        contentType,
      );
    }
    await rm(localPath, { force: true });
    return info;
  }

  private async putStream(key: string, stream: Readable, contentType: string): Promise<FileInfo> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let uploadId: string | undefined;
    const parts: CompletedPart[] = [];
    const sendPart = async (part: Buffer) => {
      if (!uploadId) {
        const created = await this.client.send(
          new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
        );
        uploadId = created.UploadId!;
      }
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(
        new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber, Body: part }),
      );
      parts.push({ PartNumber, ETag });
    };
    try {
      for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        pending.push(buf);
        pendingBytes += buf.length;
        while (pendingBytes >= PART_BYTES) {
          const all = Buffer.concat(pending);
          await sendPart(all.subarray(0, PART_BYTES));
          pending = [all.subarray(PART_BYTES)];
          pendingBytes = all.length - PART_BYTES;
        }
      }
      const rest = Buffer.concat(pending);
      if (!uploadId) {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: rest, ContentType: contentType }),
        );
      } else {
        if (rest.length) await sendPart(rest);
        await this.client.send(
          new CompleteMultipartUploadCommand({
            Bucket: this.bucket,
            Key: key,
            UploadId: uploadId,
            MultipartUpload: { Parts: parts },
          }),
        );
      }
    } catch (error) {
      stream.destroy();
      // Uploaded parts cost storage until aborted.
      if (uploadId) {
        await this.client
          .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }))
          .catch(() => {});
      }
      throw error;
    }
    return this.statOrFail(key);
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFound(key);
      throw error;
    }
  }

  async stat(key: string): Promise<FileInfo | null> {
    assertValidKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        key,
        bytes: head.ContentLength ?? 0,
        contentType: head.ContentType || DEFAULT_CONTENT_TYPE,
        modifiedAt: head.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async statOrFail(key: string): Promise<FileInfo> {
    const info = await this.stat(key);
    if (!info) throw new Error(`S3 stored "${key}" but does not find it`);
    return info;
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<FileInfo> {
    assertValidPrefix(prefix);
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        // A listing does not carry the content type; one HEAD per file is the price of the contract.
        const info = await this.stat(item.Key!);
        if (info) yield info;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async localFile(key: string, scratchDir: string): Promise<LocalFile> {
    const body = await this.get(key);
    await mkdir(scratchDir, { recursive: true });
    const copy = path.join(scratchDir, `.copy-${randomUUID()}${path.extname(key)}`);
    try {
      await pipeline(body, createWriteStream(copy));
    } catch (error) {
      await rm(copy, { force: true });
      throw error;
    }
    return { path: copy, release: () => rm(copy, { force: true }) };
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return [e.name, status ? `HTTP ${status}` : null, e.message].filter(Boolean).join(', ');
}
