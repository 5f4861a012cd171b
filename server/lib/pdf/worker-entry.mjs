// Entry of the PDF worker thread (render-in-worker.ts). Workers do not inherit tsx's module
// hooks, so when the server runs from TypeScript source the worker registers them itself
// before loading the TypeScript worker; a compiled build loads worker.js directly.
import { workerData } from 'node:worker_threads';

if (workerData.workerUrl.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.workerUrl);
