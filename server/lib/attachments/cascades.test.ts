/**
 * Files whose rows go with their parent: an event moved to fewer days loses the scans of the
 * days it no longer has, and a deleted event (removing the demo deletes events) its materials,
 * its scans and its follow-ups' evidence. Their stored files must leave the store once that
 * deletion committed — and stay when it rolled back. Through the app, PGlite, and PostgreSQL
 * with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { meetingMaterials, meetings } from '../../db/schema-meetings.js';
import { removeDemo } from '../../db/seed/demo.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { client, opdIdOf } from '../../modules/follow-ups/test-helpers.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { REMOVE_FILES_JOB } from './index.js';

describe('attachments of deleted parents', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin = '';
  let meetingId = '';
  let version = 0;
  let followUpId = '';
  const base = {
    kind: 'rakor',
    title: 'Rakor Pokja PUG (uji lampiran)',
    startsOn: '2024-12-04',
    endsOn: '2024-12-05',
    venue: 'Aula Bappeda',
  };

  const storedUnder = async (prefix: string) => {
    const keys: string[] = [];
    for await (const f of t.files.list(prefix)) keys.push(f.key);
    return keys;
  };
  const materials = () => storedUnder(`meetings/72.71/${meetingId}/`);
  const scans = () => storedUnder(`attendance/72.71/${meetingId}/`);
  const evidence = () => storedUnder(`follow-ups/72.71/${followUpId}/`);
  const queuedRemovals = () =>
    countOf(t, sql`select count(*) from jobs where kind = ${REMOVE_FILES_JOB} and status = 'queued'`);
  const uploadScan = async (day: string) => {
    const res = await api.upload(
      `/api/meetings/${meetingId}/attendance/scans`,
      admin,
      multipart('daftar-hadir.png', TINY_PNG, { day }),
    );
    assert.equal(res.statusCode, 201, res.body);
  };

  before(async () => {
    // The queue runs by hand here, so each test sees what a deletion queued before it runs.
    t = await createTestApp({ env: { JOBS_POLL_MS: '3600000' } });
    api = client(t);
    admin = await t.login('demo.admin');
    const created = await api.post('/api/regions/72.71/meetings', admin, base);
    assert.equal(created.statusCode, 200, created.body);
    ({ id: meetingId, version } = created.json());
    const material = await api.upload(
      `/api/meetings/${meetingId}/materials`,
      admin,
      multipart('paparan.png', TINY_PNG),
    );
    assert.equal(material.statusCode, 201, material.body);
    await uploadScan('2024-12-04');
    await uploadScan('2024-12-05');
    const fu = await api.post(`/api/meetings/${meetingId}/follow-ups`, admin, {
      text: 'Dinkes melengkapi data terpilah',
      owner: { opdId: await opdIdOf(t, 'Dinkes') },
      dueDate: '2025-01-31',
    });
    assert.equal(fu.statusCode, 201, fu.body);
    followUpId = fu.json().id;
    const proof = await api.upload(
      `/api/follow-ups/${followUpId}/evidence`,
      admin,
      multipart('bukti.png', TINY_PNG),
    );
    assert.equal(proof.statusCode, 201, proof.body);
    await t.app.jobs.runDue();
    assert.equal((await materials()).length, 1);
    assert.equal((await scans()).length, 2);
    assert.equal((await evidence()).length, 1);
  });
  after(async () => t?.close());

  test('an event moved to one day: the scans of the day it lost leave the store after the commit', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/meetings/${meetingId}`,
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: { ...base, endsOn: '2024-12-04', version },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await queuedRemovals(), 1, 'the removal is queued with the change');
    await t.app.jobs.runDue();
    assert.equal((await scans()).length, 1, "the lost day's scan is gone, the other stays");
    assert.equal((await materials()).length, 1);
  });

  test('a deleted event takes its materials, scans and follow-up evidence out of the store once committed', async () => {
    const { db } = t.database;
    await assert.rejects(
      db.transaction(async (tx) => {
        // As removeDemoMeetings does: materials first (their key does not cascade), then the event.
        await tx.delete(meetingMaterials).where(eq(meetingMaterials.meetingId, meetingId));
        await tx.delete(meetings).where(eq(meetings.id, meetingId));
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.equal(await queuedRemovals(), 0, 'a rolled-back deletion queues nothing');
    await t.app.jobs.runDue();
    assert.equal((await materials()).length, 1);
    assert.equal((await scans()).length, 1);
    assert.equal((await evidence()).length, 1);

    // Removing the demo is the code path that deletes events (removeDemoMeetings).
    await db.update(meetings).set({ isDemo: true }).where(eq(meetings.id, meetingId));
    await removeDemo(db);
    assert.equal(await countOf(t, sql`select count(*) from meetings where id = ${meetingId}`), 0);
    assert.ok((await queuedRemovals()) >= 1);
    await t.app.jobs.runDue();
    assert.deepEqual(await materials(), []);
    assert.deepEqual(await scans(), []);
    assert.deepEqual(await evidence(), []);
  });
});
