/**
 * The bytes exceljs's streaming reader is given: not the uploaded file, but a fresh zip stream
 * holding only the parts it needs, in the order it needs them, each part's compressed data
 * copied raw (never re-compressed) from the file the zip guard has vetted.
 *
 * Why not hand exceljs the file:
 *  - exceljs (through unzipper) walks local headers in file order and ignores the central
 *    directory, so it could read bytes the guard never saw (an entry hidden between listed
 *    ones). Here only central-directory entries, found and checked through yauzl, go through.
 *  - it writes every sheet that precedes the shared strings to a temporary file — the usual
 *    case, since Excel stores sheets first — and a reader stopped early leaves those files
 *    behind until the process exits. In this order nothing is deferred.
 *  - it only knows the standard part names; parts are renamed to them here, and an empty
 *    shared-string table is supplied when a workbook has none (all numbers, inline strings).
 *  - every part gets sizes in its local header, so no data descriptors (which unzipper finds
 *    by scanning the compressed bytes for a signature) are involved.
 */
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export interface FeedPart {
  /** Entry in the uploaded zip, or inline bytes to store. */
  from: string | Buffer;
  /** Name exceljs will see. */
  as: string;
}

const STORED = 0;
const UTF8_NAMES = 0x800;

export const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

export const EMPTY_RELATIONSHIPS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
);

/** A zip byte stream of `parts` in order; entries missing from the file are left out. */
export function createWorkbookFeed(path: string, parts: FeedPart[]): Readable {
  return Readable.from(feed(path, parts), { objectMode: false });
}

async function* feed(path: string, parts: FeedPart[]): AsyncGenerator<Buffer> {
  const zip = await openZip(path);
  let current: Readable | null = null;
  try {
    const entries = await readEntries(zip);
    for (const part of parts) {
      if (Buffer.isBuffer(part.from)) {
        const data = part.from;
        yield localHeader(part.as, STORED, crc32(data), data.length, data.length);
        yield data;
        continue;
      }
      const entry = entries.get(part.from);
      if (!entry) continue;
      yield localHeader(
        part.as,
        entry.compressionMethod,
        entry.crc32,
        entry.compressedSize,
        entry.uncompressedSize,
      );
      current = await openRaw(zip, entry);
      for await (const chunk of current) yield chunk as Buffer;
      current = null;
    }
    yield endOfCentralDirectory();
  } finally {
    current?.destroy();
    zip.close();
  }
}

function localHeader(name: string, method: number, crc: number, compressed: number, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed to extract
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(0, 10); // modification time and date
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(0, 28); // no extra field
  return Buffer.concat([header, nameBytes]);
}

/** An empty end record: the stream's reader stops there and needs no central directory. */
function endOfCentralDirectory(): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('cannot open zip'));
      else resolve(zip);
    });
  });
}

function readEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openRaw(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, { decodeFileData: false }, (error, stream) => {
      if (error) reject(error);
      else resolve(stream);
    });
  });
}
