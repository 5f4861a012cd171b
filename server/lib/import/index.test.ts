import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cellDecimal, ImportFileError, openTabularFile, type TabularRow } from './index.js';
import { withTempDir, writeBytes, writeWorkbook } from './test-fixtures.js';

async function collect(rows: AsyncIterable<TabularRow>) {
  const found: [number, string[]][] = [];
  for await (const row of rows) found.push([row.rowNumber, row.cells]);
  return found;
}

async function refused(run: Promise<unknown>, code: string) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof ImportFileError, String(error));
    assert.equal(error.code, code, error.message);
    return true;
  });
}

test('a CSV upload: header, then the remaining rows, and how it was read', async () => {
  await withTempDir(async (dir) => {
    const path = await writeBytes(join(dir, 'upload'), '\nkode;nilai\nA;12,5\n\nB;1.234\n');
    const file = await openTabularFile(path, 'data terpilah.csv');
    assert.equal(file.format, 'csv');
    assert.deepEqual([file.header.rowNumber, file.header.cells], [2, ['kode', 'nilai']]);
    assert.deepEqual(await collect(file.rows), [
      [3, ['A', '12,5']],
      [5, ['B', '1.234']],
    ]);
    assert.deepEqual(file.info, { delimiter: ';', encoding: 'ascii' });
  });
});

test('the format comes from the bytes: a workbook named .csv is read as a workbook', async () => {
  await withTempDir(async (dir) => {
    const path = await writeWorkbook(join(dir, 'upload'), (wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['kode', 'nilai']);
      ws.addRow(['A', 1.234]);
    });
    const file = await openTabularFile(path, 'export.csv');
    assert.equal(file.format, 'xlsx');
    assert.deepEqual(file.header.cells, ['kode', 'nilai']);
    const [row] = await collect(file.rows);
    assert.deepEqual(row, [2, ['A', '1.234']]);
    assert.deepEqual(file.info, { sheetName: 'Data', sheetNames: ['Data'] });
  });
});

test('files that only claim to be workbooks are refused by name', async () => {
  await withTempDir(async (dir) => {
    const text = await writeBytes(join(dir, 'upload'), 'kode,nilai\n1,2\n');
    await refused(openTabularFile(text, 'Laporan.XLSX'), 'not_xlsx');
    await refused(openTabularFile(text, 'laporan.xls'), 'not_xlsx');
    const ole2 = await writeBytes(
      join(dir, 'old'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    await refused(openTabularFile(ole2, 'laporan.xls'), 'unsupported_format');
    await refused(openTabularFile(ole2, 'laporan.csv'), 'unsupported_format');
    const binary = await writeBytes(
      join(dir, 'bin'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    await refused(openTabularFile(binary, 'foto.csv'), 'binary');
  });
});

test('a file without any content is empty_file', async () => {
  await withTempDir(async (dir) => {
    await refused(openTabularFile(await writeBytes(join(dir, 'a'), ''), 'a.csv'), 'empty_file');
    await refused(openTabularFile(await writeBytes(join(dir, 'b'), '\n ;\n\n'), 'b.csv'), 'empty_file');
    const sheet = await writeWorkbook(join(dir, 'c.xlsx'), (wb) => {
      wb.addWorksheet('Kosong');
    });
    await refused(openTabularFile(sheet, 'c.xlsx'), 'empty_file');
  });
});

test('problems after the header surface while iterating; close() releases an unread file', async () => {
  await withTempDir(async (dir) => {
    const path = await writeBytes(join(dir, 'f'), 'a,b\n1,2\n1,2,3\n');
    const file = await openTabularFile(path, 'f.csv', { limits: { maxColumns: 2 } });
    await assert.rejects(collect(file.rows), (error: unknown) => {
      assert.ok(error instanceof ImportFileError);
      assert.deepEqual([error.code, error.row], ['too_many_columns', 3]);
      return true;
    });
    const again = await openTabularFile(path, 'f.csv');
    await again.close();
    assert.deepEqual(await collect(again.rows), []);
  });
});

test('cellDecimal reads XLSX numbers as stored and typed text the Indonesian way', () => {
  const row: TabularRow = {
    rowNumber: 2,
    cells: ['1.234', '1.234', '12,5', '2024-12-09', 'TRUE', '', 'Rp 1.250.000'],
    kinds: ['number', 'text', 'text', 'date', 'boolean', 'empty', 'text'],
    issues: [],
  };
  assert.deepEqual(cellDecimal(row, 0), { ok: true, value: '1.234' });
  assert.deepEqual(cellDecimal(row, 1), { ok: true, value: '1234' });
  assert.deepEqual(cellDecimal(row, 1, { loneSeparator: 'reject' }), { ok: false, reason: 'ambiguous' });
  assert.deepEqual(cellDecimal(row, 2), { ok: true, value: '12.5' });
  assert.deepEqual(cellDecimal(row, 3), { ok: false, reason: 'not_a_number' });
  assert.deepEqual(cellDecimal(row, 4), { ok: false, reason: 'not_a_number' });
  assert.deepEqual(cellDecimal(row, 5), { ok: false, reason: 'empty' });
  assert.deepEqual(cellDecimal(row, 6), { ok: true, value: '1250000' });
  assert.deepEqual(cellDecimal(row, 9), { ok: false, reason: 'empty' });
});
