/**
 * The drawn signature of the public sign-in: a PNG sent as base64 by the page's canvas. Anyone
 * can post to the public route, so the bytes are checked as a PNG before they are stored or
 * ever handed to a PDF renderer: the signature (magic bytes), then every chunk's length and
 * CRC up to IEND, an IHDR first with sane dimensions and a known colour type, at least one
 * IDAT. A file that merely starts like a PNG, or carries anything after IEND, is refused.
 */
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A signature box is a few hundred pixels; anything much larger is not a signature. */
const MAX_SIDE = 4000;
const COLOUR_TYPES = new Set([0, 2, 3, 4, 6]);

export type SignatureCheck = { ok: true; png: Buffer } | { ok: false; reason: 'invalid' | 'too_large' };

/** The base64 text (with or without a `data:image/png;base64,` prefix) as PNG bytes, checked. */
export function decodeSignature(text: string, maxBytes: number): SignatureCheck {
  const base64 = text.replace(/^data:image\/png;base64,/, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return { ok: false, reason: 'invalid' };
  // 4 base64 characters carry 3 bytes: refuse the oversized before decoding them.
  if (Math.floor((base64.length * 3) / 4) - 2 > maxBytes) return { ok: false, reason: 'too_large' };
  const png = Buffer.from(base64, 'base64');
  if (png.length > maxBytes) return { ok: false, reason: 'too_large' };
  return isWellFormedPng(png) ? { ok: true, png } : { ok: false, reason: 'invalid' };
}

export function isWellFormedPng(png: Buffer): boolean {
  if (png.length < MAGIC.length + 12 * 3 + 13 || !png.subarray(0, 8).equals(MAGIC)) return false;
  let at = 8;
  let first = true;
  let sawData = false;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > png.length || !/^[A-Za-z]{4}$/.test(type)) return false;
    const crc = png.readUInt32BE(end - 4);
    if (crc32(png.subarray(at + 4, end - 4)) !== crc) return false;
    if (first) {
      if (type !== 'IHDR' || length !== 13) return false;
      const width = png.readUInt32BE(at + 8);
      const height = png.readUInt32BE(at + 12);
      const colourType = png[at + 17]!;
      if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return false;
      if (!COLOUR_TYPES.has(colourType)) return false;
      first = false;
    }
    if (type === 'IDAT') sawData = true;
    at = end;
    if (type === 'IEND') return sawData && at === png.length;
  }
  return false;
}
