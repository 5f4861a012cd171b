import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VALUE_STATUSES } from './indicators.js';
import {
  isPublicDocument,
  isPublicFigure,
  isPublicIndexFigure,
  isPublicValue,
  parsePageRef,
  PUBLIC_VALUE_FIELDS,
  PUBLIC_VALUE_STATUSES,
  regionPagePath,
  slugOf,
} from './portal.js';

test('only verified values are public, whatever other statuses exist', () => {
  for (const status of VALUE_STATUSES) {
    assert.equal(isPublicValue({ status }), status === 'verified', status);
  }
  assert.deepEqual([...PUBLIC_VALUE_STATUSES], ['verified']);
  assert.equal(isPublicValue({ status: 'Verified' }), false);
  assert.equal(isPublicValue({ status: '' }), false);
});

test('a figure is public only when every value it adds up is verified', () => {
  assert.equal(isPublicFigure(['verified', 'verified']), true);
  assert.equal(isPublicFigure(['verified', 'draft']), false);
  assert.equal(isPublicFigure(['submitted']), false);
  assert.equal(isPublicFigure([]), false);
});

test('no value column that may name a person is public', () => {
  const fields: readonly string[] = PUBLIC_VALUE_FIELDS;
  for (const privateField of ['note', 'updatedBy', 'batchId', 'sourceRef', 'isDemo']) {
    assert.ok(!fields.includes(privateField), privateField);
  }
});

test("an index is public through BPS's published value only", () => {
  assert.equal(isPublicIndexFigure({ published: 91.2 }), true);
  assert.equal(isPublicIndexFigure({ published: 0 }), true);
  assert.equal(isPublicIndexFigure({ published: null }), false);
  assert.equal(isPublicIndexFigure({ published: Number.NaN }), false);
});

test('a document is public only when final and marked public', () => {
  assert.equal(isPublicDocument({ final: true, markedPublic: true }), true);
  assert.equal(isPublicDocument({ final: false, markedPublic: true }), false);
  assert.equal(isPublicDocument({ final: true, markedPublic: false }), false);
  assert.equal(isPublicDocument({ final: false, markedPublic: false }), false);
});

test('slugs are ASCII, lowercase and hyphenated', () => {
  assert.equal(slugOf('Kota Palu'), 'kota-palu');
  assert.equal(slugOf('Kab. Tojo Una-Una'), 'kab-tojo-una-una');
  assert.equal(slugOf('  Sulawesi   Tengah '), 'sulawesi-tengah');
  assert.equal(slugOf('Pénajam <script>'), 'penajam-script');
  assert.equal(slugOf('x'.repeat(200)).length, 80);
  assert.equal(regionPagePath({ code: '72.71', name: 'Kota Palu' }), '/p/72.71-kota-palu');
  assert.equal(regionPagePath({ code: 'ID', name: '' }), '/p/ID');
});

test('page refs: the code with or without a dot, with or without a slug', () => {
  assert.deepEqual(parsePageRef('72.71-kota-palu'), { code: '72.71', slug: 'kota-palu' });
  assert.deepEqual(parsePageRef('72.71'), { code: '72.71', slug: null });
  assert.deepEqual(parsePageRef('7271'), { code: '72.71', slug: null });
  assert.deepEqual(parsePageRef('7271-Kota-Palu'), { code: '72.71', slug: 'kota-palu' });
  assert.deepEqual(parsePageRef('72'), { code: '72', slug: null });
  assert.deepEqual(parsePageRef('id-indonesia'), { code: 'ID', slug: 'indonesia' });
  for (const bad of [
    '',
    '7',
    '727',
    '72.7',
    '72.711',
    'abc',
    '72.71x',
    '72.71_x',
    '72.71-a b',
    '\u0000',
    '9'.repeat(500),
  ]) {
    assert.equal(parsePageRef(bad), null, JSON.stringify(bad));
  }
});
