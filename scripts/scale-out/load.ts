/**
 * The bounded load: a few signed-in workers, each looping until the time or the request budget
 * is spent, mixing reads on the primary, reads that go to the replica, and writes. Every write
 * sets a cell of its own (indicator × sex × year) to a value of its own, so afterwards each
 * acknowledged write can be looked for in the database. A write sent twice (HAProxy's retry after
 * a server died mid-request) stores the same value again: saving a value is idempotent.
 */
import { send, signIn, type Outcome } from './http.js';

export interface Write {
  indicatorCode: string;
  sex: string;
  period: string;
  value: string;
}

export interface LoadResult {
  outcomes: Outcome[];
  acknowledged: Write[];
}

interface Cell {
  indicatorCode: string;
  sex: string;
}

/** Indicators without dimensions of the yearly entry grid: each write picks a cell and a year. */
export async function writableCells(base: string, cookie: string): Promise<Cell[]> {
  const { outcome, body } = await send(base, 'setup', 'GET', '/api/regions/72.71/entry?period=2031', {
    cookie,
  });
  if (outcome.status !== 200) throw new Error(`entry grid answered ${outcome.status}`);
  const grid = body as {
    indicators: { indicator: { code: string }; cells: { sex: string; members: object }[] }[];
  };
  return grid.indicators
    .filter((i) => i.cells.every((c) => Object.keys(c.members).length === 0))
    .flatMap((i) => i.cells.map((c) => ({ indicatorCode: i.indicator.code, sex: c.sex })));
}

/** Which request to send next: weights add up to 100. */
const MIX: { kind: string; weight: number; path?: string; write?: true }[] = [
  { kind: 'session (primary)', weight: 25, path: '/api/auth/me' },
  { kind: 'entry grid (primary)', weight: 10, path: '/api/regions/72.71/entry?period=2024' },
  { kind: 'trend (replica)', weight: 25, path: '/api/explore/trend?region=72.71&indicator=KES_UHH' },
  { kind: 'gap ranking (replica)', weight: 10, path: '/api/explore/gaps?region=72.71' },
  { kind: 'ARG recap (replica)', weight: 10, path: '/api/regions/72.71/arg-recap?year=2025' },
  { kind: 'save value (primary)', weight: 20, write: true },
];

export async function runLoad(options: {
  base: string;
  password: string;
  workers: number;
  seconds: number;
  maxRequests: number;
  firstYear: number;
}): Promise<LoadResult> {
  const cookies = await Promise.all(
    Array.from({ length: options.workers }, () => signIn(options.base, 'demo.admin', options.password)),
  );
  const cells = await writableCells(options.base, cookies[0]);
  if (cells.length === 0) throw new Error('no writable cell in the entry grid');
  const outcomes: Outcome[] = [];
  const acknowledged: Write[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  let sent = 0;
  let writes = 0;
  // A deterministic mix: request n of the run takes slot n % 100 of the weights.
  const slots = MIX.flatMap((m) => Array.from({ length: m.weight }, () => m));

  const worker = async (cookie: string) => {
    while (Date.now() < deadline && sent < options.maxRequests) {
      const n = sent++;
      const pick = slots[(n * 37) % slots.length];
      if (pick.write) {
        const w = writes++;
        const cell = cells[w % cells.length];
        const write: Write = {
          ...cell,
          period: String(options.firstYear + Math.floor(w / cells.length)),
          value: String(1000 + w),
        };
        const { outcome } = await send(options.base, pick.kind, 'PUT', '/api/regions/72.71/entry', {
          cookie,
          json: { period: write.period, values: [{ ...cell, value: write.value }] },
        });
        outcomes.push(outcome);
        if (outcome.status === 200) acknowledged.push(write);
      } else {
        outcomes.push((await send(options.base, pick.kind, 'GET', pick.path!, { cookie })).outcome);
      }
    }
  };
  await Promise.all(cookies.map(worker));
  return { outcomes, acknowledged };
}
