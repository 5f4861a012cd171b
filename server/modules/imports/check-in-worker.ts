/**
 * stageRows on a worker thread, for large files: parsing and checking a million rows takes
 * seconds of CPU that would otherwise hold the server's thread — on PGlite the database's
 * thread too, so a merge could not run meanwhile. The worker cannot open the database; what
 * stageRows asks of it (catalog lookups, combination ids, progress) comes back here as calls
 * answered on this thread with the caller's ports. Same inputs, same outcome as stageRows.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { JobStopped } from './jobs.js';
import type { HeaderSeen, StageInput, StageOutcome, StagePorts } from './stage-rows.js';
import type { StagedPiece } from './staging.js';

/** What the worker asks and waits for; each answered by the port of the same name. */
export type WorkerCall =
  | { method: 'indicatorRow'; args: [string] }
  | { method: 'fixedMembers'; args: [string[]] }
  | { method: 'regionMembers'; args: [string, string] }
  | { method: 'intern'; args: [Set<string>] }
  | { method: 'headerSeen'; args: Parameters<HeaderSeen> };

/**
 * Progress and staged text are sent without waiting for an answer: this thread may be busy for
 * a second in one merge statement, and the worker reads on meanwhile. Staged text is acknowledged
 * once the merge has room for it, and the worker stops sending while too much is unacknowledged.
 */
export type FromWorker =
  | ({ type: 'call'; id: number } & WorkerCall)
  | { type: 'progress'; rowsDone: number; rowsTotal: number }
  | { type: 'staged'; piece: StagedPiece }
  | { type: 'refused' }
  | { type: 'done'; outcome: StageOutcome }
  | { type: 'failed'; message: string; stopped: boolean };

export type ToWorker =
  | { type: 'reply'; id: number; result?: unknown; error?: string }
  | { type: 'ack'; chars: number }
  | { type: 'stop' };

async function answer(call: WorkerCall, ports: StagePorts, headerSeen: HeaderSeen): Promise<unknown> {
  switch (call.method) {
    case 'indicatorRow':
      return ports.source.indicatorRow(...call.args);
    case 'fixedMembers':
      return ports.source.fixedMembers(...call.args);
    case 'regionMembers':
      return ports.source.regionMembers(...call.args);
    case 'intern':
      return ports.intern(...call.args);
    case 'headerSeen':
      return headerSeen(...call.args);
  }
}

export function stageRowsInWorker(
  input: StageInput,
  ports: StagePorts,
  headerSeen: HeaderSeen,
): Promise<StageOutcome> {
  // The worker module is named as this one is: .ts from source.
  const workerUrl = new URL(`./check-worker${path.extname(import.meta.url)}`, import.meta.url).href;
  const worker = new Worker(new URL('../../lib/worker-entry.mjs', import.meta.url), {
    workerData: { workerUrl, input, sendsStaged: Boolean(ports.staged) },
  });
  const post = (message: ToWorker) => worker.postMessage(message);
  // Pieces wait here in order, whatever order their acknowledgements would otherwise take.
  let staging: Promise<void> = Promise.resolve();
  return new Promise<StageOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'call') {
        answer(message, ports, headerSeen).then(
          (result) => post({ type: 'reply', id: message.id, result }),
          (error: unknown) =>
            post({
              type: 'reply',
              id: message.id,
              error: error instanceof Error ? error.message : String(error),
            }),
        );
      } else if (message.type === 'progress') {
        try {
          ports.throwIfStopping();
          ports.progress(message.rowsDone, message.rowsTotal).catch(() => {
            // A missed progress report is only a less precise bar; the heartbeat goes on.
          });
        } catch {
          post({ type: 'stop' });
        }
      } else if (message.type === 'staged') {
        const { piece } = message;
        staging = staging
          .then(() => ports.staged?.(piece))
          .then(
            () => post({ type: 'ack', chars: piece.text.length }),
            (error: unknown) => settle(() => reject(error)),
          );
      } else if (message.type === 'refused') {
        try {
          ports.refused?.();
        } catch (error) {
          // The merge alongside cannot go on and the check must start over (merge-as-checked.ts).
          settle(() => reject(error));
        }
      } else if (message.type === 'done') {
        // Done once the merge has taken every piece sent before.
        const { outcome } = message;
        settle(() => void staging.then(() => resolve(outcome), reject));
      } else {
        settle(() =>
          reject(message.stopped ? new JobStopped() : new Error(`import check failed: ${message.message}`)),
        );
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`import check worker exited (${code}) before it finished`))),
    );
  });
}
