import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImportFileError } from './errors.js';
import {
  buildZip,
  deflateZeros,
  withTempDir,
  workbookShell,
  writeBytes,
  writeWorkbook,
  type ZipPart,
} from './test-fixtures.js';
import { guardZip, type ZipGuardOptions } from './zip-guard.js';

async function guardParts(parts: ZipPart[], options?: ZipGuardOptions) {
  return withTempDir(async (dir) =>
    guardZip(await writeBytes(join(dir, 'f.xlsx'), buildZip(parts)), options),
  );
}

async function refused(run: Promise<unknown>, code: string) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof ImportFileError, String(error));
    assert.equal(error.code, code, error.message);
    return true;
  });
}

const SHEET = Buffer.from(
  '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
);

test('a workbook written by exceljs passes, and scanners see the inflated bytes', async () => {
  await withTempDir(async (dir) => {
    const path = await writeWorkbook(join(dir, 'ok.xlsx'), (wb) => {
      wb.addWorksheet('Data').addRow(['kode', 'nilai']);
    });
    const seen: Buffer[] = [];
    const summary = await guardZip(path, {
      scan: (name) => (name === 'xl/workbook.xml' ? (chunk) => seen.push(chunk) : undefined),
    });
    assert.ok(summary.entryNames.includes('xl/worksheets/sheet1.xml'));
    assert.ok(summary.totalUncompressed > 0);
    assert.match(Buffer.concat(seen).toString('utf8'), /<sheet [^>]*name="Data"/);
  });
});

test('hand-built zips with and without data descriptors pass', async () => {
  const summary = await guardParts(workbookShell(SHEET));
  assert.deepEqual(summary.entryNames, [
    '[Content_Types].xml',
    'xl/workbook.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  await guardParts(workbookShell(SHEET, { descriptor: true }));
});

test('bytes that are not a zip, or a damaged zip, are not_xlsx', async () => {
  await withTempDir(async (dir) => {
    await refused(guardZip(await writeBytes(join(dir, 'a.xlsx'), 'kode;nilai\n1;2\n')), 'not_xlsx');
    await refused(guardZip(await writeBytes(join(dir, 'b.xlsx'), Buffer.alloc(0))), 'not_xlsx');
    const good = await writeWorkbook(join(dir, 'c.xlsx'), (wb) => {
      wb.addWorksheet('Data').addRow(['x']);
    });
    const bytes = await readFile(good);
    await writeFile(join(dir, 'cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await refused(guardZip(join(dir, 'cut.xlsx')), 'not_xlsx');
  });
});

test('a real 1 GB zip bomb (1 MB on disk) is refused from its central directory', async () => {
  const zeros = await deflateZeros(1024 * 1024 * 1024);
  assert.ok(zeros.deflated.length < 2 * 1024 * 1024);
  const started = Date.now();
  await refused(guardParts(workbookShell(zeros)), 'zip_too_large');
  assert.ok(Date.now() - started < 1000, 'refused without inflating');
});

test('an entry compressing more than 200:1 is refused even under the size limit', async () => {
  const zeros = await deflateZeros(100 * 1024 * 1024);
  await refused(guardParts(workbookShell(zeros)), 'zip_bomb');
  // small entries may compress well: the ratio only counts above 1 MB
  await guardParts(workbookShell(Buffer.alloc(1024 * 1024 - 1)));
});

test('an entry inflating past its declared size is stopped while inflating', async () => {
  const zeros = await deflateZeros(20 * 1024 * 1024);
  await refused(guardParts(workbookShell(zeros, { declaredSize: 100_000 })), 'zip_bomb');
  await refused(guardParts(workbookShell(zeros, { declaredSize: 100_000, descriptor: true })), 'zip_bomb');
});

test('limits on total size and entry count are configurable', async () => {
  const parts = workbookShell(Buffer.alloc(600_000, 'a'));
  await refused(guardParts(parts, { limits: { maxTotalUncompressed: 500_000 } }), 'zip_too_large');
  await refused(guardParts(parts, { limits: { maxEntries: 2 } }), 'zip_too_many_entries');
  await guardParts(parts, { limits: { maxEntries: 3, maxTotalUncompressed: 700_000 } });
});

test('encrypted entries and archives inside the archive are refused', async () => {
  await refused(guardParts(workbookShell(SHEET, { flags: 0x1 })), 'zip_encrypted');
  const nested = [
    ...workbookShell(SHEET),
    { name: 'xl/embeddings/Lampiran.xlsx', content: Buffer.from('PK') },
  ];
  await refused(guardParts(nested), 'zip_nested');
  await refused(
    guardParts([...workbookShell(SHEET), { name: 'data.zip', content: Buffer.from('x') }]),
    'zip_nested',
  );
});
