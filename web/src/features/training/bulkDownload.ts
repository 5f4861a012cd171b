/**
 * Downloads every certificate (one PDF or a ZIP) while telling the page how far it is: the
 * server makes the file first (a few seconds for hundreds of pages), then sends it; the bytes
 * received are counted as they arrive. A refusal shows the server's message.
 */
import { ApiError } from '../../app/api.ts';
import i18n from '../../app/i18n.ts';

export type BulkProgress =
  { phase: 'rendering'; count: number | null } | { phase: 'receiving'; bytes: number; count: number | null };

function fileNameOf(disposition: string | null, fallback: string): string {
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return m ? decodeURIComponent(m[1]) : fallback;
}

export async function downloadWithProgress(
  url: string,
  fallbackName: string,
  expected: number,
  onProgress: (p: BulkProgress) => void,
): Promise<string> {
  onProgress({ phase: 'rendering', count: expected });
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': i18n.language || 'id' },
    });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('errors.network'));
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      response.status,
      payload?.error?.code ?? `http_${response.status}`,
      payload?.error?.message ?? i18n.t('errors.http', { status: response.status }),
    );
  }
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
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined });
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
