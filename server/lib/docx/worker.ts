/**
 * Worker-thread side of renderDocxInWorker: builds the document with the named builder and
 * posts the packed bytes back (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Packer, type Document } from 'docx';

interface Job {
  moduleUrl: string;
  exportName: string;
  args: unknown[];
}

const port = parentPort!;
const { moduleUrl, exportName, args } = workerData as Job;

try {
  const builders = (await import(moduleUrl)) as Record<string, (...a: unknown[]) => Document>;
  const buffer = await Packer.toBuffer(builders[exportName](...args));
  // A copy of its own, so the transfer cannot detach a pooled buffer.
  const bytes = new Uint8Array(buffer);
  port.postMessage({ bytes }, [bytes.buffer as ArrayBuffer]);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
