/**
 * The name an uploaded file is kept and shown under. It comes from the client's multipart
 * header, which no schema validates: folders are dropped, and so is everything invisible —
 * control characters (NUL cannot be stored at all), bidi controls (they can make
 * "laporan\u202excod.exe" read as "laporanexe.docx") and zero-width characters. A file name is
 * a label nobody retypes, so these are removed rather than refused.
 */
import path from 'node:path';

// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function cleanFileName(name: string | undefined): string {
  const base = path.basename((name ?? '').replace(/\\/g, '/')).replace(INVISIBLE, '');
  return (base.trim() || 'upload').slice(0, 200);
}

/**
 * The Content-Disposition of a download: `attachment` (never shown inline, so an uploaded HTML
 * or SVG cannot run in the app's origin), the name in ASCII for old clients — quotes and
 * backslashes replaced, so the name cannot end the header's quoted string — and in UTF-8
 * (RFC 6266/5987) for the rest.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
