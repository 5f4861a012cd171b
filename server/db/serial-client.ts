/**
 * One query at a time per PostgreSQL connection, queued here. A transaction or a session is
 * one client, and code naturally writes `Promise.all` over reads inside one (the demo seed,
 * GAP drafts); node-postgres queues such queries itself today but warns that pg@9 will
 * refuse them. Queuing at the client keeps every such call site correct without each one
 * having to know which connection it runs on. Callback-style calls (pg-pool's own
 * `pool.query`, on a client it just took idle) and streams (COPY) pass straight through.
 */
import type pg from 'pg';

type QueryFn = (...args: unknown[]) => unknown;

function isStreamOrCallback(args: unknown[]): boolean {
  if (typeof args[args.length - 1] === 'function') return true;
  const first = args[0];
  if (!first || typeof first !== 'object') return false;
  const q = first as { submit?: unknown; callback?: unknown };
  return typeof q.submit === 'function' || typeof q.callback === 'function';
}

export function serializeQueries(client: pg.ClientBase): void {
  const send = (client.query as QueryFn).bind(client);
  let tail: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: QueryFn }).query = (...args: unknown[]) => {
    if (isStreamOrCallback(args)) return send(...args);
    const run = tail.then(() => send(...args));
    // The next query waits for this one to settle, whether it succeeded or not.
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
