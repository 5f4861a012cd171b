import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { sniffFile, sniffHead } from './sniff.js';

/** A zip with the given entries stored uncompressed: enough to stand for an Office file. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'setara-sniff-'));
});
after(() => rm(dir, { recursive: true, force: true }));

async function sniff(bytes: Buffer) {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}`);
  await writeFile(file, bytes);
  return (await sniffFile(file))?.kind ?? null;
}

test('pictures and PDF by their first bytes', () => {
  assert.equal(sniffHead(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'jpeg');
  assert.equal(sniffHead(Buffer.from('GIF89a\x01\x00', 'latin1')), 'gif');
  assert.equal(sniffHead(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')), 'webp');
  assert.equal(sniffHead(Buffer.from('%PDF-1.7\n')), 'pdf');
  assert.equal(sniffHead(Buffer.from('\r\n%PDF-1.4\n')), 'pdf', 'a few bytes before the header');
  assert.equal(sniffHead(Buffer.from('MZ\x90\x00', 'latin1')), null);
  assert.equal(sniffHead(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1')), null);
  assert.equal(sniffHead(Buffer.alloc(0)), null);
});

test('Office files by the parts inside the zip, not by the name', async () => {
  const types = '<?xml version="1.0"?><Types/>';
  assert.equal(await sniff(storedZip({ '[Content_Types].xml': types, 'word/document.xml': '<w/>' })), 'docx');
  assert.equal(await sniff(storedZip({ '[Content_Types].xml': types, 'xl/workbook.xml': '<wb/>' })), 'xlsx');
  // A zip of other things, or without the content-types part, is neither.
  assert.equal(await sniff(storedZip({ 'payload.exe': 'MZ' })), null);
  assert.equal(await sniff(storedZip({ 'word/document.xml': '<w/>' })), null);
  // A zip holding another archive is refused by the zip guard.
  assert.equal(
    await sniff(storedZip({ '[Content_Types].xml': types, 'word/document.xml': '<w/>', 'inner.zip': 'PK' })),
    null,
  );
  // Broken: a zip signature and nothing else.
  assert.equal(await sniff(Buffer.from('PK\x03\x04garbage', 'latin1')), null);
});
