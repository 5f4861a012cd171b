/** The demo follow-ups of Kota Palu's Rakor Pokja PUG: one for Dinkes, one done with a note, one overdue; removed with the demo. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { followUps } from '../schema-follow-ups.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('the demo Rakor has its follow-ups, marked demo, shown on the board', async () => {
  const admin = await t.login('demo.admin');
  const res = await t.app.inject({
    url: '/api/regions/72.71/follow-ups?pageSize=50',
    headers: { cookie: admin },
  });
  assert.equal(res.statusCode, 200, res.body);
  const items = res.json().items as {
    owner: { name: string };
    status: string;
    urgency: string;
    completionNote: string | null;
    isDemo: boolean;
    meeting: { kind: string; title: string };
  }[];
  const demo = items.filter((i) => i.isDemo);
  assert.equal(demo.length, 3);
  assert.ok(demo.every((i) => i.meeting.kind === 'rakor' && /Pokja PUG/.test(i.meeting.title)));
  assert.ok(demo.some((i) => i.owner.name === 'Dinas Kesehatan' && i.urgency === 'overdue'));
  assert.ok(demo.some((i) => i.status === 'done' && i.completionNote));
  // The Dinkes operator finds theirs under "mine".
  const operator = await t.login('demo.operator');
  const mine = await t.app.inject({
    url: '/api/regions/72.71/follow-ups?mine=true',
    headers: { cookie: operator },
  });
  assert.equal(mine.json().total, 1);
});

test('seeding again adds nothing; removing the demo removes them', async () => {
  await seedDemo(t.database.db);
  assert.equal((await t.database.db.select().from(followUps).where(eq(followUps.isDemo, true))).length, 3);
  await removeDemo(t.database.db);
  assert.equal((await t.database.db.select().from(followUps)).length, 0);
});
