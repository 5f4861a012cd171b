/**
 * The checked rows of a batch, normalised, in PostgreSQL's COPY text format: the commit loads
 * this file as it is, so nothing is parsed twice. One line per value:
 * row number, region, indicator, period, sex, combo id, value, note (`\N` when none).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CheckedValue } from './row-check.js';

export const STAGING_COLUMNS = [
  'row_no',
  'region_code',
  'indicator_code',
  'period',
  'sex',
  'combo_id',
  'value',
  'note',
] as const;

/** Bytes gathered before one write: few large writes instead of a million small ones. */
const FLUSH_BYTES = 256 * 1024;

/** COPY text escapes: backslash first, then the characters that end fields and lines. */
export function copyText(text: string | null): string {
  if (text === null) return '\\N';
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * The columns of a staged piece handed to a merge that runs while the rows are read: the
 * staging line without its row number, which is data_values' own shape, so a piece of values
 * that are all new can be copied straight into it (merge-as-checked.ts).
 */
export const PIECE_COLUMNS = STAGING_COLUMNS.slice(1);

/**
 * A piece of staged values for a merge running alongside the check: the text (PIECE_COLUMNS)
 * and the slices — region, indicator and period joined by tabs — that first appear in it. The
 * file's keys are unique, so a slice met before holds only this file's values in earlier pieces.
 */
export interface StagedPiece {
  text: string;
  newSlices: string[];
}

export function stagingLine(row: number, v: CheckedValue, comboId: number): string {
  // Codes, periods and canonical numbers hold no tab, newline or backslash (checked before).
  return `${row}\t${v.regionCode}\t${v.indicatorCode}\t${v.period}\t${v.sex}\t${comboId}\t${v.value}\t${copyText(v.note)}\n`;
}

export class StagingWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedBytes = 0;
  lines = 0;

  /** The piece for `onFlush`: the same lines without their row numbers. */
  private piece: string[] = [];
  private readonly slicesSeen = new Set<string>();
  private newSlices: string[] = [];

  /** `onFlush` also gets each piece written (a merge that runs while the rows are read). */
  constructor(
    path: string,
    private readonly onFlush?: (piece: StagedPiece) => Promise<void>,
  ) {
    this.stream = createWriteStream(path);
  }

  /** Resolves at once unless the disk is behind, so a fast reader cannot pile up memory. */
  async write(row: number, value: CheckedValue, comboId: number): Promise<void> {
    const line = stagingLine(row, value, comboId);
    this.buffer.push(line);
    this.bufferedBytes += line.length;
    this.lines++;
    if (this.onFlush) {
      this.piece.push(line.slice(line.indexOf('\t') + 1));
      const slice = `${value.regionCode}\t${value.indicatorCode}\t${value.period}`;
      if (!this.slicesSeen.has(slice)) {
        this.slicesSeen.add(slice);
        this.newSlices.push(slice);
      }
    }
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedBytes = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    if (this.onFlush) {
      const piece = { text: this.piece.join(''), newSlices: this.newSlices };
      this.piece = [];
      this.newSlices = [];
      await this.onFlush(piece);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  /**
   * Stops writing after a failure and waits until the file is closed: the stream opens its
   * file asynchronously, so a removal that did not wait could run first and leave the file.
   */
  async destroy(): Promise<void> {
    if (this.stream.closed) return;
    const closed = once(this.stream, 'close');
    this.stream.destroy();
    await closed;
  }
}
