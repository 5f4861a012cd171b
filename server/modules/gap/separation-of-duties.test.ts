/**
 * Separation of duties on GAP approval (domain/separation-of-duties.ts): whoever last submitted
 * a document cannot approve it, unless the region waived the rule (its admin daerah or
 * superadmin, audited); every approval that used the waiver is audited as such.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from './test-helpers.js';

describe('separation of duties: the submitter does not approve', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  const cookies: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  let seq = 10;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    for (const who of ['admin', 'operator', 'reviewer', 'pokja', 'superadmin']) {
      cookies[who] = await t.login(`demo.${who}`);
      userIds[who] = (await api.get('/api/auth/me', cookies[who])).json().user.id;
    }
  });
  after(() => t.close());

  /** A complete GAP of `opd`'s new line, submitted by `who`; returns its id. */
  async function submittedBy(who: string, opd = who === 'operator' ? 'Dinkes' : 'DP3A'): Promise<string> {
    const line = await addLine(t, opd, {
      code: `1.02.02.2.02.00${seq++}`,
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      budget: '1000000.00',
    });
    const created = await api.post(`/api/sub-activities/${line}/gap`, cookies[who]);
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json();
    let doc = (await api.put(`/api/gap/${id}`, cookies[who], { version: 1, gap: completeGap() })).json();
    doc = (await api.post(`/api/gap/${id}/gbs`, cookies[who], { version: doc.version })).json();
    const submit = await api.post(`/api/gap/${id}/submit`, cookies[who], { version: doc.version });
    assert.equal(submit.statusCode, 200, submit.body);
    return id;
  }

  const approve = (id: string, who: string) =>
    api.post(`/api/gap/${id}/decision`, cookies[who], { decision: 'approve', body: '' });
  const setWaiver = (who: string, selfApprovalAllowed: boolean, region = '72.71') =>
    api.put(`/api/regions/${region}/settings`, cookies[who], { selfApprovalAllowed });
  const auditOf = async (query: string) =>
    (await api.get(`/api/audit?region=72.71&${query}`, cookies.admin)).json().items as {
      action: string;
      entity: string;
      entityId: string;
      actorUsername: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];

  test('an admin daerah who edited and submitted a GAP cannot approve it; the view says why', async () => {
    const id = await submittedBy('admin');
    const view = (await api.get(`/api/gap/${id}`, cookies.admin)).json();
    assert.equal(view.canReview, true);
    assert.equal(view.lastSubmittedBy.id, userIds.admin);
    assert.equal(view.selfApprovalAllowed, false);
    const own = await approve(id, 'admin');
    assert.equal(own.statusCode, 403, own.body);
    assert.match(own.json().error.message, /mengajukan/);
    assert.equal((await api.get(`/api/gap/${id}`, cookies.admin)).json().status, 'submitted');
    // Someone else decides: the reviewer approves.
    const other = await approve(id, 'reviewer');
    assert.equal(other.statusCode, 200, other.body);
    assert.equal(other.json().status, 'approved');
  });

  test('asking for revision of one’s own submission stays possible (it grants nothing)', async () => {
    const id = await submittedBy('admin');
    const back = await api.post(`/api/gap/${id}/decision`, cookies.admin, {
      decision: 'revision',
      body: 'Saya tarik kembali untuk diperbaiki.',
    });
    assert.equal(back.statusCode, 200, back.body);
  });

  test('what counts is the last submission: resubmitted by the operator, the admin may approve', async () => {
    const id = await submittedBy('admin', 'Dinkes');
    const back = await api.post(`/api/gap/${id}/decision`, cookies.reviewer, {
      decision: 'revision',
      body: 'Lengkapi langkah 2.',
    });
    assert.equal(back.statusCode, 200, back.body);
    const resubmit = await api.post(`/api/gap/${id}/submit`, cookies.operator, {
      version: back.json().version,
    });
    assert.equal(resubmit.statusCode, 200, resubmit.body);
    assert.equal(resubmit.json().lastSubmittedBy.id, userIds.operator);
    const ok = await approve(id, 'admin');
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await auditOf(`action=self_approval`)).filter((e) => e.entityId === id).length, 0);
  });

  test('the waiver: only superadmin or the region’s admin daerah set it, audited; readers see it', async () => {
    for (const who of ['reviewer', 'operator', 'pokja']) {
      assert.equal((await setWaiver(who, true)).statusCode, 403, who);
    }
    assert.equal((await setWaiver('admin', true, '72.03')).statusCode, 403);
    const anonymous = await t.app.inject({ url: '/api/regions/72.71/settings' });
    assert.equal(anonymous.statusCode, 401);
    const read = await api.get('/api/regions/72.71/settings', cookies.pokja);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().selfApprovalAllowed, false);
    assert.equal((await api.get('/api/regions/72.03/settings', cookies.pokja)).statusCode, 403);

    const on = await setWaiver('admin', true);
    assert.equal(on.statusCode, 200, on.body);
    assert.equal(on.json().selfApprovalAllowed, true);
    assert.equal(
      on.json().updatedBy.name,
      (await api.get('/api/auth/me', cookies.admin)).json().user.fullName,
    );
    const [entry] = await auditOf('entity=region_settings');
    assert.equal(entry.action, 'update');
    assert.equal(entry.actorUsername, 'demo.admin');
    assert.deepEqual([entry.before?.selfApprovalAllowed, entry.after?.selfApprovalAllowed], [false, true]);
    assert.equal((await setWaiver('superadmin', false, '72.03')).statusCode, 200);
  });

  test('with the waiver on, the submitter approves and the approval is audited as using it', async () => {
    assert.equal((await setWaiver('admin', true)).statusCode, 200);
    const id = await submittedBy('admin');
    const view = (await api.get(`/api/gap/${id}`, cookies.admin)).json();
    assert.equal(view.selfApprovalAllowed, true);
    const own = await approve(id, 'admin');
    assert.equal(own.statusCode, 200, own.body);
    const waived = (await auditOf('action=self_approval')).filter((e) => e.entityId === id);
    assert.equal(waived.length, 1);
    assert.equal(waived[0].entity, 'gap_document');
    assert.equal(waived[0].actorUsername, 'demo.admin');
    assert.equal(waived[0].after?.waiver, 'region_settings.self_approval_allowed');

    // Switched back off, the rule holds again.
    assert.equal((await setWaiver('admin', false)).statusCode, 200);
    const next = await submittedBy('admin');
    assert.equal((await approve(next, 'admin')).statusCode, 403);
  });
});
