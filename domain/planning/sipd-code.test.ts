import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseSipdCode, parseSipdCode, programCodeOf, sipdPathCodes } from './sipd-code.js';

test('every level parses with its parts and parents', () => {
  const cases = [
    ['2', 'urusan', []],
    ['2.08', 'bidang', ['2']],
    ['2.08.02', 'program', ['2', '2.08']],
    ['2.08.02.2.01', 'kegiatan', ['2', '2.08', '2.08.02']],
    ['2.08.02.2.01.0001', 'sub_kegiatan', ['2', '2.08', '2.08.02', '2.08.02.2.01']],
  ] as const;
  for (const [code, level, parents] of cases) {
    const r = parseSipdCode(code);
    assert.ok(r.ok, code);
    assert.equal(r.value.code, code);
    assert.equal(r.value.level, level);
    assert.deepEqual(r.value.parents, parents);
    assert.equal(r.value.parentCode, parents.at(-1) ?? null);
  }
  const sub = parseSipdCode('1.02.02.2.02.0001');
  assert.ok(sub.ok);
  assert.deepEqual(sub.value.parts, {
    urusan: '1',
    bidang: '02',
    program: '02',
    kegiatan: '2.02',
    subKegiatan: '0001',
  });
  const bidang = parseSipdCode('1.02');
  assert.ok(bidang.ok);
  assert.deepEqual(bidang.value.parts, {
    urusan: '1',
    bidang: '02',
    program: null,
    kegiatan: null,
    subKegiatan: null,
  });
});

test('the two-digit government level is normalised to one digit', () => {
  assert.equal(normaliseSipdCode('2.08.02.02.01.0001'), '2.08.02.2.01.0001');
  assert.equal(normaliseSipdCode('2.08.02.02.01'), '2.08.02.2.01');
  assert.equal(normaliseSipdCode('1.02.02.01.02'), '1.02.02.1.02');
  const r = parseSipdCode('2.08.02.02.01.0001');
  assert.ok(r.ok);
  assert.deepEqual(r.value.parents, ['2', '2.08', '2.08.02', '2.08.02.2.01']);
});

test('spaces are dropped, anything else is refused with a reason', () => {
  assert.equal(normaliseSipdCode(' 2.08. 02.2.01.0001 '), '2.08.02.2.01.0001');
  const bad: [string, string, number?][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['X.XX.01', 'bad_character'],
    ['2-08-02', 'bad_character'],
    ['2.08.02.2.01.000a', 'bad_character'],
    ['2,08', 'bad_character'],
    ['.2.08', 'empty_segment', 0],
    ['2.08.', 'empty_segment', 2],
    ['2..08', 'empty_segment', 1],
    ['2.08.02.2', 'segment_count'],
    ['2.08.02.2.01.0001.01', 'segment_count'],
    ['12', 'segment_width', 0],
    ['2.8', 'segment_width', 1],
    ['2.008', 'segment_width', 1],
    ['2.08.2', 'segment_width', 2],
    ['2.08.02.002.01', 'segment_width', 3],
    ['2.08.02.10.01', 'segment_width', 3],
    ['2.08.02.2.1', 'segment_width', 4],
    ['2.08.02.2.01.001', 'segment_width', 5],
    ['2.08.02.2.01.00001', 'segment_width', 5],
    ['0', 'zero_segment', 0],
    ['2.00', 'zero_segment', 1],
    ['2.08.00', 'zero_segment', 2],
    ['2.08.02.0.01', 'zero_segment', 3],
    ['2.08.02.00.01', 'zero_segment', 3],
    ['2.08.02.2.00', 'zero_segment', 4],
    ['2.08.02.2.01.0000', 'zero_segment', 5],
  ];
  for (const [code, reason, segment] of bad) {
    const r = parseSipdCode(code);
    assert.ok(!r.ok, code);
    assert.equal(r.reason, reason, code);
    assert.equal(r.segment, segment, code);
    assert.equal(normaliseSipdCode(code), null, code);
  }
});

test('program of a code and the path of codes per level', () => {
  assert.equal(programCodeOf('2.08.02.2.01.0001'), '2.08.02');
  assert.equal(programCodeOf('2.08.02.02.01'), '2.08.02');
  assert.equal(programCodeOf('2.08.02'), '2.08.02');
  assert.equal(programCodeOf('2.08'), null);
  assert.equal(programCodeOf('nope'), null);
  assert.deepEqual(sipdPathCodes('2.08.02.02.01.0001'), {
    urusan: '2',
    bidang: '2.08',
    program: '2.08.02',
    kegiatan: '2.08.02.2.01',
    sub_kegiatan: '2.08.02.2.01.0001',
  });
  assert.deepEqual(sipdPathCodes('1.02.02'), {
    urusan: '1',
    bidang: '1.02',
    program: '1.02.02',
    kegiatan: null,
    sub_kegiatan: null,
  });
  assert.equal(sipdPathCodes('1.02.02.2'), null);
});
