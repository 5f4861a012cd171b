/**
 * Which unfinished batches a starting server fails at once. On PostgreSQL other servers may be
 * working, so a fresh heartbeat normally protects a batch; but a batch owned by a process of
 * this host that is gone (or by this very process in an earlier life: a container restarted
 * as pid 1) is known dead and must not show "committing" until its heartbeat goes stale.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { importBatches } from '../../db/schema-data.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ImportJobs, PROCESS_BOOT } from './jobs.js';

const REGION = '72.71';

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('import jobs at start', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(() => t.close());

  const batch = async (name: string, owner: Record<string, unknown> | null) => {
    const [row] = await t.database.db
      .insert(importBatches)
      .values({
        regionCode: REGION,
        fileName: name,
        status: 'committing',
        // A heartbeat written a moment ago: only ownership can tell this job is dead.
        summary: sql`jsonb_build_object('heartbeatAt', now(), 'owner', ${JSON.stringify(owner)}::jsonb)`,
      })
      .returning();
    return row.id;
  };
  const statusOf = async (id: number) => {
    const [row] = await t.database.db
      .select({ status: importBatches.status, errors: importBatches.errors })
      .from(importBatches)
      .where(eq(importBatches.id, id));
    return row;
  };

  test('claims its own dead jobs at once and leaves live servers alone', async () => {
    const host = os.hostname();
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const goneProcess = await batch('gone.csv', { host, pid: await deadPid(), boot: 'earlier' });
      const myEarlierLife = await batch('restarted.csv', { host, pid: process.pid, boot: 'earlier' });
      const liveSibling = await batch('sibling.csv', { host, pid: live.pid, boot: 'other' });
      const otherHost = await batch('elsewhere.csv', { host: `not-${host}`, pid: 1, boot: 'x' });
      const unowned = await batch('unowned.csv', null);

      const jobs = new ImportJobs({ database: t.database, config: t.config, log: t.app.log, files: t.files });
      await jobs.start();
      await jobs.close();

      for (const id of [goneProcess, myEarlierLife]) {
        const row = await statusOf(id);
        assert.equal(row.status, 'failed');
        assert.equal((row.errors as { code: string }[])[0].code, 'import_interrupted');
      }
      // PGlite: one process per database, so every unfinished batch is dead at start.
      const expectAlive = t.database.kind === 'postgres' ? 'committing' : 'failed';
      for (const id of [liveSibling, otherHost, unowned])
        assert.equal((await statusOf(id)).status, expectAlive);
    } finally {
      live.kill();
    }
  });

  test('a queued job records which process owns it', async () => {
    const id = await batch('mine.csv', null);
    const jobs = new ImportJobs({ database: t.database, config: t.config, log: t.app.log, files: t.files });
    let release!: () => void;
    const running = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const isRunning = new Promise<void>((r) => (started = r));
    jobs.enqueue(id, async () => {
      started();
      await running;
    });
    await isRunning;
    const [row] = await t.database.db
      .select({ summary: importBatches.summary })
      .from(importBatches)
      .where(eq(importBatches.id, id));
    release();
    await jobs.close();
    assert.deepEqual((row.summary as { owner?: unknown }).owner, {
      host: os.hostname(),
      pid: process.pid,
      boot: PROCESS_BOOT,
    });
  });
});
