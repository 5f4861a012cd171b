/**
 * The shared job queue on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * retries with a growing wait, giving up, a job that outlives its server, several workers
 * claiming the same queue, and enqueueing inside the transaction of the change.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { jobs } from '../../db/schema-notifications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { backoffMs } from './backoff.js';
import { enqueueJob, JobRunner, PermanentJobError } from './index.js';

const FAST = { pollMs: 3_600_000, backoff: { baseMs: 20, maxMs: 80 } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the wait doubles after each failure up to its cap', () => {
  const b = { baseMs: 30_000, maxMs: 3_600_000 };
  assert.deepEqual(
    [1, 2, 3, 4, 8, 100].map((n) => backoffMs(n, b)),
    [30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000],
  );
});

describe('job queue', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(() => t.close());

  const row = async (id: number) => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0];
  const runner = (options = {}) => new JobRunner(t.database, t.app.log, { ...FAST, ...options });

  test('a failing job is retried after its backoff and then succeeds', async () => {
    const r = runner({ backoff: { baseMs: 500, maxMs: 1000 } });
    const seen: number[] = [];
    r.register('test.flaky', async (_payload, { job }) => {
      seen.push(job.attempts);
      if (job.attempts < 3) throw new Error(`flaky ${job.attempts}`);
    });
    const id = (await enqueueJob(t.database.db, { kind: 'test.flaky', payload: { n: 1 } }))!;
    const start = Date.now();
    assert.equal(await r.runDue(), 1);
    let job = await row(id);
    assert.equal(job.status, 'queued');
    assert.equal(job.lastError, 'flaky 1');
    assert.ok(job.runAt.getTime() >= start + 500, 'waits the first backoff');
    // Not due yet: nothing runs.
    assert.equal(await r.runDue(), 0);
    await sleep(550);
    assert.equal(await r.runDue(), 1);
    job = await row(id);
    assert.ok(job.runAt.getTime() >= Date.now() + 500, 'the second wait is longer');
    await sleep(1050);
    await r.runDue();
    job = await row(id);
    assert.deepEqual(seen, [1, 2, 3]);
    assert.equal(job.status, 'done');
    assert.equal(job.attempts, 3);
    assert.ok(job.finishedAt);
    assert.equal(job.lockedBy, null);
  });

  test('a job whose attempts run out, or that cannot succeed, is failed with its error', async () => {
    const r = runner();
    r.register('test.broken', async () => {
      throw new Error('smtp down');
    });
    r.register('test.hopeless', async () => {
      throw new PermanentJobError('notification gone');
    });
    const broken = (await enqueueJob(t.database.db, { kind: 'test.broken', maxAttempts: 2 }))!;
    const hopeless = (await enqueueJob(t.database.db, { kind: 'test.hopeless', maxAttempts: 5 }))!;
    await r.runDue();
    await sleep(30);
    await r.runDue();
    assert.deepEqual(
      [await row(broken), await row(hopeless)].map((j) => [j.status, j.attempts, j.lastError]),
      [
        ['failed', 2, 'smtp down'],
        ['failed', 1, 'notification gone'],
      ],
    );
  });

  test('a job interrupted by a dead server runs again after a restart', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    const id = (await enqueueJob(t.database.db, { kind: 'test.resumed' }))!;
    // As the dead server left it: claimed, one attempt spent, its heartbeat still fresh.
    await t.database.db
      .update(jobs)
      .set({
        status: 'running',
        attempts: 1,
        lockedBy: { host: os.hostname(), pid: dead.pid, boot: 'earlier' },
        heartbeatAt: sql`now()`,
      })
      .where(eq(jobs.id, id));
    const r = runner();
    let ran = 0;
    r.register('test.resumed', async () => {
      ran++;
    });
    await r.start();
    try {
      await r.runDue();
    } finally {
      await r.close();
    }
    const job = await row(id);
    assert.equal(ran, 1);
    assert.equal(job.status, 'done');
    assert.equal(job.attempts, 2);
  });

  test('a stale heartbeat from another host is swept back to the queue; a live one is left', async () => {
    const stale = (await enqueueJob(t.database.db, { kind: 'test.elsewhere' }))!;
    const live = (await enqueueJob(t.database.db, { kind: 'test.elsewhere' }))!;
    const owner = { host: `not-${os.hostname()}`, pid: 1, boot: 'x' };
    await t.database.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, lockedBy: owner, heartbeatAt: sql`now() - interval '1 hour'` })
      .where(eq(jobs.id, stale));
    await t.database.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, lockedBy: owner, heartbeatAt: sql`now()` })
      .where(eq(jobs.id, live));
    const r = runner();
    assert.equal(await r.sweep(false), 1);
    assert.equal((await row(stale)).status, 'queued');
    assert.equal((await row(live)).status, 'running');
    await t.database.db.update(jobs).set({ status: 'done' }).where(eq(jobs.id, live));
  });

  test('workers sharing the queue run each job exactly once', async () => {
    const count = 40;
    for (let i = 0; i < count; i++) await enqueueJob(t.database.db, { kind: 'test.shared', payload: { i } });
    const runs = new Map<number, number>();
    const workers = [1, 2, 3].map(() => {
      const r = runner({ concurrency: 3 });
      r.register('test.shared', async (payload) => {
        const i = payload.i as number;
        runs.set(i, (runs.get(i) ?? 0) + 1);
        await sleep(2);
      });
      return r;
    });
    const ran = await Promise.all(workers.map((w) => w.runDue()));
    assert.equal(
      ran.reduce((a, b) => a + b, 0),
      count,
    );
    assert.equal(runs.size, count);
    assert.ok([...runs.values()].every((n) => n === 1));
    if (t.database.kind === 'postgres') assert.ok(ran.filter((n) => n > 0).length > 1, `shared: ${ran}`);
  });

  test('a dedupe key adds a job once; a rolled-back transaction adds none', async () => {
    const first = await enqueueJob(t.database.db, { kind: 'test.once', dedupeKey: 'once:2026-12-03' });
    const second = await enqueueJob(t.database.db, { kind: 'test.once', dedupeKey: 'once:2026-12-03' });
    assert.ok(first);
    assert.equal(second, null);
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.rolled-back' });
        throw new Error('the change failed');
      }),
    );
    const left = await t.database.db.select().from(jobs).where(eq(jobs.kind, 'test.rolled-back'));
    assert.equal(left.length, 0);
  });

  test('a job enqueued while the runner polls is picked up by wake()', async () => {
    const r = runner();
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    r.register('test.woken', async () => done());
    await r.start();
    try {
      await enqueueJob(t.database.db, { kind: 'test.woken' });
      r.wake();
      await finished;
    } finally {
      await r.close();
    }
  });

  test("runDue() answers once the job a commit's wake() already claimed has run", async () => {
    const r = runner();
    let ran = false;
    r.register('test.claimed-by-wake', async () => {
      await sleep(300);
      ran = true;
    });
    await r.start();
    try {
      const id = (await enqueueJob(t.database.db, { kind: 'test.claimed-by-wake' }))!;
      r.wake();
      // Let the wake's poll claim the job: this call then finds nothing left to claim itself.
      while ((await row(id)).status === 'queued') await sleep(5);
      assert.equal(await r.runDue(), 0);
      assert.equal(ran, true, 'the job had finished when runDue answered');
      assert.equal((await row(id)).status, 'done');
    } finally {
      await r.close();
    }
  });
});
