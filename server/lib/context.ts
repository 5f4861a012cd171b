/** What route modules receive from the app: the database, the configuration and the file store. */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import type { FileStore } from './file-store/index.js';
import type { JobRunner } from './jobs/runner.js';

export interface AppContext {
  database: Database;
  config: Config;
  /** Stored files (disk or S3), shared by every app server: server/lib/file-store. */
  files: FileStore;
  /** The shared background job queue (server/lib/jobs): modules register handlers by kind. */
  jobs: JobRunner;
}

/** A Fastify instance whose routes are typed by their zod schemas. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
