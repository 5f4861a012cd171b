/**
 * What the streaming reader needs to know about a workbook before reading rows, gathered from
 * the zip guard's single inflate pass (no second read of the file):
 *  - the sheets in workbook order, with their part paths and visibility (exceljs streams
 *    sheets in zip order and cannot tell us which one is "first");
 *  - where the styles and shared strings are (their names are not fixed by the format);
 *  - the 1904 date system flag (for formula results formatted as dates);
 *  - merged ranges per sheet. exceljs's streaming reader ignores `<mergeCell>` elements, and
 *    they come after all rows in the sheet XML, so they are found here by a byte scan.
 */
import { posix } from 'node:path';
import { ImportFileError } from './errors.js';
import type { EntryScanner } from './zip-guard.js';

export interface SheetRef {
  name: string;
  /** Zip entry path, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
  hidden: boolean;
}

export interface MergedRange {
  ref: string;
  top: number;
  bottom: number;
}

export interface WorkbookStructure {
  sheets: SheetRef[];
  /** Part paths of the style sheet and the shared-string table, when the workbook has them. */
  styles: string | null;
  sharedStrings: string | null;
  date1904: boolean;
  /** Keyed by sheet part path. */
  merges: Map<string, MergedRange[]>;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const MAX_WORKBOOK_PART = 20 * 1024 * 1024;
const MERGE_CELL = /<(?:[\w-]+:)?mergeCell\b[^>]*?\sref\s*=\s*(["'])([^"']+)\1/g;
/** Longer than any `<mergeCell ref="…"/>` tag, so one cut by a chunk boundary is seen whole. */
const CARRY = 512;

export function createStructureScanner(): { scan: EntryScanner; result(): WorkbookStructure } {
  const parts = new Map<string, Buffer[]>();
  const merges = new Map<string, MergedRange[]>();

  const scan: EntryScanner = (fileName) => {
    if (fileName === WORKBOOK || fileName === WORKBOOK_RELS) return collect(fileName, parts);
    if (WORKSHEET.test(fileName)) {
      const found: MergedRange[] = [];
      merges.set(fileName, found);
      return mergeScanner(found);
    }
    return undefined;
  };

  const result = (): WorkbookStructure => {
    const workbook = Buffer.concat(parts.get(WORKBOOK) ?? []).toString('utf8');
    const rels = Buffer.concat(parts.get(WORKBOOK_RELS) ?? []).toString('utf8');
    const targets = parseRels(rels);
    const byType = (type: string) =>
      [...targets.values()].find((t) => t.type.endsWith(`/${type}`))?.path ?? null;
    return {
      sheets: parseSheets(workbook, targets),
      styles: byType('styles'),
      sharedStrings: byType('sharedStrings'),
      date1904: parseDate1904(workbook),
      merges,
    };
  };

  return { scan, result };
}

function collect(fileName: string, parts: Map<string, Buffer[]>): (chunk: Buffer) => void {
  const chunks: Buffer[] = [];
  let size = 0;
  parts.set(fileName, chunks);
  return (chunk) => {
    size += chunk.length;
    if (size > MAX_WORKBOOK_PART) {
      throw new ImportFileError('malformed_xlsx', `The part ${fileName} is unreasonably large`, {
        detail: fileName,
      });
    }
    chunks.push(chunk);
  };
}

function mergeScanner(found: MergedRange[]): (chunk: Buffer) => void {
  let carry = '';
  return (chunk) => {
    // latin1 keeps one char per byte, and everything searched for is ASCII.
    const text = carry + chunk.toString('latin1');
    let end = 0;
    if (text.includes('mergeCell')) {
      MERGE_CELL.lastIndex = 0;
      for (let match = MERGE_CELL.exec(text); match; match = MERGE_CELL.exec(text)) {
        const range = parseRange(match[2]);
        if (range) found.push(range);
        end = MERGE_CELL.lastIndex;
      }
    }
    carry = text.slice(Math.max(end, text.length - CARRY));
  };
}

export function parseRange(ref: string): MergedRange | null {
  const match = /^\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?$/.exec(ref.trim());
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : first;
  return { ref: ref.trim(), top: Math.min(first, last), bottom: Math.max(first, last) };
}

interface RelTarget {
  /** Part path inside the zip. */
  path: string;
  type: string;
}

/** Relationship id -> target part. */
function parseRels(xml: string): Map<string, RelTarget> {
  const targets = new Map<string, RelTarget>();
  for (const match of xml.matchAll(/<(?:[\w-]+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1], 'Id');
    const target = attribute(match[1], 'Target');
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`);
    targets.set(id, { path, type: attribute(match[1], 'Type') ?? '' });
  }
  return targets;
}

function parseSheets(xml: string, rels: Map<string, RelTarget>): SheetRef[] {
  const sheets: SheetRef[] = [];
  for (const match of xml.matchAll(/<(?:[\w-]+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(match[1], 'name');
    const relId = /\s[\w-]+:id\s*=\s*(["'])(.*?)\1/.exec(match[1])?.[2];
    const path = relId ? rels.get(decodeXml(relId))?.path : undefined;
    if (name === null || !path) continue;
    const state = attribute(match[1], 'state');
    sheets.push({ name, path, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return sheets;
}

function parseDate1904(xml: string): boolean {
  const props = /<(?:[\w-]+:)?workbookPr\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const value = attribute(props, 'date1904');
  return value === '1' || value === 'true';
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return match ? decodeXml(match[2]) : null;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()];
    const code =
      entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
