import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';
import { DEMO_POKJA_SK } from './demo-kelembagaan.js';

describe('demo kelembagaan (Kota Palu)', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  test('the Pokja SK names the head of Bapperida as ketua and of DP3A as sekretaris, with the 2021 SK in its history', async () => {
    const pokja = (
      await t.app.inject({ url: '/api/regions/72.71/kelembagaan/pokja', headers: { cookie: admin } })
    ).json();
    assert.equal(pokja.current.skNumber, DEMO_POKJA_SK);
    assert.equal(pokja.current.isDemo, true);
    const ketua = pokja.current.members.find((m: { role: string }) => m.role === 'ketua');
    const sekretaris = pokja.current.members.find((m: { role: string }) => m.role === 'sekretaris');
    assert.match(ketua.position, /Bapperida/);
    assert.match(sekretaris.position, /DP3A/);
    assert.ok(pokja.current.members.filter((m: { role: string }) => m.role === 'anggota').length >= 4);
    assert.equal(pokja.history.length, 1);
  });

  test('figures of 2025 come from the demo focal points, officials and staff counts', async () => {
    const f = (
      await t.app.inject({
        url: '/api/regions/72.71/kelembagaan/figures?year=2025',
        headers: { cookie: admin },
      })
    ).json();
    assert.equal(f.focalPoints.opdsWithSk, 5);
    assert.equal(f.training.focalPoints, 6);
    assert.equal(f.training.trainedAny, 5);
    assert.equal(f.officials.find((o: { echelon: string }) => o.echelon === 'jpt_pratama').womenShare, 22.9);
    assert.deepEqual(f.staffTraining, { staff: 4210, trained: 312, share: 7.4 });
    assert.ok(f.partners >= 2);
  });

  test('seeding again adds nothing; removing the demo removes it', async () => {
    const db = t.database.db;
    await seedDemo(db);
    const pokja = (
      await t.app.inject({ url: '/api/regions/72.71/kelembagaan/pokja', headers: { cookie: admin } })
    ).json();
    assert.equal(pokja.history.length, 1);
    await removeDemo(db);
    const sa = await t.login('demo.superadmin').catch(() => null);
    assert.equal(sa, null);
  });
});
