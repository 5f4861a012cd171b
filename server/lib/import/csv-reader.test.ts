import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readCsvRows, type CsvReadInfo, type CsvReadOptions } from './csv-reader.js';
import { detectDelimiter, firstRecordText } from './delimiter.js';
import { ImportFileError } from './errors.js';

function source(bytes: Buffer | string, chunkSize = 64 * 1024): Readable {
  const buffer = Buffer.from(bytes);
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function rows(bytes: Buffer | string, options: CsvReadOptions = {}, chunkSize?: number) {
  const found: [number, string[]][] = [];
  for await (const row of readCsvRows(source(bytes, chunkSize), options))
    found.push([row.rowNumber, row.cells]);
  return found;
}

async function refused(
  bytes: Buffer | string,
  expected: Partial<ImportFileError>,
  options: CsvReadOptions = {},
) {
  await assert.rejects(rows(bytes, options), (error: unknown) => {
    assert.ok(error instanceof ImportFileError, String(error));
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(error[key as keyof ImportFileError], value, `${key}: ${error.message}`);
    }
    return true;
  });
}

test('delimiter detection from the header record', () => {
  assert.equal(detectDelimiter('kode;nama;nilai'), ';');
  assert.equal(detectDelimiter('kode,nama,nilai'), ',');
  assert.equal(detectDelimiter('kode\tnama\tnilai'), '\t');
  assert.equal(detectDelimiter('"kode;x",nama,nilai'), ',', 'quoted delimiters do not count');
  assert.equal(detectDelimiter('nilai (L,P);jumlah;total'), ';');
  assert.equal(detectDelimiter('a;b,c'), ';', 'a tie prefers ; because , may be a decimal mark');
  assert.equal(detectDelimiter('kode'), ',');
  assert.equal(firstRecordText('\n\n  \r\nkode;"a\nb";c\n1;2;3', false), 'kode;"a\nb";c');
  assert.equal(firstRecordText('kode;nama', false), null);
  assert.equal(firstRecordText('kode;nama', true), 'kode;nama');
});

test('Indonesian Excel CSV: UTF-8 BOM, semicolons, decimal commas kept as text', async () => {
  const info: CsvReadInfo = { delimiter: null, encoding: null };
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('kode;nilai\r\nAPS-SD;98,5\r\n'),
  ]);
  assert.deepEqual(await rows(bytes, { info }), [
    [1, ['kode', 'nilai']],
    [2, ['APS-SD', '98,5']],
  ]);
  assert.deepEqual(info, { delimiter: ';', encoding: 'utf-8' });
});

test('quoted cells: embedded newlines, delimiters and doubled quotes; one record is one row', async () => {
  const csv = 'kode,catatan,nilai\nA,"baris satu\nbaris dua",1\nB,"a, ""b""",2\n';
  assert.deepEqual(await rows(csv), [
    [1, ['kode', 'catatan', 'nilai']],
    [2, ['A', 'baris satu\nbaris dua', '1']],
    [3, ['B', 'a, "b"', '2']],
  ]);
});

test('empty rows are skipped but row numbers stay true to the file', async () => {
  const csv = '\nkode;nilai\n\n1;2\n;;\n  ;\t\n"";""\n3;4\n\n';
  assert.deepEqual(await rows(csv), [
    [2, ['kode', 'nilai']],
    [4, ['1', '2']],
    [8, ['3', '4']],
  ]);
  assert.deepEqual(await rows('\n\n\n'), []);
  assert.deepEqual(await rows(''), []);
});

test('tabs, CR-only line ends, and a delimiter given by the caller', async () => {
  assert.deepEqual(await rows('a\tb\r1\t2\r'), [
    [1, ['a', 'b']],
    [2, ['1', '2']],
  ]);
  assert.deepEqual(await rows('a;b,c\n1;2,5\n', { delimiter: ',' }), [
    [1, ['a;b', 'c']],
    [2, ['1;2', '5']],
  ]);
});

test('cells are kept as written and kinds mark empty cells', async () => {
  const found = [];
  for await (const row of readCsvRows(source('a, b ,\n'))) found.push(row);
  assert.deepEqual(found[0].cells, ['a', ' b ', '']);
  assert.deepEqual(found[0].kinds, ['text', 'text', 'empty']);
  assert.deepEqual(found[0].issues, []);
});

test('Windows-1252 and UTF-16LE files read like UTF-8', async () => {
  const latin = Buffer.from([
    0x6e, 0x61, 0x6d, 0x61, 0x3b, 0x6e, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0xfc, 0x0a,
  ]);
  const info: CsvReadInfo = { delimiter: null, encoding: null };
  assert.deepEqual(await rows(latin, { info }), [
    [1, ['nama', 'n']],
    [2, ['José', 'ü']],
  ]);
  assert.equal(info.encoding, 'windows-1252');
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('nama\tnilai\r\nAndé\t1\r\n', 'utf16le'),
  ]);
  assert.deepEqual(await rows(utf16, {}, 7), [
    [1, ['nama', 'nilai']],
    [2, ['Andé', '1']],
  ]);
});

test('binary input is refused before any row', async () => {
  await refused(Buffer.from('kode,nilai\n1,\0\0\0\n'), { code: 'binary' });
  await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { code: 'binary' });
});

test('limits: columns, cell length, rows, record length', async () => {
  await refused(
    'a,b\n1,2,3,4\n',
    { code: 'too_many_columns', row: 2, column: 4 },
    { limits: { maxColumns: 3 } },
  );
  await refused('a,b\n\n\n1,2,3,4\n', { code: 'too_many_columns', row: 4 }, { limits: { maxColumns: 3 } });
  await refused(
    `a,b\n1,2\n3,${'x'.repeat(11)}\n`,
    { code: 'cell_too_long', row: 3, column: 2 },
    {
      limits: { maxCellLength: 10 },
    },
  );
  await refused('a\n1\n2\n3\n', { code: 'too_many_rows', row: 4 }, { limits: { maxRows: 3 } });
  // empty rows past the limit do not count, only rows with content
  assert.equal((await rows('a\n1\n2\n\n\n', { limits: { maxRows: 3 } })).length, 3);
  // an unclosed quote would swallow the rest of the file: stopped at columns × cell length
  await refused(
    `a,b\n1,"${'x'.repeat(100)}\n${'y,z\n'.repeat(50)}`,
    { code: 'row_too_long', row: 2 },
    {
      limits: { maxColumns: 5, maxCellLength: 10 },
    },
  );
  // a line of empty fields does not count towards csv-parse's record size: capped by length
  await refused(`a\n1\n${','.repeat(3_000_000)}\n`, { code: 'row_too_long', row: 3 });
  // the default limits: 200 columns
  await refused(`a\n${Array(201).fill('1').join(',')}\n`, { code: 'too_many_columns', row: 2, column: 201 });
  assert.equal((await rows(`a\n${Array(200).fill('1').join(',')}\n`))[1][1].length, 200);
  // empty fields past the limit are dropped, not refused
  assert.deepEqual(await rows('a,b\n1,2,,, ,\n', { limits: { maxColumns: 3 } }), [
    [1, ['a', 'b']],
    [2, ['1', '2', '']],
  ]);
});

test('malformed quotes name the row', async () => {
  await refused('a,b\n1,"2\n3,4\n', { code: 'malformed_quotes', row: 2 });
  await refused('a,b\n1,"2"x\n', { code: 'malformed_quotes', row: 2, column: 2 });
  await refused('a,b\n1,5"\n', { code: 'malformed_quotes', row: 2 });
  await refused(`a,b\n${'1,2\n'.repeat(50_000)}1,"2\n`, { code: 'malformed_quotes', row: 50_002 });
});

test('stopping early releases the input stream', async () => {
  const input = source('a\n' + '1\n'.repeat(100_000), 1024);
  for await (const row of readCsvRows(input)) {
    if (row.rowNumber === 3) break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(input.destroyed);
});
