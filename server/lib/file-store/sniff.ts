/**
 * What an uploaded file really is, read from its bytes — never from its name or the type the
 * browser declared, so a renamed .exe is not an "image". Each use allows its own kinds
 * (monev evidence: images, PDF, XLSX, DOCX). Office files are zips: they are recognised by the
 * parts every workbook or document holds, after the zip guard refused hostile archives
 * (server/lib/import/zip-guard.ts), so a zip bomb named .docx is refused too.
 */
import { open } from 'node:fs/promises';
import { guardZip } from '../import/zip-guard.js';

export const SNIFFED_KINDS = ['png', 'jpeg', 'gif', 'webp', 'pdf', 'xlsx', 'docx'] as const;
export type SniffedKind = (typeof SNIFFED_KINDS)[number];

export const CONTENT_TYPES: Record<SniffedKind, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const IMAGE_KINDS = ['png', 'jpeg', 'gif', 'webp'] as const satisfies readonly SniffedKind[];

export interface Sniffed {
  kind: SniffedKind;
  contentType: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The kind the first bytes announce (a zip is only a candidate until its parts are read). */
export function sniffHead(head: Buffer): SniffedKind | 'zip' | null {
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG)) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const ascii = head.toString('latin1', 0, Math.min(head.length, 12));
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  // PDF readers accept the header within the first 1 KiB; files from scanners sometimes lead
  // with a few bytes of junk.
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (head.length >= 4 && head.subarray(0, 4).equals(ZIP)) return 'zip';
  return null;
}

/** Sniffs a file on local disk; null when it is none of the known kinds (or a hostile zip). */
export async function sniffFile(path: string): Promise<Sniffed | null> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const kind = sniffHead(head);
  if (kind === null) return null;
  if (kind !== 'zip') return { kind, contentType: CONTENT_TYPES[kind] };
  const office = await officeKind(path);
  return office ? { kind: office, contentType: CONTENT_TYPES[office] } : null;
}

async function officeKind(path: string): Promise<'xlsx' | 'docx' | null> {
  let names: Set<string>;
  try {
    names = new Set(
      (await guardZip(path, { limits: { maxTotalUncompressed: 200 * 1024 * 1024 } })).entryNames,
    );
  } catch {
    return null;
  }
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  return null;
}
