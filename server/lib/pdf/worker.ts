/**
 * Worker-thread side of renderPdfInWorker: builds the document definition with the named
 * builder (definitions hold layout functions, which cannot cross threads, so the data crosses
 * and the builder runs here), lays it out, and posts the PDF's bytes back chunk by chunk.
 */
import { parentPort } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildWorkerJob } from '../worker-job.js';
import { renderPdf } from './render.js';

const port = parentPort!;

try {
  const pdf = await renderPdf(await buildWorkerJob<TDocumentDefinitions>());
  for await (const chunk of pdf as AsyncIterable<Buffer>) {
    // A copy of its own, so the transfer does not detach a pooled buffer other chunks share.
    const bytes = new Uint8Array(chunk);
    port.postMessage({ chunk: bytes }, [bytes.buffer]);
  }
  port.postMessage({ done: true });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
