import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffVersions, type DocumentVersion } from './gap-diff.js';
import { completeGap, simpleGbs } from './gap-test-fixture.js';

const version = (): DocumentVersion => ({ gap: completeGap(), gbs: simpleGbs(), tor: null });
const section = (d: ReturnType<typeof diffVersions>, target: number | string) =>
  d.sections.find((s) => s.target === target)!.changes;

describe('diffVersions', () => {
  test('identical versions have no changes, with a section for every step, the GBS and the TOR', () => {
    const d = diffVersions(version(), version());
    assert.equal(d.count, 0);
    assert.deepEqual(
      d.sections.map((s) => s.target),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 'gbs', 'tor'],
    );
  });

  test('text fields changed, list items added, removed and changed by id', () => {
    const from = version();
    const to = version();
    to.gap.step1.objective = 'Tujuan baru';
    to.gap.step7.actions[1].text = 'Kelas ibu hamil Minggu pagi bersama pasangan';
    to.gap.step7.actions[1].addresses = ['f2', 'c1'];
    to.gap.step7.actions.push({ id: 'a3', text: 'Kunjungan rumah', output: '', addresses: ['c2'] });
    to.gap.step3.factors.shift();
    const d = diffVersions(from, to);
    assert.deepEqual(section(d, 1), [
      {
        kind: 'changed',
        path: 'objective',
        before: 'Ibu hamil mendapat pelayanan antenatal sesuai standar',
        after: 'Tujuan baru',
      },
    ]);
    assert.deepEqual(section(d, 7), [
      {
        kind: 'item_changed',
        path: 'actions',
        id: 'a2',
        position: 2,
        fields: [
          {
            field: 'text',
            before: 'Kelas ibu hamil Sabtu pagi bersama pasangan',
            after: 'Kelas ibu hamil Minggu pagi bersama pasangan',
          },
          { field: 'addresses', before: ['f2', 'c1', 'c2'], after: ['f2', 'c1'] },
        ],
      },
      { kind: 'added', path: 'actions', id: 'a3', position: 3, item: to.gap.step7.actions[2] },
    ]);
    assert.deepEqual(
      section(d, 3).map((c) => [c.kind, 'id' in c ? c.id : null, 'position' in c ? c.position : null]),
      [['removed', 'f1', 1]],
    );
    assert.equal(d.count, 4);
  });

  test('a list emptied or filled from nothing is items removed or added', () => {
    const from = version();
    const to = version();
    from.gap.step5.causes = [];
    to.gap.step8.baselines = [];
    const d = diffVersions(from, to);
    assert.deepEqual(
      section(d, 5).map((c) => c.kind),
      ['added'],
    );
    assert.deepEqual(
      section(d, 8).map((c) => c.kind),
      ['removed'],
    );
  });

  test('GBS budgets compare per component; a TOR that appears is one change', () => {
    const from = version();
    const to = version();
    to.gbs!.components[0].budget = '2000000.00';
    to.tor = {
      legalBasis: '',
      background: 'b',
      objective: 'o',
      beneficiaries: { women: '10', men: '', description: '' },
      method: 'm',
      location: '',
      implementer: '',
      schedule: [],
    };
    const d = diffVersions(from, to);
    assert.deepEqual(section(d, 'gbs'), [
      {
        kind: 'item_changed',
        path: 'components',
        id: 'k1',
        position: 1,
        fields: [{ field: 'budget', before: '1000000.00', after: '2000000.00' }],
      },
    ]);
    assert.deepEqual(section(d, 'tor'), [{ kind: 'changed', path: '', before: null, after: to.tor }]);
    const torEdit = diffVersions(
      { ...to },
      { ...to, tor: { ...to.tor!, beneficiaries: { ...to.tor!.beneficiaries, men: '5' } } },
    );
    assert.deepEqual(section(torEdit, 'tor'), [
      { kind: 'changed', path: 'beneficiaries.men', before: '', after: '5' },
    ]);
  });
});
