/**
 * Who lists which validation rules (GET /api/validation-rules): the national rules are public;
 * a region's own rules and its province's are listed for that region only to those who read it
 * (server/modules/indicators/visibility.ts), so nobody enumerates every region's rules.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('validation rules follow the catalog’s visibility', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const ruleIds: Record<string, number> = {};

  const rule = (messageId: string, ownerRegionCode?: string) => ({
    leftIndicator: 'KES_KEMATIAN_IBU',
    operator: '<=',
    rightIndicator: 'KES_KELAHIRAN_HIDUP',
    messageId,
    messageEn: messageId,
    ...(ownerRegionCode ? { ownerRegionCode } : {}),
  });

  before(async () => {
    t = await createTestApp();
    for (const who of ['superadmin', 'provinsi', 'admin', 'operator'])
      cookies[who] = await t.login(`demo.${who}`);
    const owners: [string, string, string | undefined][] = [
      ['national', 'superadmin', undefined],
      ['province', 'superadmin', '72'],
      ['palu', 'admin', undefined],
      ['donggala', 'superadmin', '72.03'],
      ['jakarta', 'superadmin', '31.71'],
    ];
    for (const [key, who, owner] of owners) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/validation-rules',
        headers: { cookie: cookies[who] },
        payload: rule(`Aturan ${key}`, owner),
      });
      assert.equal(res.statusCode, 201, res.body);
      ruleIds[key] = res.json().id;
    }
  });
  after(() => t.close());

  /** The test's own rules a caller gets for `query`, by key; or the refusal status. */
  async function listed(query: string, who?: string): Promise<string[] | number> {
    const res = await t.app.inject({
      url: `/api/validation-rules${query}`,
      headers: who ? { cookie: cookies[who] } : {},
    });
    if (res.statusCode !== 200) return res.statusCode;
    const ids = new Set(res.json().items.map((r: { id: number }) => r.id));
    return Object.keys(ruleIds).filter((k) => ids.has(ruleIds[k]));
  }

  test('the public sees the national rules only, and no region’s own', async () => {
    assert.deepEqual(await listed(''), ['national']);
    assert.deepEqual(await listed('?region=ID'), ['national']);
    for (const region of ['72.71', '72.03', '72', '31.71'])
      assert.equal(await listed(`?region=${region}`), 401, region);
  });

  test('a region’s users see the rules that apply there: national, province and own', async () => {
    assert.deepEqual(await listed('?region=72.71', 'operator'), ['national', 'province', 'palu']);
    assert.deepEqual(await listed('?region=72.71', 'admin'), ['national', 'province', 'palu']);
    // Without a region a signed-in caller also gets the national rules only.
    assert.deepEqual(await listed('', 'admin'), ['national']);
  });

  test('a neighbour’s rules are refused like the rest of its data; provinsi and superadmin read below', async () => {
    assert.equal(await listed('?region=72.03', 'admin'), 403);
    assert.equal(await listed('?region=31.71', 'operator'), 403);
    assert.deepEqual(await listed('?region=72.03', 'provinsi'), ['national', 'province', 'donggala']);
    assert.equal(await listed('?region=31.71', 'provinsi'), 403);
    assert.deepEqual(await listed('?region=31.71', 'superadmin'), ['national', 'jakarta']);
  });
});
