import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from './test-helpers.js';

describe('gap permissions', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  const cookies: Record<string, string> = {};
  let dp3aGap: { id: string; version: number };
  let dinkesGap: { id: string; version: number };

  before(async () => {
    t = await createTestApp();
    api = client(t);
    for (const u of ['admin', 'operator', 'reviewer', 'pokja', 'provinsi', 'superadmin']) {
      cookies[u] = await t.login(`demo.${u}`);
    }
    const dp3aLine = await addLine(t, 'DP3A', {
      code: '2.08.02.2.02.0001',
      name: 'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
      budget: '215400000.00',
    });
    const dinkesLine = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      budget: '486750000.00',
    });
    // The operator of Dinkes cannot start a GAP on DP3A's line: it is not even visible.
    const foreign = await api.post(`/api/sub-activities/${dp3aLine}/gap`, cookies.operator);
    assert.equal(foreign.statusCode, 404);
    dp3aGap = (await api.post(`/api/sub-activities/${dp3aLine}/gap`, cookies.admin)).json();
    const reviewerStart = await api.post(`/api/sub-activities/${dinkesLine}/gap`, cookies.reviewer);
    assert.equal(reviewerStart.statusCode, 403);
    dinkesGap = (await api.post(`/api/sub-activities/${dinkesLine}/gap`, cookies.operator)).json();
  });
  after(() => t.close());

  test("an operator neither sees nor touches another OPD's document", async () => {
    const id = dp3aGap.id;
    assert.equal((await api.get(`/api/gap/${id}`, cookies.operator)).statusCode, 404);
    assert.equal(
      (await api.put(`/api/gap/${id}`, cookies.operator, { version: 1, gap: completeGap() })).statusCode,
      404,
    );
    assert.equal(
      (await api.post(`/api/gap/${id}/comments`, cookies.operator, { body: 'x' })).statusCode,
      404,
    );
    assert.equal((await api.get(`/api/gap/${id}/versions`, cookies.operator)).statusCode, 404);
    assert.equal((await api.get(`/api/gap/${id}/compare?from=1`, cookies.operator)).statusCode, 404);
    const list = await api.get(`/api/regions/72.71/gap?year=2027`, cookies.operator);
    assert.deepEqual(
      list.json().items.map((i: { id: string }) => i.id),
      [dinkesGap.id],
    );
    // Asking for the other OPD explicitly changes nothing.
    const dp3aOpd = (await api.get(`/api/gap/${id}`, cookies.admin)).json().opd.id;
    const forced = await api.get(`/api/regions/72.71/gap?year=2027&opdId=${dp3aOpd}`, cookies.operator);
    assert.deepEqual(
      forced.json().items.map((i: { id: string }) => i.id),
      [dinkesGap.id],
    );
    const all = await api.get(`/api/regions/72.71/gap?year=2027`, cookies.admin);
    assert.equal(all.json().total, 2);
  });

  test('reviewers read and comment but cannot edit or draft', async () => {
    const id = dinkesGap.id;
    const read = await api.get(`/api/gap/${id}`, cookies.reviewer);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().canEdit, false);
    assert.equal(read.json().canReview, true);
    assert.equal(
      (await api.put(`/api/gap/${id}`, cookies.reviewer, { version: 1, gap: completeGap() })).statusCode,
      403,
    );
    assert.equal((await api.post(`/api/gap/${id}/gbs`, cookies.reviewer, { version: 1 })).statusCode, 403);
    assert.equal((await api.post(`/api/gap/${id}/submit`, cookies.reviewer, { version: 1 })).statusCode, 403);
    const comment = await api.post(`/api/gap/${id}/comments`, cookies.reviewer, {
      target: '3',
      body: 'Data akses?',
    });
    assert.equal(comment.statusCode, 201);
    const resolve = await api.patch(`/api/gap/${id}/comments/${comment.json().id}`, cookies.reviewer, {
      resolved: true,
    });
    assert.equal(resolve.statusCode, 403);
    assert.equal(
      (await api.post(`/api/gap/${id}/comments`, cookies.reviewer, { target: '10', body: 'x' })).statusCode,
      400,
    );
  });

  test('only reviewers, admin daerah and superadmin decide; pokja and provinsi read', async () => {
    const id = dinkesGap.id;
    const gap = completeGap();
    let doc = (await api.put(`/api/gap/${id}`, cookies.operator, { version: dinkesGap.version, gap })).json();
    doc = (await api.post(`/api/gap/${id}/gbs`, cookies.operator, { version: doc.version })).json();
    // Deciding on a draft is refused even for a reviewer.
    const onDraft = await api.post(`/api/gap/${id}/decision`, cookies.reviewer, { decision: 'approve' });
    assert.equal(onDraft.statusCode, 422);
    const submit = await api.post(`/api/gap/${id}/submit`, cookies.operator, { version: doc.version });
    assert.equal(submit.statusCode, 200, submit.body);

    for (const who of ['pokja', 'provinsi', 'operator']) {
      const d = await api.post(`/api/gap/${id}/decision`, cookies[who], { decision: 'approve' });
      assert.equal(d.statusCode, 403, who);
    }
    for (const who of ['pokja', 'provinsi', 'superadmin']) {
      const r = await api.get(`/api/gap/${id}`, cookies[who]);
      assert.equal(r.statusCode, 200, who);
      assert.equal(r.json().canEdit, false, who);
      const list = await api.get(`/api/regions/72.71/gap?status=submitted`, cookies[who]);
      assert.ok(
        list.json().items.some((i: { id: string }) => i.id === id),
        who,
      );
    }
    const pokjaEdit = await api.put(`/api/gap/${id}`, cookies.pokja, { version: 1, gap });
    assert.equal(pokjaEdit.statusCode, 403);

    const admin = await api.post(`/api/gap/${id}/decision`, cookies.admin, { decision: 'approve' });
    assert.equal(admin.statusCode, 200, admin.body);
    // The admin may reopen an approved document, with a reason.
    const reopen = await api.post(`/api/gap/${id}/decision`, cookies.admin, {
      decision: 'revision',
      body: 'Pagu berubah setelah evaluasi APBD.',
    });
    assert.equal(reopen.statusCode, 200, reopen.body);
    assert.equal(reopen.json().status, 'revision');
  });

  test('another region cannot see Palu documents', async () => {
    const ok = await api.get(`/api/regions/72.71/gap`, cookies.superadmin);
    assert.equal(ok.statusCode, 200);
    // The provinsi user of Sulawesi Tengah reads Palu; a region outside it is refused.
    const other = await api.get(`/api/regions/31.71/gap`, cookies.provinsi);
    assert.equal(other.statusCode, 403);
  });

  test('submitting an incomplete worksheet lists the issues by step and item', async () => {
    const line = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0004',
      name: 'Pengelolaan Pelayanan Kesehatan Balita',
      budget: '1000.00',
    });
    const created = (await api.post(`/api/sub-activities/${line}/gap`, cookies.operator)).json();
    const gap = completeGap();
    gap.step7.actions[1].addresses = ['c1'];
    gap.step8.baselines[0].dataRefId = 'zz';
    const saved = (
      await api.put(`/api/gap/${created.id}`, cookies.operator, { version: created.version, gap })
    ).json();
    const res = await api.post(`/api/gap/${created.id}/submit`, cookies.operator, { version: saved.version });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'gap_incomplete');
    assert.match(res.json().error.message, /4 hal/);
    assert.deepEqual(res.json().error.fields, {
      'step7.factor_unaddressed.f2': 'Faktor kesenjangan belum dijawab rencana aksi.',
      'step7.cause_unaddressed.c2': 'Sebab kesenjangan belum dijawab rencana aksi.',
      'step8.baseline_ref_unknown.b1': 'Data dasar harus merujuk data pada langkah 2.',
      'gbs.gbs_missing': 'GBS belum disusun.',
    });
    const stillDraft = (await api.get(`/api/gap/${created.id}`, cookies.operator)).json();
    assert.equal(stillDraft.status, 'draft');
    assert.equal(stillDraft.submission, 0);
  });
});
