/**
 * Worker-thread side of certificatesZipInWorker: renders one PDF per certificate (the same
 * builder as the single and bulk PDFs) into a ZIP and posts the archive's bytes back in chunks,
 * with a progress message after each certificate.
 */
import { parentPort, workerData } from 'node:worker_threads';
import JSZip from 'jszip';
import { renderPdf } from '../../lib/pdf/render.js';
import { certificatesPdf, type CertificateEvent, type CertificatePrint } from './pdf.js';

const port = parentPort!;
const { event, certs, names } = workerData as {
  event: CertificateEvent;
  certs: CertificatePrint[];
  names: string[];
};

async function toBuffer(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

try {
  const zip = new JSZip();
  for (let i = 0; i < certs.length; i++) {
    const pdf = await toBuffer(
      (await renderPdf(certificatesPdf(event, [certs[i]]))) as AsyncIterable<Buffer>,
    );
    // PDFs are compressed already: stored, not deflated again.
    zip.file(names[i], pdf, { compression: 'STORE' });
    port.postMessage({ progress: i + 1 });
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const CHUNK = 1 << 20;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const part = bytes.slice(at, at + CHUNK);
    port.postMessage({ chunk: part }, [part.buffer]);
  }
  port.postMessage({ done: true });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
