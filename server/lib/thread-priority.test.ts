import assert from 'node:assert/strict';
import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';

const onLinux = process.platform === 'linux';
const threadId = () => Number(readlinkSync('/proc/thread-self').split('/').pop());

test(
  'a background thread runs at niceness 10; the thread that started it keeps its own',
  { skip: !onLinux },
  async () => {
    const moduleUrl = new URL('./thread-priority.ts', import.meta.url).href;
    const ownBefore = getPriority(threadId());
    // The worker lowers itself and answers its own thread id and niceness.
    const source = `
    const { parentPort } = require('node:worker_threads');
    const { readlinkSync } = require('node:fs');
    const { getPriority } = require('node:os');
    (async () => {
      // Workers do not inherit tsx's hooks (as in worker-entry.mjs).
      (await import('tsx/esm/api')).register();
      const { lowerThisThreadPriority } = await import(${JSON.stringify(moduleUrl)});
      lowerThisThreadPriority();
      const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
      parentPort.postMessage({ id, niceness: getPriority(id) });
    })();`;
    const worker = new Worker(source, { eval: true });
    const answer = await new Promise<{ id: number; niceness: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.notEqual(answer.id, threadId());
    assert.equal(answer.niceness, 10);
    assert.equal(getPriority(threadId()), ownBefore);
  },
);
