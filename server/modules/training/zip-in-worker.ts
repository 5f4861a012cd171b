/**
 * A ZIP of one certificate PDF per participant, made on a worker thread like every PDF (a few
 * hundred layouts would otherwise hold the server's thread for seconds). Resolved once the
 * archive's first bytes exist, so a failure is an error answer, not a truncated file.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { CertificateEvent, CertificatePrint } from './pdf.js';

type Message = { chunk: Uint8Array } | { progress: number } | { done: true } | { error: string };

export function certificatesZipInWorker(
  event: CertificateEvent,
  certs: CertificatePrint[],
  names: string[],
): Promise<Readable> {
  const workerUrl = new URL(`./zip-worker${path.extname(import.meta.url)}`, import.meta.url).href;
  const worker = new Worker(new URL('../../lib/worker-entry.mjs', import.meta.url), {
    workerData: { workerUrl, event, certs, names },
  });
  const stream = new Readable({ read() {} });
  return new Promise((resolve, reject) => {
    let started = false;
    const start = () => {
      if (!started) {
        started = true;
        resolve(stream);
      }
    };
    worker.on('message', (message: Message) => {
      if ('chunk' in message) {
        stream.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength));
        start();
      } else if ('done' in message) {
        start();
        stream.push(null);
        void worker.terminate();
      } else if ('error' in message) {
        const error = new Error(`ZIP rendering failed: ${message.error}`);
        if (started) stream.destroy(error);
        else reject(error);
        void worker.terminate();
      }
    });
    worker.on('error', (error) => (started ? stream.destroy(error) : reject(error)));
    stream.on('close', () => void worker.terminate());
  });
}
