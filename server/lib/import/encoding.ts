/**
 * Turns the bytes of an uploaded text file into UTF-8 text, whatever Excel or a government
 * system wrote: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or Windows-1252 (what
 * "CSV" from Excel on an Indonesian Windows usually is; Latin-1 is its subset here).
 *
 * The choice between UTF-8 and Windows-1252 is made at the first non-ASCII byte, not on a
 * fixed-size sample: Indonesian data is mostly ASCII (the two encodings agree there), and the
 * first `é` may sit a megabyte in. The rest of the chunk holding that byte (at least four bytes,
 * one whole UTF-8 sequence) must be valid UTF-8; Windows-1252 text practically never is. Once UTF-8 is chosen,
 * a later invalid byte is an 'encoding' error (mixed encodings), never silent mojibake.
 *
 * NUL bytes are refused as 'binary' unless a UTF-16 BOM explained them: a text file in an
 * 8-bit encoding has none, while .xls, PDF or images have many.
 */
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { ImportFileError } from './errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

type Mode = 'bom' | 'ascii' | TextEncodingName;

/** Bytes needed after the first non-ASCII byte to judge it (longest UTF-8 sequence). */
const LOOKAHEAD = 4;

export class DecodeStream extends Transform {
  private mode: Mode = 'bom';
  private pending: Buffer = Buffer.alloc(0);
  private decoder: TextDecoder | null = null;
  private bytesSeen = 0;

  constructor() {
    // Strings go out as strings: the readable side keeps utf8 text without re-encoding.
    super({ encoding: 'utf8' });
  }

  /** The encoding chosen so far: null until there was a BOM or a non-ASCII byte. */
  get encoding(): TextEncodingName | null {
    return this.mode === 'bom' || this.mode === 'ascii' ? null : this.mode;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.consume(chunk, false);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.consume(Buffer.alloc(0), true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private consume(chunk: Buffer, final: boolean): void {
    let bytes: Buffer = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);

    if (this.mode === 'bom') {
      if (bytes.length < 4 && !final) {
        this.pending = bytes;
        return;
      }
      bytes = this.readBom(bytes);
    }
    if (this.mode === 'ascii') bytes = this.readAscii(bytes, final);
    if (bytes.length || final) this.decode(bytes, final);
  }

  /** Sets the mode from a byte-order mark and returns the bytes after it. */
  private readBom(bytes: Buffer): Buffer {
    const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
    if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) {
      throw new ImportFileError('encoding', 'UTF-32 text is not supported: save the file as UTF-8');
    }
    if (starts(0xef, 0xbb, 0xbf)) return this.choose('utf-8', bytes.subarray(3));
    if (starts(0xff, 0xfe)) return this.choose('utf-16le', bytes.subarray(2));
    if (starts(0xfe, 0xff)) return this.choose('utf-16be', bytes.subarray(2));
    this.mode = 'ascii';
    return bytes;
  }

  /**
   * Passes ASCII through while no encoding is chosen; at the first non-ASCII byte with enough
   * look-ahead, chooses UTF-8 or Windows-1252 and returns the bytes from there on.
   */
  private readAscii(bytes: Buffer, final: boolean): Buffer {
    this.refuseNul(bytes);
    let i = 0;
    while (i < bytes.length && bytes[i] < 0x80) i++;
    if (i > 0) this.emit8bit(bytes.subarray(0, i));
    const rest = bytes.subarray(i);
    if (rest.length === 0) return rest;
    if (rest.length < LOOKAHEAD && !final) {
      this.pending = Buffer.from(rest);
      return Buffer.alloc(0);
    }
    return this.choose(looksLikeUtf8(rest, final) ? 'utf-8' : 'windows-1252', rest);
  }

  private choose(mode: TextEncodingName, rest: Buffer): Buffer {
    this.mode = mode;
    if (mode !== 'windows-1252') this.decoder = new TextDecoder(mode, { fatal: true, ignoreBOM: true });
    return rest;
  }

  private decode(bytes: Buffer, final: boolean): void {
    if (this.mode === 'ascii' || this.mode === 'bom') return;
    if (this.mode === 'windows-1252') {
      this.refuseNul(bytes);
      this.emit8bit(bytes);
      return;
    }
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream: !final });
    } catch {
      throw new ImportFileError(
        'encoding',
        `The file is not valid ${this.mode.toUpperCase()} after byte ${this.bytesSeen}: ` +
          'it mixes text encodings. Save it again as "CSV UTF-8".',
        { detail: this.mode },
      );
    }
    if (text.includes('\0')) throw binaryError();
    this.bytesSeen += bytes.length;
    if (text) this.push(text, 'utf8');
  }

  private emit8bit(bytes: Buffer): void {
    this.bytesSeen += bytes.length;
    // ASCII bytes are the same in every supported 8-bit reading; latin1 decoding is the fastest.
    const text = this.mode === 'windows-1252' ? iconv.decode(bytes, 'win1252') : bytes.toString('latin1');
    this.push(text, 'utf8');
  }

  private refuseNul(bytes: Buffer): void {
    if (bytes.includes(0)) throw binaryError();
  }
}

/** Decodes bytes to UTF-8 text; see the module comment for what is detected. */
export function createDecodeStream(): DecodeStream {
  return new DecodeStream();
}

/**
 * True when `bytes` (starting at a non-ASCII byte) are valid UTF-8 as far as they go; the whole
 * chunk at hand is the evidence. A sequence cut by the end of the buffer counts as valid unless
 * the input is final.
 */
function looksLikeUtf8(bytes: Buffer, final: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

function binaryError(): ImportFileError {
  return new ImportFileError(
    'binary',
    'The file contains binary data (NUL bytes), not text: upload a CSV or an .xlsx workbook',
  );
}
