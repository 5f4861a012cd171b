import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyGapContent, type TorContent } from './gap-content.js';
import {
  completeParts,
  documentSetCounts,
  hasContent,
  hasDocument,
  stepHasContent,
  torExists,
} from './gap-progress.js';
import { checkCompleteness } from './gap-rules.js';
import { completeGap, simpleGbs } from './gap-test-fixture.js';

const blankTor = (): TorContent => ({
  legalBasis: '',
  background: ' ',
  objective: '',
  beneficiaries: { women: '', men: '', description: '' },
  method: '',
  location: '',
  implementer: '',
  schedule: [],
});

const marks = (...args: Parameters<typeof checkCompleteness>) =>
  [...completeParts(...args, checkCompleteness(...args))].sort();

describe('gap progress', () => {
  test('content: blank text and empty lists are nothing; a list item or a number is something', () => {
    assert.equal(hasContent({ a: ' \n', b: [], c: { d: '' } }), false);
    assert.equal(hasContent({ a: '', b: [{ id: 'x', text: '' }] }), true);
    assert.equal(hasContent({ n: 0 }), true);
    assert.equal(hasContent(null), false);
  });

  test('an empty step 5 is never complete, though the rules ask nothing of it while step 4 has a cause', () => {
    const gap = completeGap();
    gap.step5.causes = [];
    for (const a of gap.step7.actions) a.addresses = a.addresses.filter((id) => id !== 'c2');
    assert.deepEqual(
      checkCompleteness(gap, simpleGbs(), null).issues.filter((i) => i.target === 5),
      [],
    );
    assert.equal(stepHasContent(gap, 5), false);
    assert.deepEqual(marks(gap, simpleGbs(), null), ['1', '2', '3', '4', '6', '7', '8', '9', 'gbs']);
  });

  test('a new document marks nothing: every step is empty or has issues', () => {
    assert.deepEqual(marks(emptyGapContent(), null, null), []);
    const started = emptyGapContent();
    started.step1 = { policy: 'Program X', objective: 'Tujuan' };
    assert.deepEqual(marks(started, null, null), ['1']);
  });

  test('the TOR exists only drafted and not emptied; an emptied one is not marked either', () => {
    assert.equal(torExists(null), false);
    assert.equal(torExists(blankTor()), false);
    assert.equal(torExists({ ...blankTor(), location: 'Palu' }), true);
    assert.deepEqual(marks(completeGap(), simpleGbs(), blankTor()), [
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'gbs',
    ]);
  });

  test('a set offers a kind only where a worksheet has that document: no KAK drafted, no KAK set', () => {
    const drafted = { gbs: simpleGbs(), tor: { ...blankTor(), location: 'Palu' } };
    const gbsOnly = { gbs: simpleGbs(), tor: blankTor() };
    const bare = { gbs: null, tor: null };
    assert.equal(hasDocument('gap', bare), true);
    assert.equal(hasDocument('tor', gbsOnly), false);
    assert.deepEqual(documentSetCounts([gbsOnly, bare]), { gap: 2, gbs: 1, tor: 0 });
    assert.deepEqual(documentSetCounts([drafted, gbsOnly]), { gap: 2, gbs: 2, tor: 1 });
    assert.deepEqual(documentSetCounts([]), { gap: 0, gbs: 0, tor: 0 });
  });
});
