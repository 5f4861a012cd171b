/**
 * The job a document worker thread runs (pdf/ and docx/ render-in-worker): a builder named by
 * its module and export, called on plain, structured-clonable arguments. Definitions hold
 * functions that cannot cross threads, so the data crosses and the builder runs in the worker.
 */
import { workerData } from 'node:worker_threads';

export interface WorkerJob {
  moduleUrl: string;
  exportName: string;
  args: unknown[];
}

/** Loads the job's builder and returns what it builds. */
export async function buildWorkerJob<T>(): Promise<T> {
  const { moduleUrl, exportName, args } = workerData as WorkerJob;
  const builders = (await import(moduleUrl)) as Record<string, (...a: unknown[]) => T>;
  return builders[exportName](...args);
}
