import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from './test-helpers.js';

interface Save {
  at: string;
  byName: string;
  parts: string[];
  drafted: string | null;
  submission: number;
}

/**
 * Versions are submissions; automatic saves are listed apart. The edit lock's counter keeps
 * moving with every save (decision 13) without ever becoming a version number users see.
 */
describe('gap versions and automatic saves', () => {
  let t: TestApp;
  let operator: string;
  let reviewer: string;
  let api: ReturnType<typeof client>;
  let id = '';
  before(async () => {
    t = await createTestApp();
    api = client(t);
    operator = await t.login('demo.operator');
    reviewer = await t.login('demo.reviewer');
    const line = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0004',
      name: 'Pengelolaan Pelayanan Kesehatan Balita',
      budget: '120000000.00',
    });
    id = (await api.post(`/api/sub-activities/${line}/gap`, operator)).json().id;
  });
  after(() => t.close());

  test('saves before and after a submission are listed newest first, apart from the versions', async () => {
    let version = 1;
    const save = async (body: Record<string, unknown>) => {
      const r = await api.put(`/api/gap/${id}`, operator, { version, ...body });
      assert.equal(r.statusCode, 200, r.body);
      version = r.json().version;
    };
    const post = async (path: string, cookie: string, body: Record<string, unknown>) => {
      const r = await api.post(`/api/gap/${id}${path}`, cookie, body);
      assert.equal(r.statusCode, 200, r.body);
      version = r.json().version;
      return r.json();
    };
    const gap = completeGap('KES_PERSALINAN_NAKES_PERSEN', 2023);
    await save({ gap: { ...gap, step6: { objective: 'Draf pertama' } } });
    await save({ gap });
    await post('/gbs', operator, { version });
    const submitted = await post('/submit', operator, { version });
    assert.equal(submitted.submission, 1);
    await post('/decision', reviewer, { decision: 'revision', body: 'Perbaiki langkah 6.' });
    await save({ gap: { ...gap, step6: { objective: 'Tujuan yang dirumuskan ulang' } } });

    // Six writes moved the lock (3 saves, a draft, a submission, a decision)...
    assert.equal(version, 7);
    // ...but there is one version: the submission.
    const versions = (await api.get(`/api/gap/${id}/versions`, reviewer)).json();
    assert.deepEqual(
      versions.map((v: { submission: number }) => v.submission),
      [1],
    );

    const saves = await api.get(`/api/gap/${id}/saves`, reviewer);
    assert.equal(saves.statusCode, 200, saves.body);
    const { items, total } = saves.json() as { items: Save[]; total: number };
    assert.equal(total, 4);
    assert.deepEqual(
      items.map((s) => [s.parts, s.drafted, s.submission]),
      [
        [['gap'], null, 1],
        [['gbs'], 'gbs', 0],
        [['gap'], null, 0],
        [['gap'], null, 0],
      ],
    );
    assert.ok(items.every((s) => s.byName === 'Demo Focal Point Dinas Kesehatan'));
    assert.ok(items[0].at >= items[1].at);
  });

  test('an emptied KAK is not exported as an empty document', async () => {
    const doc = (await api.get(`/api/gap/${id}`, operator)).json();
    const tor = (await api.post(`/api/gap/${id}/tor`, operator, { version: doc.version })).json();
    const ok = await api.get(`/api/gap/${id}/export/tor.xlsx`, operator);
    assert.equal(ok.statusCode, 200);
    const blank = {
      legalBasis: '',
      background: '',
      objective: '',
      method: '',
      location: '',
      implementer: '',
      beneficiaries: { women: '', men: '', description: '' },
      schedule: [],
    };
    const emptied = await api.put(`/api/gap/${id}`, operator, { version: tor.version, tor: blank });
    assert.equal(emptied.statusCode, 200, emptied.body);
    const refused = await api.get(`/api/gap/${id}/export/tor.pdf`, operator);
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(Object.keys(refused.json().error.fields), ['doc']);
  });
});
