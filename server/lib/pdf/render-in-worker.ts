/**
 * Renders a PDF on a worker thread. pdfmake lays out a whole document synchronously — a
 * region's set of 200 GAP matrices takes seconds — and on the main thread that would stall
 * every other request for as long (bench/pprg-pdf.ts prints the longest stall).
 *
 * The builder named by `moduleUrl` + `exportName` runs in the worker on `args` (plain data:
 * structured-clonable, no functions). The returned stream is resolved only once the first
 * bytes exist, i.e. after layout, so a document that cannot be laid out fails the request
 * with an error instead of a truncated file. Bytes are passed on as they are written, never
 * collected.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';

type WorkerMessage = { chunk: Uint8Array } | { done: true } | { error: string };

export function renderPdfInWorker(moduleUrl: string, exportName: string, args: unknown[]): Promise<Readable> {
  // The worker module is named as this one is: .ts from source, .js once compiled.
  const workerUrl = new URL(`./worker${path.extname(import.meta.url)}`, import.meta.url).href;
  const worker = new Worker(new URL('../worker-entry.mjs', import.meta.url), {
    workerData: { workerUrl, moduleUrl, exportName, args },
  });
  const stream = new Readable({ read() {} });
  return new Promise((resolve, reject) => {
    let started = false;
    const fail = (error: Error) => {
      if (started) stream.destroy(error);
      else reject(error);
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('chunk' in message) {
        stream.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength));
        if (!started) {
          started = true;
          resolve(stream);
        }
      } else if ('done' in message) {
        if (!started) {
          started = true;
          resolve(stream);
        }
        stream.push(null);
        void worker.terminate();
      } else {
        fail(new Error(`PDF rendering failed: ${message.error}`));
        void worker.terminate();
      }
    });
    worker.on('error', fail);
    // A client that goes away stops the work.
    stream.on('close', () => void worker.terminate());
  });
}
