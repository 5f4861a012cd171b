/** Opens the configured file store (config.fileStore): disk by default, S3 when FILE_STORE=s3. */
import type { FileStoreConfig } from '../../config.js';
import { DiskFileStore } from './disk.js';
import { S3FileStore } from './s3.js';
import type { FileStore } from './types.js';

export { assertValidKey } from './keys.js';
export * from './types.js';

export async function openFileStore(config: FileStoreConfig): Promise<FileStore> {
  if (config.kind === 's3') return new S3FileStore(config).open();
  return new DiskFileStore({ root: config.dir, temporary: config.temporary }).open();
}

/** Reads a whole stored file into memory: for small files only (logos, test checks). */
export async function readAll(store: FileStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
