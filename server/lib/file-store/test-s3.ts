/**
 * A real S3 server for tests: s3rver on a random loopback port with one bucket, its objects in
 * a temp folder removed on close. Tests that need FILE_STORE=s3 get their env from here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { FileStoreConfig } from '../../config.js';

export interface TestS3 {
  config: Extract<FileStoreConfig, { kind: 's3' }>;
  /** The same settings as environment variables, for loadConfig. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startTestS3(bucket = 'setara-test'): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'setara-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts any signature made with its own well-known key pair.
  const config = {
    kind: 's3' as const,
    bucket,
    endpoint,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  return {
    config,
    env: {
      FILE_STORE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
