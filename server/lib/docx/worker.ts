/**
 * Worker-thread side of renderDocxInWorker: builds the document with the job's builder and
 * posts the packed bytes back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { Packer, type Document } from 'docx';
import { buildWorkerJob } from '../worker-job.js';

const port = parentPort!;

try {
  const buffer = await Packer.toBuffer(await buildWorkerJob<Document>());
  // A copy of its own, so the transfer cannot detach a pooled buffer.
  const bytes = new Uint8Array(buffer);
  port.postMessage({ bytes }, [bytes.buffer]);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
