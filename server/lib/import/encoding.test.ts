import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { createDecodeStream } from './encoding.js';
import { ImportFileError } from './errors.js';

/** Decodes `bytes`, delivered in chunks of `chunkSize` to exercise sequences cut in two. */
async function decode(bytes: Buffer, chunkSize = 64 * 1024) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const stream = createDecodeStream();
  let text = '';
  for await (const piece of Readable.from(chunks).pipe(stream)) text += piece;
  return { text, encoding: stream.encoding };
}

async function refused(bytes: Buffer, code: string, chunkSize?: number) {
  await assert.rejects(decode(bytes, chunkSize), (error: unknown) => {
    assert.ok(error instanceof ImportFileError);
    assert.equal(error.code, code);
    return true;
  });
}

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const SAMPLE = 'nama;nilai\nAndé Müller;12,5\nŞükrü 😀;1.234\n';

test('UTF-8 with and without BOM; the BOM is not part of the text', async () => {
  assert.deepEqual(await decode(Buffer.concat([BOM8, Buffer.from(SAMPLE)])), {
    text: SAMPLE,
    encoding: 'utf-8',
  });
  assert.deepEqual(await decode(Buffer.from(SAMPLE)), { text: SAMPLE, encoding: 'utf-8' });
});

test('multi-byte characters cut between chunks, down to one byte per chunk', async () => {
  for (const size of [1, 2, 3, 5]) {
    assert.equal((await decode(Buffer.concat([BOM8, Buffer.from(SAMPLE)]), size)).text, SAMPLE);
    assert.equal((await decode(Buffer.from(SAMPLE), size)).text, SAMPLE);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    assert.equal((await decode(utf16, size)).text, SAMPLE);
  }
});

test('UTF-16 LE and BE with BOM', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
  assert.deepEqual(await decode(le), { text: SAMPLE, encoding: 'utf-16le' });
  const be = Buffer.from(le).swap16();
  assert.deepEqual(await decode(be), { text: SAMPLE, encoding: 'utf-16be' });
});

test('Windows-1252 bytes from Excel on Windows: é, ü, € and curly quotes', async () => {
  // "José;Müller;€ 5;“x”" in Windows-1252
  const bytes = Buffer.from([
    0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80, 0x20, 0x35, 0x3b, 0x93,
    0x78, 0x94,
  ]);
  assert.deepEqual(await decode(bytes), { text: 'José;Müller;€ 5;“x”', encoding: 'windows-1252' });
  assert.equal((await decode(bytes, 1)).text, 'José;Müller;€ 5;“x”');
});

test('the choice is made at the first non-ASCII byte, however late it comes', async () => {
  const ascii = 'kode,nilai\n'.repeat(20_000); // ~220 KB, several chunks
  const latin = Buffer.concat([Buffer.from(ascii), Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x0a])]);
  assert.deepEqual(await decode(latin), { text: `${ascii}José\n`, encoding: 'windows-1252' });
  const utf8 = Buffer.from(`${ascii}José\n`);
  assert.deepEqual(await decode(utf8), { text: `${ascii}José\n`, encoding: 'utf-8' });
  // an é as the very last byte, with no look-ahead left
  assert.deepEqual(await decode(Buffer.from([0x61, 0xe9])), { text: 'aé', encoding: 'windows-1252' });
});

test('pure ASCII and empty input decode without choosing', async () => {
  assert.deepEqual(await decode(Buffer.from('a,b\n1,2\n')), { text: 'a,b\n1,2\n', encoding: null });
  assert.deepEqual(await decode(Buffer.alloc(0)), { text: '', encoding: null });
  assert.deepEqual(await decode(BOM8), { text: '', encoding: 'utf-8' });
});

test('UTF-8 that turns invalid later is an encoding error, not mojibake', async () => {
  const bytes = Buffer.concat([
    Buffer.from('Andé\n'),
    Buffer.from('x'.repeat(100_000)),
    Buffer.from([0xe9, 0x0a]),
  ]);
  await refused(bytes, 'encoding');
  // a UTF-8 sequence cut by the end of the file, after UTF-8 was chosen
  await refused(Buffer.concat([Buffer.from('é;x\n'), Buffer.from([0xc3])]), 'encoding');
  // but bytes that were never valid UTF-8 as a whole are read as Windows-1252
  assert.deepEqual(await decode(Buffer.from([0xc3, 0xa9, 0xc3])), { text: 'Ã©Ã', encoding: 'windows-1252' });
});

test('binary input is refused: NUL bytes without a UTF-16 BOM', async () => {
  await refused(Buffer.from('a,b\n1,\0\n'), 'binary');
  await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'binary'); // .xls
  await refused(Buffer.from('PK\x03\x04\x14\x00\x00\x00'), 'binary'); // a zip
  await refused(Buffer.from(SAMPLE, 'utf16le'), 'binary'); // UTF-16 without BOM
  await refused(Buffer.concat([Buffer.from('x'.repeat(200_000)), Buffer.from([0])]), 'binary'); // late NUL
  await refused(Buffer.concat([Buffer.from([0x61, 0xe9]), Buffer.alloc(8)]), 'binary'); // after choosing 1252
  // a NUL character inside UTF-16 text is binary too
  await refused(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]), 'binary');
});

test('UTF-32 and broken UTF-16 are encoding errors', async () => {
  await refused(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0')]), 'encoding');
  await refused(Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), 'encoding'); // lone surrogate
});
