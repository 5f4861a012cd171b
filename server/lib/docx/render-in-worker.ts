/**
 * Builds and packs a Word document (the `docx` package) on a worker thread, as PDFs are laid
 * out (lib/pdf/render-in-worker.ts): packing a report of a few hundred table rows is CPU work
 * of a second or more that would otherwise stall every other request.
 *
 * The builder named by `moduleUrl` + `exportName` runs in the worker on `args` (plain,
 * structured-clonable data) and returns a docx `Document`; the packed file comes back as one
 * buffer — a .docx is a zip, written whole at the end, so there is nothing to stream sooner.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

type WorkerMessage = { bytes: Uint8Array } | { error: string };

export function renderDocxInWorker(moduleUrl: string, exportName: string, args: unknown[]): Promise<Buffer> {
  // The worker module is named as this one is: .ts from source, .js once compiled.
  const workerUrl = new URL(`./worker${path.extname(import.meta.url)}`, import.meta.url).href;
  const worker = new Worker(new URL('../worker-entry.mjs', import.meta.url), {
    workerData: { workerUrl, moduleUrl, exportName, args },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: WorkerMessage) => {
      if ('bytes' in message) {
        resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
      } else {
        reject(new Error(`DOCX rendering failed: ${message.error}`));
      }
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`DOCX worker exited with code ${code}`)));
  });
}
