/**
 * Fixture files for the import tests, generated on the fly into a temporary folder: workbooks
 * through exceljs's ordinary writer, and hand-built zip containers for the hostile cases that
 * no spreadsheet program would write.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'setara-import-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writeWorkbook(
  path: string,
  build: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

export interface ZipPart {
  name: string;
  /** Raw deflate data and the true inflated size/CRC, or plain bytes to deflate here. */
  content: Buffer | { deflated: Buffer; size: number; crc: number };
  /** Sizes written into the headers when they should lie. */
  declaredSize?: number;
  flags?: number;
  /** Written as a local entry but left out of the central directory (zip smuggling). */
  hidden?: boolean;
  /** Sizes and CRC in a data descriptor after the data, zeros in the local header. */
  descriptor?: boolean;
}

/** A minimal zip (local headers, central directory, end record), deflate only, no zip64. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const { deflated, size, crc } = Buffer.isBuffer(part.content)
      ? { deflated: deflateRawSync(part.content), size: part.content.length, crc: crc32(part.content) }
      : part.content;
    const declared = part.declaredSize ?? size;
    const flags = (part.flags ?? 0) | (part.descriptor ? 0x8 : 0);
    // Both headers share one field run; the central one adds "version made by" before it.
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const p = central ? 6 : 4;
      if (central) b.writeUInt16LE(20, 4); // version made by
      const blank = part.descriptor && !central;
      b.writeUInt16LE(20, p); // version needed
      b.writeUInt16LE(flags, p + 2);
      b.writeUInt16LE(8, p + 4); // deflate
      b.writeUInt32LE(0, p + 6); // time, date
      b.writeUInt32LE(blank ? 0 : crc >>> 0, p + 10);
      b.writeUInt32LE(blank ? 0 : deflated.length, p + 14);
      b.writeUInt32LE(blank ? 0 : declared, p + 18);
      b.writeUInt16LE(name.length, p + 22);
      if (central) b.writeUInt32LE(offset, 42);
      return Buffer.concat([b, name]);
    };
    const descriptor = Buffer.alloc(part.descriptor ? 16 : 0);
    if (part.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc >>> 0, 4);
      descriptor.writeUInt32LE(deflated.length, 8);
      descriptor.writeUInt32LE(declared, 12);
    }
    if (!part.hidden) centrals.push(header(true));
    const local = Buffer.concat([header(false), deflated, descriptor]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflates `size` zero bytes without ever holding them: ~1 MB of output per GB. */
export async function deflateZeros(size: number): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const block = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += block.length) {
    const piece = block.subarray(0, Math.min(block.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
  }
  await new Promise<void>((resolve) => deflate.end(resolve));
  return { deflated: Buffer.concat(out), size, crc };
}

/** The smallest parts that make a zip look like a workbook to the guard. */
export function workbookShell(sheetXml: ZipPart['content'], extra: Partial<ZipPart> = {}): ZipPart[] {
  return [
    { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', content: Buffer.from('<workbook><sheets/></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', content: sheetXml, ...extra },
  ];
}

export async function writeBytes(path: string, bytes: Buffer | string): Promise<string> {
  await writeFile(path, bytes);
  return path;
}

/** Every entry of a small zip, in stored order. */
export function unzipAll(path: string): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: { name: string; data: Buffer }[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Rewrites a zip after changing its entries (order, content), e.g. into Excel's own order. */
export async function rezip(
  path: string,
  change: (entries: { name: string; data: Buffer }[]) => { name: string; data: Buffer }[],
): Promise<string> {
  const entries = change(await unzipAll(path));
  await writeFile(path, buildZip(entries.map((e) => ({ name: e.name, content: e.data }))));
  return path;
}
