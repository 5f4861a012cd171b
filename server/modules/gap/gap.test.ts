import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from './test-helpers.js';

describe('gap workflow', () => {
  let t: TestApp;
  let operator: string;
  let reviewer: string;
  let api: ReturnType<typeof client>;
  let lineId: string;
  before(async () => {
    t = await createTestApp();
    api = client(t);
    operator = await t.login('demo.operator');
    reviewer = await t.login('demo.reviewer');
    lineId = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      budget: '486750000.00',
    });
  });
  after(() => t.close());

  test('operator starts, fills, drafts, submits; reviewer asks revision on step 7; resubmit; compare; approve', async () => {
    // Start: step 1 prefilled, one document per sub-kegiatan.
    const created = await api.post(`/api/sub-activities/${lineId}/gap`, operator);
    assert.equal(created.statusCode, 201, created.body);
    const doc = created.json();
    assert.equal(doc.status, 'draft');
    assert.equal(doc.version, 1);
    assert.match(
      doc.gap.step1.policy,
      /Sub Kegiatan: Pengelolaan Pelayanan Kesehatan Ibu Hamil \(1\.02\.02\.2\.02\.0001\)/,
    );
    assert.match(
      doc.gap.step1.objective,
      /^Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar/,
    );
    assert.equal(doc.canEdit, true);
    assert.equal(doc.canReview, false);
    const again = await api.post(`/api/sub-activities/${lineId}/gap`, operator);
    assert.equal(again.statusCode, 409);
    assert.ok(again.json().error.fields.subActivityId);
    const id = doc.id;

    // Fill all nine steps; step 2's value is read live from the demo data.
    const gap = completeGap('KES_PERSALINAN_NAKES_PERSEN', 2023);
    gap.step2.data.push({ id: 'd2', indicatorCode: 'KES_AKI', year: 2030, note: 'Belum ada data.' });
    const saved = await api.put(`/api/gap/${id}`, operator, { version: 1, gap });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().version, 2);
    const [persalinan, missing] = saved.json().dataValues;
    assert.equal(persalinan.indicatorName, 'Persentase persalinan ditolong tenaga kesehatan');
    assert.equal(typeof persalinan.female, 'number');
    assert.equal(persalinan.missing, false);
    assert.ok(persalinan.status);
    assert.equal(missing.missing, true);
    assert.equal(missing.female, null);
    assert.deepEqual(
      saved.json().completeness.issues.map((i: { code: string }) => i.code),
      ['gbs_missing'],
    );

    // Submitting without a GBS is refused, with the issue named.
    const early = await api.post(`/api/gap/${id}/submit`, operator, { version: 2 });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.code, 'gap_incomplete');
    assert.deepEqual(Object.keys(early.json().error.fields), ['gbs.gbs_missing']);

    const gbs = await api.post(`/api/gap/${id}/gbs`, operator, { version: 2 });
    assert.equal(gbs.statusCode, 200, gbs.body);
    assert.equal(gbs.json().gbsTotal, '486750000.00');
    assert.deepEqual(
      gbs.json().gbs.components.map((c: { budget: string }) => c.budget),
      ['243375000.00', '243375000.00'],
    );
    assert.match(
      gbs.json().gbs.situationAnalysis,
      /Persentase persalinan ditolong tenaga kesehatan \(2023\): perempuan \d/,
    );
    const tor = await api.post(`/api/gap/${id}/tor`, operator, { version: 3 });
    assert.equal(tor.statusCode, 200, tor.body);
    assert.equal(tor.json().tor.implementer, 'Dinas Kesehatan');
    assert.equal(tor.json().completeness.ready, true);

    const submitted = await api.post(`/api/gap/${id}/submit`, operator, { version: 4 });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(submitted.json().status, 'submitted');
    assert.equal(submitted.json().submission, 1);
    assert.equal(submitted.json().canEdit, false);
    const locked = await api.put(`/api/gap/${id}`, operator, { version: submitted.json().version, gap });
    assert.equal(locked.statusCode, 422);

    // The reviewer sees it in the queue, comments on step 7 and asks for revision there.
    const comment = await api.post(`/api/gap/${id}/comments`, reviewer, {
      target: '7',
      body: 'Rencana aksi belum menjangkau suami yang bekerja di luar kota.',
    });
    assert.equal(comment.statusCode, 201, comment.body);
    const queue = await api.get('/api/regions/72.71/gap?status=submitted&year=2027', reviewer);
    assert.equal(queue.statusCode, 200);
    const item = queue.json().items.find((i: { id: string }) => i.id === id);
    assert.equal(item.openComments, 1);
    assert.equal(item.subActivity.budget, '486750000.00');
    assert.equal(item.opd.shortName, 'Dinkes');
    assert.ok(item.submittedAt);

    const noReason = await api.post(`/api/gap/${id}/decision`, reviewer, { decision: 'revision' });
    assert.equal(noReason.statusCode, 422);
    const revision = await api.post(`/api/gap/${id}/decision`, reviewer, {
      decision: 'revision',
      target: '7',
      body: 'Tambahkan aksi untuk suami yang bekerja.',
    });
    assert.equal(revision.statusCode, 200, revision.body);
    assert.equal(revision.json().status, 'revision');

    // The operator edits step 7, resolves the comment, redrafts the GBS and resubmits.
    let current = (await api.get(`/api/gap/${id}`, operator)).json();
    assert.equal(current.canEdit, true);
    const revised = structuredClone(current.gap);
    revised.step7.actions[1].text = 'Kelas ibu hamil Sabtu pagi dan Minggu sore bersama pasangan';
    revised.step7.actions.push({
      id: 'a3',
      text: 'Pesan singkat undangan kelas untuk suami',
      output: '',
      addresses: ['f2'],
    });
    const edit = await api.put(`/api/gap/${id}`, operator, { version: current.version, gap: revised });
    assert.equal(edit.statusCode, 200, edit.body);
    const resolve = await api.patch(`/api/gap/${id}/comments/${comment.json().id}`, operator, {
      resolved: true,
    });
    assert.equal(resolve.statusCode, 200, resolve.body);
    assert.equal(resolve.json().resolved, true);
    const regbs = await api.post(`/api/gap/${id}/gbs`, operator, { version: edit.json().version });
    assert.equal(regbs.json().gbs.components.length, 3);
    assert.equal(regbs.json().gbsTotal, '486750000.00');
    const resubmit = await api.post(`/api/gap/${id}/submit`, operator, { version: regbs.json().version });
    assert.equal(resubmit.statusCode, 200, resubmit.body);
    assert.equal(resubmit.json().submission, 2);

    // Compare shows the step 7 change; versions show the first was sent back.
    const diff = await api.get(`/api/gap/${id}/compare?from=1&to=2`, reviewer);
    assert.equal(diff.statusCode, 200, diff.body);
    const step7 = diff.json().sections.find((s: { target: number }) => s.target === 7);
    assert.deepEqual(
      step7.changes.map((c: { kind: string; id: string; position: number }) => [c.kind, c.id, c.position]),
      [
        ['item_changed', 'a2', 2],
        ['added', 'a3', 3],
      ],
    );
    assert.equal(diff.json().sections.find((s: { target: number }) => s.target === 3).changes.length, 0);
    const vsCurrent = await api.get(`/api/gap/${id}/compare?from=2`, reviewer);
    assert.equal(vsCurrent.json().count, 0);
    const unknownVersion = await api.get(`/api/gap/${id}/compare?from=9`, reviewer);
    assert.equal(unknownVersion.statusCode, 422);
    const versions = await api.get(`/api/gap/${id}/versions`, reviewer);
    assert.deepEqual(
      versions
        .json()
        .map((v: { submission: number; decision: string | null; submittedByName: string }) => [
          v.submission,
          v.decision,
          v.submittedByName,
        ]),
      [
        [1, 'revision', 'Demo Focal Point Dinas Kesehatan'],
        [2, null, 'Demo Focal Point Dinas Kesehatan'],
      ],
    );

    const approve = await api.post(`/api/gap/${id}/decision`, reviewer, {
      decision: 'approve',
      body: 'Sudah sesuai.',
    });
    assert.equal(approve.statusCode, 200, approve.body);
    assert.equal(approve.json().status, 'approved');
    assert.ok(approve.json().decidedAt);
    const twice = await api.post(`/api/gap/${id}/decision`, reviewer, { decision: 'approve' });
    assert.equal(twice.statusCode, 422);
    // Approved is final for the reviewer; the region's admin may reopen it with a reason.
    const reviewerReopen = await api.post(`/api/gap/${id}/decision`, reviewer, {
      decision: 'revision',
      body: 'x',
    });
    assert.equal(reviewerReopen.statusCode, 403);
    current = (await api.get(`/api/gap/${id}`, operator)).json();
    assert.deepEqual(
      current.events.map((e: { kind: string; submission: number }) => `${e.kind}#${e.submission}`),
      ['submit#1', 'comment#1', 'revision#1', 'submit#2', 'approve#2'],
    );
    const audited = await countOf(
      t,
      sql`select count(*) from audit_log where entity in ('gap_document', 'gap_comment') and (entity_id = ${id} or entity_id = ${comment.json().id})`,
    );
    // create, save, gbs, tor, submit, comment, revision, save, resolve, gbs, submit, approve
    assert.equal(audited, 12);
  });

  test('two saves of the same version: the second gets 409 naming who saved first', async () => {
    const admin = await t.login('demo.admin');
    const line = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0002',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin',
      budget: '1000.00',
    });
    const { id, version, gap } = (await api.post(`/api/sub-activities/${line}/gap`, operator)).json();
    const first = await api.put(`/api/gap/${id}`, admin, {
      version,
      gap: { ...gap, step6: { objective: 'A' } },
    });
    assert.equal(first.statusCode, 200);
    const second = await api.put(`/api/gap/${id}`, operator, {
      version,
      gap: { ...gap, step6: { objective: 'B' } },
    });
    assert.equal(second.statusCode, 409);
    const error = second.json().error;
    assert.equal(error.code, 'version_conflict');
    assert.match(error.message, /disimpan oleh Demo Admin DP3A Kota Palu pada \d+ \w+ \d{4}/);
    assert.equal(error.current.version, version + 1);
    assert.equal(error.current.savedBy, 'Demo Admin DP3A Kota Palu');
    const stored = (await api.get(`/api/gap/${id}`, operator)).json();
    assert.equal(stored.gap.step6.objective, 'A');
    // The GBS draft and submission check versions too.
    const staleDraft = await api.post(`/api/gap/${id}/gbs`, operator, { version });
    assert.equal(staleDraft.statusCode, 409);
  });

  test('content is validated strictly: unknown fields, bad money, bad months, duplicate ids', async () => {
    const line = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0003',
      name: 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir',
      budget: '5000.00',
    });
    const { id, version, gap } = (await api.post(`/api/sub-activities/${line}/gap`, operator)).json();
    const put = (body: unknown) => api.put(`/api/gap/${id}`, operator, body);
    assert.equal((await put({ version, gap: { ...gap, extra: 1 } })).statusCode, 400);
    const gbs = {
      outputIndicator: '',
      outputTarget: '',
      situationAnalysis: '',
      outcome: '',
      components: [{ id: 'k1', actionId: null, name: 'x', budget: '1.234' }],
    };
    const badMoney = await put({ version, gbs });
    assert.equal(badMoney.statusCode, 400);
    assert.match(JSON.stringify(badMoney.json().error.fields), /rupiah/i);
    const dup = completeGap();
    dup.step3.factors[1].id = 'f1';
    assert.equal((await put({ version, gap: dup })).statusCode, 400);
    const aspect = completeGap() as unknown as { step3: { factors: { aspect: string }[] } };
    aspect.step3.factors[0].aspect = 'kuasa';
    assert.equal((await put({ version, gap: aspect })).statusCode, 400);
    const tor = {
      legalBasis: '',
      background: '',
      objective: '',
      method: '',
      location: '',
      implementer: '',
      beneficiaries: { women: '', men: '', description: '' },
      schedule: [{ id: 's1', activity: 'x', months: [13] }],
    };
    assert.equal((await put({ version, tor })).statusCode, 400);
    assert.equal(
      (await put({ version, gbs: { ...gbs, components: [{ ...gbs.components[0], budget: '1250000.5' }] } }))
        .statusCode,
      200,
    );
  });
});
