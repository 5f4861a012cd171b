import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { attendanceCounts } from '../../modules/attendance/counts.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { meetingAttendance, meetingInvitees, meetings } from '../schema-meetings.js';
import { seedDemoAttendance } from './demo-attendance.js';
import { DEMO_BIMTEK_TITLE, DEMO_RAKOR_TITLE } from './demo-meetings.js';

describe('demo attendance', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const eventId = async (title: string) => {
    const [m] = await t.database.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.title, title));
    return m.id;
  };

  test('the Bimtek and the Rakor have women and men present, all marked demo, invitees linked', async () => {
    for (const title of [DEMO_BIMTEK_TITLE, DEMO_RAKOR_TITLE]) {
      const id = await eventId(title);
      const counts = await attendanceCounts(t.database.db, '72.71', id);
      assert.ok(counts.total.P > 0 && counts.total.L > 0, `${title}: ${JSON.stringify(counts.total)}`);
      const rows = await t.database.db
        .select()
        .from(meetingAttendance)
        .where(eq(meetingAttendance.meetingId, id));
      assert.ok(rows.every((r) => r.isDemo));
      const invited = await t.database.db
        .select()
        .from(meetingInvitees)
        .where(eq(meetingInvitees.meetingId, id));
      // The invitees come from the kelembagaan demo (the registry's people), when it is there.
      if (invited.length > 0) assert.ok(rows.some((r) => r.source === 'organiser' && r.personId));
      assert.ok(rows.some((r) => r.source === 'sign_in'));
    }
    const bimtek = await attendanceCounts(t.database.db, '72.71', await eventId(DEMO_BIMTEK_TITLE));
    assert.ok(bimtek.total.total >= 16);
    assert.ok(bimtek.total.P > bimtek.total.L, 'more women than men, as at the real Bimtek');
  });

  test('seeding again adds nothing', async () => {
    const id = await eventId(DEMO_BIMTEK_TITLE);
    const count = async () =>
      (
        await t.database.db
          .select()
          .from(meetingAttendance)
          .where(and(eq(meetingAttendance.meetingId, id), eq(meetingAttendance.isDemo, true)))
      ).length;
    const before = await count();
    await seedDemoAttendance(t.database.db);
    assert.equal(await count(), before);
  });
});
