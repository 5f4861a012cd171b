/**
 * Worker-thread side of stageRowsInWorker: runs stageRows with ports that ask the server's
 * thread (check-in-worker.ts) and posts the outcome back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerCall } from './check-in-worker.js';
import { lowerThisThreadPriority } from '../../lib/thread-priority.js';
import { stageRows, type StageInput, type StagePorts } from './stage-rows.js';
import type { StagedPiece } from './staging.js';

const port = parentPort!;
const { input, sendsStaged } = workerData as { input: StageInput; sendsStaged: boolean };

/** Staged text sent but not yet taken by the merge; beyond this the reader waits. */
const MAX_UNACKNOWLEDGED_CHARS = 16 * 1024 * 1024;

class Stopped extends Error {
  constructor() {
    super('import job stopped: server shutting down');
  }
}

let stopping = false;
let unacknowledged = 0;
let acknowledged: (() => void) | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    stopping = true;
  } else if (message.type === 'ack') {
    unacknowledged -= message.chars;
    acknowledged?.();
  } else {
    const call = waiting.get(message.id);
    if (!call) return;
    waiting.delete(message.id);
    if (message.error === undefined) call.resolve(message.result);
    else call.reject(new Error(message.error));
  }
});

const send = (message: FromWorker) => port.postMessage(message);

function ask<M extends WorkerCall['method']>(method: M, ...args: Extract<WorkerCall, { method: M }>['args']) {
  const id = nextId++;
  return new Promise<unknown>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    send({ type: 'call', id, method, args } as FromWorker);
  });
}

async function sendStaged(piece: StagedPiece): Promise<void> {
  unacknowledged += piece.text.length;
  send({ type: 'staged', piece });
  while (unacknowledged > MAX_UNACKNOWLEDGED_CHARS) {
    await new Promise<void>((go) => (acknowledged = go));
    acknowledged = null;
  }
}

const ports: StagePorts = {
  source: {
    indicatorRow: (code) => ask('indicatorRow', code) as ReturnType<StagePorts['source']['indicatorRow']>,
    fixedMembers: (sets) => ask('fixedMembers', sets) as ReturnType<StagePorts['source']['fixedMembers']>,
    regionMembers: (set, region) =>
      ask('regionMembers', set, region) as ReturnType<StagePorts['source']['regionMembers']>,
  },
  intern: (keys) => ask('intern', keys) as Promise<Map<string, number>>,
  progress: async (rowsDone, rowsTotal) => send({ type: 'progress', rowsDone, rowsTotal }),
  throwIfStopping: () => {
    if (stopping) throw new Stopped();
  },
  staged: sendsStaged ? sendStaged : undefined,
  refused: () => send({ type: 'refused' }),
};

// The check must not slow the merge it feeds (on PostgreSQL a backend needing a core of its
// own) nor the server's answers; it takes the cores they leave.
lowerThisThreadPriority();

try {
  const outcome = await stageRows(input, ports, async (summary) => void (await ask('headerSeen', summary)));
  send({ type: 'done', outcome });
} catch (error) {
  send({
    type: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    stopped: error instanceof Stopped,
  });
}
