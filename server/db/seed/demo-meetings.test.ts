/**
 * The demo events of Kota Palu: the Bimtek of 4 Dec 2024 (seed 000) and the Rakor Pokja PUG
 * from the built-in template with minutes, marked demo; seeding twice adds nothing; removing
 * the demo removes them.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { meetingMinutes, meetings } from '../schema-meetings.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import {
  DEMO_BIMTEK_TITLE,
  DEMO_RAKOR_TITLE,
  removeDemoMeetings,
  seedDemoMeetings,
} from './demo-meetings.js';
import { removeDemoAgreements } from './demo-agreements.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t?.close());

test('the demo holds the Bimtek of 4 Dec 2024 and a Rakor with minutes, once', async () => {
  await seedDemoMeetings(t.database.db);
  const rows = await t.database.db.select().from(meetings).where(eq(meetings.isDemo, true));
  const bimtek = rows.find((r) => r.title === DEMO_BIMTEK_TITLE);
  const rakor = rows.find((r) => r.title === DEMO_RAKOR_TITLE);
  assert.ok(bimtek && rakor);
  // Other modules' demos may hold events of their own (the MoU's advocacy event): these two, once.
  const ours = rows.filter((r) => r.title === DEMO_BIMTEK_TITLE || r.title === DEMO_RAKOR_TITLE);
  assert.equal(ours.length, 2);
  assert.equal(bimtek.startsOn, '2024-12-04');
  assert.equal(bimtek.venue, 'Ballroom Hotel Best Western Coco Palu');
  assert.equal(rakor.intendedOutcomes.length, 6);
  const [minutes] = await t.database.db
    .select()
    .from(meetingMinutes)
    .where(eq(meetingMinutes.meetingId, rakor.id));
  assert.ok(minutes.isDemo);
  // The agreements demo's MoU refers to its event: removed first, as removeDemo does.
  await removeDemoAgreements(t.database.db);
  await removeDemoMeetings(t.database.db);
  assert.equal((await t.database.db.select().from(meetings).where(eq(meetings.isDemo, true))).length, 0);
});
