/**
 * Refuses hostile or broken zip files (an .xlsx is a zip) before any parser inflates them.
 *
 * The central directory is checked first (entry count, declared sizes, compression ratio,
 * encryption, archives inside the archive). Declared sizes can lie, so every entry is then
 * inflated once, counting bytes, and refused as soon as it passes its declared size (yauzl's
 * validateEntrySizes) or the total limit. This pass streams, so memory stays flat; `scan` lets
 * the caller look at chunks of chosen entries on the way.
 *
 * Only entries listed in the central directory are seen here, so whatever reads the file next
 * must read those entries and nothing else (xlsx-feed.ts does, for exceljs).
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportFileError } from './errors.js';

export interface ZipLimits {
  /** Sum of uncompressed entry sizes. */
  maxTotalUncompressed: number;
  maxEntries: number;
  /** Highest uncompressed:compressed ratio for an entry larger than `ratioMinSize`. */
  maxRatio: number;
  ratioMinSize: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 500 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioMinSize: 1024 * 1024,
};

/** Returns a chunk consumer for the entries the caller wants to read, undefined for others. */
export type EntryScanner = (fileName: string) => ((chunk: Buffer) => void) | undefined;

export interface ZipGuardOptions {
  limits?: Partial<ZipLimits>;
  scan?: EntryScanner;
}

export interface ZipSummary {
  entryNames: string[];
  /** Uncompressed size of each entry, verified by inflating it. */
  sizes: Map<string, number>;
  totalUncompressed: number;
}

const NESTED_ARCHIVE = /\.(zip|xlsx|xlsm|xlsb|xls|docx|docm|pptx|odt|ods|jar|gz|tgz|bz2|xz|7z|rar|tar)$/i;

export async function guardZip(path: string, options: ZipGuardOptions = {}): Promise<ZipSummary> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const zip = await openZip(path);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ImportFileError(
        'zip_too_many_entries',
        `The file holds more than ${limits.maxEntries} parts`,
        {
          detail: String(zip.entryCount),
        },
      );
    }
    const entries = await readEntries(zip);
    const totalUncompressed = checkDeclared(entries, limits);
    await inflateAll(zip, entries, limits, options.scan);
    const sizes = new Map(entries.map((e) => [e.fileName, e.uncompressedSize]));
    return { entryNames: entries.map((e) => e.fileName), sizes, totalUncompressed };
  } finally {
    zip.close();
  }
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const settings = {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    };
    yauzl.open(path, settings, (error, zip) => {
      if (error || !zip) reject(notXlsx(error));
      else resolve(zip);
    });
  });
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(notXlsx(error)));
    zip.readEntry();
  });
}

function checkDeclared(entries: Entry[], limits: ZipLimits): number {
  let total = 0;
  for (const entry of entries) {
    const name = entry.fileName;
    if (entry.isEncrypted()) {
      throw new ImportFileError('zip_encrypted', `The file has an encrypted part (${name})`, {
        detail: name,
      });
    }
    if (NESTED_ARCHIVE.test(name)) {
      throw new ImportFileError('zip_nested', `The file embeds another archive (${name})`, { detail: name });
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw tooLarge(limits);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioMinSize && ratio > limits.maxRatio) {
      throw new ImportFileError(
        'zip_bomb',
        `The part ${name} expands ${Math.round(ratio)} times; refused as a possible zip bomb`,
        { detail: name },
      );
    }
  }
  return total;
}

async function inflateAll(zip: ZipFile, entries: Entry[], limits: ZipLimits, scan?: EntryScanner) {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const consume = scan?.(entry.fileName);
    const stream = await openEntry(zip, entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limits.maxTotalUncompressed) throw tooLarge(limits);
        consume?.(chunk);
      }
    } catch (error) {
      stream.destroy();
      if (error instanceof ImportFileError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (/too many bytes/i.test(message)) {
        throw new ImportFileError(
          'zip_bomb',
          `The part ${entry.fileName} expands beyond its declared size; refused as a possible zip bomb`,
          { detail: entry.fileName },
        );
      }
      throw new ImportFileError('malformed_xlsx', `The part ${entry.fileName} is damaged: ${message}`, {
        detail: entry.fileName,
      });
    }
  }
}

function openEntry(zip: ZipFile, entry: Entry) {
  return new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        reject(
          new ImportFileError(
            'malformed_xlsx',
            `The part ${entry.fileName} cannot be read: ${error.message}`,
            {
              detail: entry.fileName,
            },
          ),
        );
      } else resolve(stream);
    });
  });
}

function notXlsx(error: Error | null): ImportFileError {
  return new ImportFileError(
    'not_xlsx',
    'The file is not a valid .xlsx workbook (not a readable zip archive)',
    {
      detail: error?.message,
    },
  );
}

function tooLarge(limits: ZipLimits): ImportFileError {
  const megabytes = Math.round(limits.maxTotalUncompressed / 1024 / 1024);
  return new ImportFileError('zip_too_large', `The workbook expands to more than ${megabytes} MB`);
}
