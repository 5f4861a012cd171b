/**
 * Downloads every certificate (one PDF or a ZIP) while telling the page how far it is: the
 * server makes the file first (a few seconds for hundreds of pages), then sends it; the bytes
 * received are counted as they arrive. A refusal shows the server's message.
 */
import { fetchFile, fileNameOf, saveBlob } from '../explore/download.ts';

export type BulkProgress =
  { phase: 'rendering'; count: number | null } | { phase: 'receiving'; bytes: number; count: number | null };

export async function downloadWithProgress(
  url: string,
  fallbackName: string,
  expected: number,
  onProgress: (p: BulkProgress) => void,
): Promise<string> {
  onProgress({ phase: 'rendering', count: expected });
  const response = await fetchFile(url);
  const count = Number(response.headers.get('x-certificate-count')) || expected;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      onProgress({ phase: 'receiving', bytes, count });
    }
  }
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  saveBlob(new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined }), name);
  return name;
}
