// Entry of the worker threads (pdf/render-in-worker.ts, imports/check-in-worker.ts). Workers do not inherit tsx's module
// hooks, so when the server runs from TypeScript source the worker registers them itself
// before loading the TypeScript worker module named by workerData.workerUrl.
import { workerData } from 'node:worker_threads';

if (workerData.workerUrl.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.workerUrl);
