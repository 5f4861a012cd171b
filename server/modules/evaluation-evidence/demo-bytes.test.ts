import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sniffFile } from '../../lib/file-store/sniff.js';
import { roomPng, textPdf } from './demo-bytes.js';

test('the generated demo files pass the upload checks as pdf and png', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'evidence-demo-'));
  try {
    const pdf = path.join(dir, 'a.pdf');
    const png = path.join(dir, 'a.png');
    await writeFile(pdf, textPdf(['JUDUL (CONTOH)', 'baris (kedua) \\ dengan — tanda']));
    await writeFile(png, roomPng());
    assert.equal((await sniffFile(pdf))?.kind, 'pdf');
    assert.equal((await sniffFile(png))?.kind, 'png');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the PDF cross-reference points at each object', () => {
  const pdf = textPdf(['A', 'B']).toString('latin1');
  const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
  assert.equal(pdf.slice(xref, xref + 4), 'xref');
  const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  assert.equal(offsets.length, 5);
  offsets.forEach((o, i) => assert.ok(pdf.slice(o).startsWith(`${i + 1} 0 obj`), `object ${i + 1}`));
});
