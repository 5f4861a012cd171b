/**
 * Recognises an uploaded letterhead logo by its bytes, not its file name or declared type:
 * only PNG and JPEG (the two formats both the PDF writer and Excel embed) with a readable
 * size, so that a broken picture is refused at upload instead of breaking every export later.
 */

export const LOGO_MAX_BYTES = 512 * 1024;

export type LogoMime = 'image/png' | 'image/jpeg';

export interface LogoInfo {
  mime: LogoMime;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function png(data: Buffer): LogoInfo | null {
  // Signature, then the IHDR chunk first: length 13, type "IHDR", width, height.
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (data.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  return width > 0 && height > 0 ? { mime: 'image/png', width, height } : null;
}

/** Start-of-frame markers that carry the picture's size (baseline, progressive, …). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(data: Buffer): LogoInfo | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8 || data[2] !== 0xff) return null;
  let at = 2;
  // Walk the marker segments up to the frame header; anything malformed is not a JPEG.
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end or scan before any frame header
    const length = data.readUInt16BE(at + 2);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (at + 9 > data.length) return null;
      const height = data.readUInt16BE(at + 5);
      const width = data.readUInt16BE(at + 7);
      return width > 0 && height > 0 ? { mime: 'image/jpeg', width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

/** The logo's type and size, or null when the bytes are not a PNG or JPEG picture. */
export function sniffLogo(data: Buffer): LogoInfo | null {
  return png(data) ?? jpeg(data);
}
