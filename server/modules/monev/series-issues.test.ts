/**
 * A later report whose totals fall below an earlier quarter's after DP3A reopened and raised
 * the earlier one: the later report names each such field and the earlier total
 * (domain/monev/cumulative.ts seriesIssues), and says nothing while the series goes up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addResponsiveLine, client, emptyQuarter, YEAR } from './test-helpers.js';

describe('monev: an earlier quarter corrected above a later one', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let operator: string;
  let reviewer: string;
  let admin: string;
  let lineId: string;
  const url = (q: number) => `/api/sub-activities/${lineId}/monev/${YEAR}-Q${q}`;

  /** Saves, submits and verifies a quarter; answers the verified report. */
  async function verified(q: number, P: number) {
    const saved = await api.put(url(q), operator, emptyQuarter({ beneficiaries: { P, L: 0 } }));
    assert.equal(saved.statusCode, 200, saved.body);
    const { id, version } = saved.json();
    const sent = await api.post(`/api/monev/${id}/submit`, operator, { version });
    assert.equal(sent.statusCode, 200, sent.body);
    const done = await api.post(`/api/monev/${id}/decision`, reviewer, {
      version: sent.json().version,
      decision: 'verify',
    });
    assert.equal(done.statusCode, 200, done.body);
    return done.json();
  }

  before(async () => {
    t = await createTestApp();
    api = client(t);
    operator = await t.login('demo.operator');
    reviewer = await t.login('demo.reviewer');
    admin = await t.login('demo.admin');
    lineId = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0093' });
  });
  after(() => t.close());

  test('Q2 shows no issue while it is above Q1, and names the field once Q1 is raised above it', async () => {
    const q1 = await verified(1, 10);
    const q2 = await verified(2, 5);
    assert.equal(q2.beneficiaries.P.cumulative, 15);
    assert.deepEqual(q2.seriesIssues, []);

    const reopened = await api.post(`/api/monev/${q1.id}/reopen`, admin, {
      reason: 'Data dinas terlambat masuk.',
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    const corrected = await api.put(
      url(1),
      admin,
      emptyQuarter({ version: reopened.json().version, beneficiaries: { P: 20, L: 0 } }),
    );
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.deepEqual(corrected.json().seriesIssues, [], 'the corrected quarter itself is fine');

    const later = await api.get(url(2), operator);
    assert.equal(later.statusCode, 200, later.body);
    assert.deepEqual(later.json().seriesIssues, [
      { field: 'beneficiaries.P', code: 'monev_below_previous_cumulative', previous: 20 },
    ]);
    // Q3 not started: nothing to say.
    assert.deepEqual((await api.get(url(3), operator)).json().seriesIssues, []);
  });
});
