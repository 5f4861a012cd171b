import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RAKOR_POKJA_TEMPLATE, withItemIds } from './templates.js';

test('the Rakor template holds the six intended outcomes of seed 002', () => {
  assert.equal(RAKOR_POKJA_TEMPLATE.intendedOutcomes.length, 6);
  assert.match(RAKOR_POKJA_TEMPLATE.intendedOutcomes[0].text, /^Terwujudnya sinergi antar SKPD/);
  assert.match(
    RAKOR_POKJA_TEMPLATE.intendedOutcomes[5].text,
    /kesadaran tentang pentingnya kesetaraan gender/,
  );
});

test('item ids are kept, repeated ones renewed, missing ones given', () => {
  assert.deepEqual(withItemIds([{ id: 'a2', text: 'x' }, { text: 'y' }, { id: 'a2', text: 'z' }], 'a'), [
    { id: 'a2', text: 'x' },
    { id: 'a1', text: 'y' },
    { id: 'a3', text: 'z' },
  ]);
});
