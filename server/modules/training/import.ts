/**
 * Scores imported from a CSV or XLSX file (server/lib/import readers): a column naming the
 * participant — their id (as the training page and its template show it) or their name — and
 * `pre` and/or `post`. All or nothing: any wrong row refuses the file with every row error
 * listed (row and column named); an empty score cell leaves that score as it was, so the
 * post-test can be imported after the pre-test.
 */
import type { FastifyRequest } from 'fastify';
import { attendanceNameKey } from '../../../domain/meetings/attendance-dedup.js';
import { checkScore, parseScore, type ScoreParse } from '../../../domain/training/scores.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { ImportFileError, openTabularFile, type TabularRow } from '../../lib/import/index.js';
import { ImportRowsError, receiveUploadFile, type RowError, type UploadedFile } from '../../lib/upload.js';
import { manageableMeeting } from './load.js';
import { loadParticipants, type Participant } from './participants.js';
import { scoresOf, writeScores, type ScoreRow } from './service.js';

export const SCORES_FILE_MAX_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5000;

type Column = 'id' | 'name' | 'pre' | 'post';

const HEADERS: Record<Column, string[]> = {
  id: ['id', 'idpeserta', 'attendeeid', 'participantid'],
  name: ['nama', 'name', 'namapeserta', 'namalengkap', 'fullname'],
  pre: ['pre', 'pretest', 'nilaipre', 'nilaipretest', 'prescore'],
  post: ['post', 'posttest', 'nilaipost', 'nilaiposttest', 'postscore'],
};

const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function mapColumns(header: TabularRow): Partial<Record<Column, number>> {
  const out: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, i) => {
    const key = headerKey(cell);
    for (const column of Object.keys(HEADERS) as Column[]) {
      if (out[column] === undefined && HEADERS[column].includes(key)) out[column] = i;
    }
  });
  return out;
}

export function receiveScoresFile(request: FastifyRequest): Promise<UploadedFile> {
  return receiveUploadFile(request, { maxBytes: SCORES_FILE_MAX_BYTES, prefix: 'scores' });
}

const unreadable = (error: ImportFileError) =>
  new AppError(422, 'invalid', 'import_file_unreadable', undefined, { reason: error.message });

/** A score cell: a workbook's number cell is exact already; typed text is read as a person wrote it. */
function scoreCell(row: TabularRow, index: number, text: string): ScoreParse {
  const kind = row.kinds[index];
  if (kind === 'number') {
    const value = Number(row.cells[index]);
    const issue = checkScore(value);
    return issue ? { ok: false, reason: issue } : { ok: true, value };
  }
  if (kind === 'date' || kind === 'boolean') return { ok: false, reason: 'training_score_not_a_number' };
  return parseScore(text);
}

/** The file's rows as scores of known participants, or every row error. */
async function readRows(
  rows: AsyncIterable<TabularRow>,
  columns: Partial<Record<Column, number>>,
  header: TabularRow,
  participants: Participant[],
): Promise<{
  lines: { row: number; participantId: string; pre?: number; post?: number }[];
  errors: RowError[];
}> {
  const byId = new Set(participants.map((p) => p.id));
  const byName = new Map<string, string[]>();
  for (const p of participants) {
    const key = attendanceNameKey(p.fullName);
    byName.set(key, [...(byName.get(key) ?? []), p.id]);
  }
  const name = (column: Column) => header.cells[columns[column]!] ?? column;
  const lines: { row: number; participantId: string; pre?: number; post?: number }[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for await (const row of rows) {
    const cell = (column: Column) =>
      columns[column] === undefined ? '' : (row.cells[columns[column]!] ?? '').trim();
    if ((Object.keys(columns) as Column[]).every((c) => cell(c) === '')) continue;
    if (row.rowNumber > MAX_ROWS) {
      errors.push({
        row: row.rowNumber,
        column: null,
        key: 'training_import_too_many_rows',
        params: { max: MAX_ROWS },
      });
      break;
    }
    const rowErrors: RowError[] = [];
    for (const issue of row.issues) {
      const column = (Object.keys(columns) as Column[]).find((c) => columns[c] === issue.column - 1);
      if (column)
        rowErrors.push({ row: row.rowNumber, column: name(column), key: 'training_import_formula' });
    }
    for (const column of Object.keys(columns) as Column[]) {
      if (cell(column).startsWith('='))
        rowErrors.push({ row: row.rowNumber, column: name(column), key: 'training_import_formula' });
    }
    let participantId: string | undefined;
    const id = cell('id');
    if (id !== '') {
      if (byId.has(id)) participantId = id;
      else rowErrors.push({ row: row.rowNumber, column: name('id'), key: 'training_participant_unknown' });
    } else if (cell('name') !== '') {
      const ids = byName.get(attendanceNameKey(cell('name'))) ?? [];
      if (ids.length === 1) participantId = ids[0];
      else
        rowErrors.push({
          row: row.rowNumber,
          column: name('name'),
          key: ids.length ? 'training_import_name_ambiguous' : 'training_participant_unknown',
        });
    } else {
      rowErrors.push({
        row: row.rowNumber,
        column: name(columns.id !== undefined ? 'id' : 'name'),
        key: 'required',
      });
    }
    if (participantId) {
      const first = seen.get(participantId);
      if (first !== undefined) {
        rowErrors.push({
          row: row.rowNumber,
          column: name(columns.id !== undefined && id !== '' ? 'id' : 'name'),
          key: 'training_import_duplicate',
          params: { row: first },
        });
      } else seen.set(participantId, row.rowNumber);
    }
    const line: { row: number; participantId: string; pre?: number; post?: number } = {
      row: row.rowNumber,
      participantId: participantId ?? '',
    };
    for (const column of ['pre', 'post'] as const) {
      if (columns[column] === undefined || cell(column) === '' || cell(column).startsWith('=')) continue;
      const index = columns[column]!;
      const parsed = scoreCell(row, index, cell(column));
      if (!parsed.ok) {
        rowErrors.push({ row: row.rowNumber, column: name(column), key: parsed.reason });
      } else if (parsed.value !== null) line[column] = parsed.value;
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else lines.push(line);
  }
  return { lines, errors };
}

export async function importScores(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  file: { path: string; name: string },
): Promise<{ updated: number; unchanged: number }> {
  const { actor: a, meeting } = await manageableMeeting(db, actor, meetingId);
  const participants = await loadParticipants(db, meeting.regionCode, meeting.id);
  let opened;
  try {
    opened = await openTabularFile(file.path, file.name, { limits: { maxColumns: 50, maxCellLength: 500 } });
  } catch (error) {
    if (error instanceof ImportFileError) throw unreadable(error);
    throw error;
  }
  let read;
  try {
    const columns = mapColumns(opened.header);
    const missing: string[] = [];
    if (columns.id === undefined && columns.name === undefined) missing.push('nama / id');
    if (columns.pre === undefined && columns.post === undefined) missing.push('pre / post');
    if (missing.length) {
      throw new ImportRowsError([
        {
          row: opened.header.rowNumber,
          column: null,
          key: 'import_columns_missing',
          params: { columns: missing.join(', ') },
        },
      ]);
    }
    read = await readRows(opened.rows, columns, opened.header, participants);
  } catch (error) {
    if (error instanceof ImportFileError) throw unreadable(error);
    throw error;
  } finally {
    await opened.close();
  }
  if (read.errors.length) throw new ImportRowsError(read.errors);
  if (!read.lines.length)
    throw new ImportRowsError([{ row: null, column: null, key: 'training_import_empty' }]);
  const current = await scoresOf(db, meeting);
  const rows: ScoreRow[] = read.lines.map((l) => {
    const now = current.get(l.participantId) ?? { pre: null, post: null };
    return { participantId: l.participantId, pre: l.pre ?? now.pre, post: l.post ?? now.post };
  });
  const updated = await writeScores(db, a, meeting, rows, 'import', file.name);
  return { updated, unchanged: rows.length - updated };
}
