import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type ExcelJS from 'exceljs';
import { ImportFileError } from './errors.js';
import {
  buildZip,
  deflateZeros,
  rezip,
  unzipAll,
  withTempDir,
  workbookShell,
  writeBytes,
  writeWorkbook,
} from './test-fixtures.js';
import type { XlsxRow } from './types.js';
import { readXlsxRows, type XlsxReadInfo, type XlsxReadOptions } from './xlsx-reader.js';

async function readAll(path: string, options?: XlsxReadOptions): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(path, options)) rows.push(row);
  return rows;
}

async function workbookRows(build: (workbook: ExcelJS.Workbook) => void, options?: XlsxReadOptions) {
  return withTempDir(async (dir) => readAll(await writeWorkbook(join(dir, 'data.xlsx'), build), options));
}

async function refused(run: Promise<unknown>, expected: Partial<ImportFileError>) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof ImportFileError, String(error));
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(error[key as keyof ImportFileError], value, `${key}: ${error.message}`);
    }
    return true;
  });
}

test('numbers come out as canonical decimals with the digits Excel shows', async () => {
  const values = [0.1, 1234567.89, 1e-7, -0.5, 123456789012345, 1e20, 0, 2024, 12.5];
  const [header, row] = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(values.map((_, i) => `c${i}`));
    ws.addRow(values);
  });
  assert.deepEqual(header.kinds, Array(values.length).fill('text'));
  assert.deepEqual(row.cells, [
    '0.1',
    '1234567.89',
    '0.0000001',
    '-0.5',
    '123456789012345',
    '100000000000000000000',
    '0',
    '2024',
    '12.5',
  ]);
  assert.deepEqual(row.kinds, Array(values.length).fill('number'));
});

test('formulas give their cached result; a float artefact is shown as Excel shows it', async () => {
  const [, row] = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['a', 'b', 'c', 'd', 'e']);
    ws.addRow([
      0.1,
      { formula: 'A2+0.2', result: 0.30000000000000004 },
      { formula: 'A2-A2', result: 0 },
      { formula: 'TEXT(A2,"0.0")', result: '0.1' },
      { formula: 'A2>0', result: true },
    ]);
  });
  // exceljs's streaming reader parses a cached boolean result as a number (a known limit)
  assert.deepEqual(row.cells, ['0.1', '0.3', '0', '0.1', '1']);
  assert.deepEqual(row.kinds, ['number', 'number', 'number', 'text', 'number']);
  assert.deepEqual(row.issues, []);
});

test('shared formulas (filled down) keep their cached values', async () => {
  const rows = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['x', 'double']);
    ws.addRows([[1], [2], [3]]);
    ws.fillFormula('B2:B4', 'A2*2', [2, 4, 6]);
  });
  assert.deepEqual(
    rows.slice(1).map((r) => r.cells),
    [
      ['1', '2'],
      ['2', '4'],
      ['3', '6'],
    ],
  );
});

test('a formula without a cached value and error cells are row issues, not crashes', async () => {
  const rows = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['kode', 'nilai', 'rasio']);
    ws.addRow(['A', { formula: 'B3*2' }, 1]);
    ws.addRow(['B', { error: '#N/A' }, { formula: '1/0', result: { error: '#DIV/0!' } }]);
  });
  assert.deepEqual(rows[1].cells, ['A', '', '1']);
  assert.deepEqual(rows[1].issues, [{ code: 'formula_without_value', column: 2, detail: '=B3*2' }]);
  assert.deepEqual(rows[2].cells, ['B', '', '']);
  assert.deepEqual(
    rows[2].issues.map((i) => [i.code, i.column, i.detail]),
    [
      ['cell_error', 2, '#N/A'],
      ['cell_error', 3, 'formula error'],
    ],
  );
});

test('dates as ISO dates, date-times with the time, also from formulas and 1904 workbooks', async () => {
  const build = (date1904: boolean) => (wb: ExcelJS.Workbook) => {
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('Data');
    ws.addRow(['tanggal', 'waktu', 'rumus']);
    ws.addRow([new Date(Date.UTC(2024, 11, 9)), new Date(Date.UTC(2024, 11, 9, 13, 45, 30)), null]);
    ws.getCell('A2').numFmt = 'd mmmm yyyy';
    ws.getCell('B2').numFmt = 'dd/mm/yyyy hh:mm:ss';
    ws.getCell('C2').value = { formula: 'A2+1', result: date1904 ? 45635 - 1462 + 1 : 45635 + 1 };
    ws.getCell('C2').numFmt = 'yyyy-mm-dd';
  };
  for (const date1904 of [false, true]) {
    const [, row] = await workbookRows(build(date1904));
    assert.deepEqual(row.cells, ['2024-12-09', '2024-12-09T13:45:30', '2024-12-10'], `date1904 ${date1904}`);
    assert.deepEqual(row.kinds, ['date', 'date', 'date']);
  }
});

test('percent cells read as shown, rich text and hyperlinks as plain text, booleans', async () => {
  const [, row] = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['a', 'b', 'c', 'd', 'e']);
    ws.addRow([
      0.45,
      0.125,
      { richText: [{ text: 'Kota ' }, { font: { bold: true }, text: 'Palu' }] },
      { text: 'BPS', hyperlink: 'https://bps.go.id' },
      false,
    ]);
    ws.getCell('A2').numFmt = '0%';
    ws.getCell('B2').numFmt = '0.0%';
  });
  assert.deepEqual(row.cells, ['45', '12.5', 'Kota Palu', 'BPS', 'FALSE']);
  assert.deepEqual(row.kinds, ['number', 'number', 'text', 'text', 'boolean']);
});

test('empty rows, even formatted ones, are skipped but row numbers stay true', async () => {
  const rows = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'kode';
    ws.getCell('C1').value = 'nilai';
    ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('A4').value = 'X';
    ws.getCell('C4').value = 5;
    ws.getCell('B6').value = '';
    ws.getCell('A7').value = 'Y';
  });
  assert.deepEqual(
    rows.map((r) => [r.rowNumber, r.cells]),
    [
      [1, ['kode', '', 'nilai']],
      [4, ['X', '', '5']],
      [7, ['Y']],
    ],
  );
  assert.deepEqual(rows[1].kinds, ['text', 'empty', 'number']);
});

test('merged cells in the data area are refused before any row, naming the ranges', async () => {
  const run = workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['kode', 'P', 'L']);
    ws.addRow(['A', 1, 2]);
    ws.addRow(['B', 3, null]);
    ws.mergeCells('B3:C3');
    ws.addRow(['C', 5, 6]);
    ws.addRow(['D', 7, 8]);
    ws.mergeCells('A4:A5');
  });
  await refused(run, { code: 'merged_cells', row: 3, detail: 'B3:C3, A4:A5' });
});

test('a merged header is refused too; an empty merged block above the header is ignored', async () => {
  await refused(
    workbookRows((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['Jumlah', null, 'kode']);
      ws.mergeCells('A1:B1');
    }),
    { code: 'merged_cells', row: 1, detail: 'A1:B1' },
  );
  const rows = await workbookRows((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.mergeCells('A1:C2');
    ws.getCell('A3').value = 'kode';
    ws.getCell('A4').value = 'X';
  });
  assert.deepEqual(
    rows.map((r) => r.rowNumber),
    [3, 4],
  );
});

test('the first visible sheet by default, or a named one; a missing name lists the sheets', async () => {
  const build = (wb: ExcelJS.Workbook) => {
    wb.addWorksheet('Daftar', { state: 'hidden' }).addRow(['hidden']);
    wb.addWorksheet('Data 2024').addRow(['first visible']);
    wb.addWorksheet('Petunjuk').addRow(['instructions']);
  };
  const info: XlsxReadInfo = { sheetName: null, sheetNames: [] };
  const [first] = await workbookRows(build, { info });
  assert.deepEqual([first.sheetName, first.cells], ['Data 2024', ['first visible']]);
  assert.deepEqual(info, { sheetName: 'Data 2024', sheetNames: ['Daftar', 'Data 2024', 'Petunjuk'] });
  const [named] = await workbookRows(build, { sheet: 'petunjuk' });
  assert.deepEqual([named.sheetName, named.cells], ['Petunjuk', ['instructions']]);
  const [hidden] = await workbookRows(build, { sheet: 'Daftar' });
  assert.deepEqual(hidden.cells, ['hidden']);
  await refused(workbookRows(build, { sheet: 'Data 2023' }), {
    code: 'sheet_not_found',
    detail: 'Daftar, Data 2024, Petunjuk',
  });
});

test("Excel's own part order (sheets before shared strings and styles) reads the same", async () => {
  await withTempDir(async (dir) => {
    const path = await writeWorkbook(join(dir, 'excel-order.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['kode', 'tanggal', 'nilai']);
      ws.addRow(['A', new Date(Date.UTC(2024, 0, 31)), 0.1]);
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
      ws.mergeCells('A3:B3');
    });
    const late = ['xl/styles.xml', 'xl/sharedStrings.xml'];
    await rezip(path, (entries) => [
      ...entries.filter((e) => !late.includes(e.name)),
      ...entries.filter((e) => late.includes(e.name)),
    ]);
    await refused(readAll(path), { code: 'merged_cells', detail: 'A3:B3' });
    await rezip(path, (entries) =>
      entries.map((e) =>
        e.name === 'xl/worksheets/sheet1.xml'
          ? {
              ...e,
              data: Buffer.from(e.data.toString('utf8').replace(/<mergeCells[\s\S]*<\/mergeCells>/, '')),
            }
          : e,
      ),
    );
    const rows = await readAll(path);
    assert.deepEqual(
      rows.map((r) => r.cells),
      [
        ['kode', 'tanggal', 'nilai'],
        ['A', '2024-01-31', '0.1'],
      ],
    );
  });
});

test('limits: columns, cell length, rows, shared-string table', async () => {
  const wide = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet('Data');
    ws.addRow(['a']);
    ws.getCell('E2').value = 1;
    ws.getCell('A3').value = 'x'.repeat(20);
  };
  await refused(workbookRows(wide, { limits: { maxColumns: 4 } }), {
    code: 'too_many_columns',
    row: 2,
    column: 5,
  });
  await refused(workbookRows(wide, { limits: { maxCellLength: 10 } }), {
    code: 'cell_too_long',
    row: 3,
    column: 1,
  });
  await refused(workbookRows(wide, { limits: { maxRows: 2 } }), { code: 'too_many_rows', row: 3 });
  await refused(workbookRows(wide, { limits: { maxSharedStringsBytes: 100 } }), {
    code: 'shared_strings_too_large',
  });
});

test('hostile or wrong files are refused before exceljs sees them', async () => {
  await withTempDir(async (dir) => {
    const bomb = buildZip(workbookShell(await deflateZeros(100 * 1024 * 1024)));
    await refused(readAll(await writeBytes(join(dir, 'bomb.xlsx'), bomb)), { code: 'zip_bomb' });
    await refused(readAll(await writeBytes(join(dir, 'text.xlsx'), 'kode,nilai\n')), { code: 'not_xlsx' });
    const notWorkbook = buildZip([{ name: 'readme.txt', content: Buffer.from('hello') }]);
    await refused(readAll(await writeBytes(join(dir, 'plain.zip'), notWorkbook)), { code: 'not_xlsx' });
    const broken = buildZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', content: Buffer.from('<workbook><sheets/></workbook>') },
    ]);
    await refused(readAll(await writeBytes(join(dir, 'nosheet.xlsx'), broken)), { code: 'sheet_not_found' });
  });
});

test('only parts listed in the central directory reach exceljs (no zip smuggling)', async () => {
  await withTempDir(async (dir) => {
    const path = await writeWorkbook(join(dir, 'real.xlsx'), (wb) => {
      wb.addWorksheet('Data').addRow([1]);
    });
    const smuggled = Buffer.from(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<sheetData><row r="1"><c r="A1"><v>666</v></c></row></sheetData></worksheet>',
    );
    const parts = (await unzipAll(path)).flatMap((e) => {
      const part = { name: e.name, content: e.data };
      // exceljs alone would read a local entry that the central directory does not list
      if (e.name !== 'xl/worksheets/sheet1.xml') return [part];
      return [{ name: e.name, content: smuggled, hidden: true }, part];
    });
    const tampered = await writeBytes(join(dir, 'tampered.xlsx'), buildZip(parts));
    assert.deepEqual(
      (await readAll(tampered)).map((r) => r.cells),
      [['1']],
    );
  });
});

test('workbooks without shared strings or with non-standard part names read fine', async () => {
  await withTempDir(async (dir) => {
    const path = await writeWorkbook(join(dir, 'odd.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Angka');
      ws.addRow([1, 2]);
      ws.addRow([3, 4]);
    });
    // no sharedStrings part at all, and the sheet stored under another name
    await rezip(path, (entries) =>
      entries
        .filter((e) => e.name !== 'xl/sharedStrings.xml')
        .map((e) => {
          if (e.name === 'xl/worksheets/sheet1.xml') return { ...e, name: 'xl/worksheets/data.xml' };
          if (e.name !== 'xl/_rels/workbook.xml.rels') return e;
          const xml = e.data.toString('utf8').replace('worksheets/sheet1.xml', 'worksheets/data.xml');
          return { ...e, data: Buffer.from(xml.replace(/<Relationship [^>]*sharedStrings[^>]*>/, '')) };
        }),
    );
    assert.deepEqual(
      (await readAll(path)).map((r) => [r.sheetName, r.rowNumber, r.cells]),
      [
        ['Angka', 1, ['1', '2']],
        ['Angka', 2, ['3', '4']],
      ],
    );
  });
});
