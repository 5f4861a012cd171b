/**
 * The XLSX export: the long format of the CSV (same columns, so it imports back), one sheet,
 * written with exceljs's streaming writer so rows leave as they are committed instead of
 * building the workbook in memory.
 */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { longCells, longHeader } from './export-formats.js';
import type { ValueRow } from './queries.js';

const NUMBER_COLUMN_FROM_END = 2;

/** Waits until the stream wants more, or is gone; the listener that lost is removed. */
async function drainOrClose(out: PassThrough): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: done.signal }),
      once(out, 'close', { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
}

export function xlsxExport(rows: AsyncIterable<ValueRow>, dimensions: string[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = longHeader(dimensions);
  sheet.columns = header.map((h) => ({ header: h, key: h, width: Math.max(10, h.length + 2) }));
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF6A1B9A' } };
  head.commit();

  const valueAt = header.length - NUMBER_COLUMN_FROM_END;
  (async () => {
    for await (const r of rows) {
      const cells: (string | number)[] = longCells(r, dimensions);
      // A number cell, so the sheet can compute with it; the stored text keeps all its digits.
      cells[valueAt] = Number(r.value);
      sheet.addRow(cells).commit();
      // A client that went away stops the reads (leaving the loop closes the cursor).
      if (out.destroyed) return;
      // Let a slow client hold the database reads back instead of buffering the file.
      if (out.writableNeedDrain) await drainOrClose(out);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: Error) => out.destroy(err));
  return out;
}
