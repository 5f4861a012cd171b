import { ApiError } from '../../app/api.ts';
import i18n from '../../app/i18n.ts';

export function fileNameOf(disposition: string | null, fallback: string): string {
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return m ? decodeURIComponent(m[1]) : fallback;
}

/** Requests a generated file; a refusal throws the server's message as an ApiError. */
export async function fetchFile(url: string): Promise<Response> {
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
  return response;
}

/** Hands a file to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Fetches a generated file and hands it to the browser as a download. Used where building the
 * file takes seconds (the Profil Gender PDF), so the button can show progress, and a refusal
 * shows the server's message instead of a page of JSON.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  const response = await fetchFile(url);
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  saveBlob(await response.blob(), name);
  return name;
}
