/**
 * The driver's HTTP side: requests through the balancer with their latency and the server that
 * answered (HAProxy's X-Served-By), sign-in, HAProxy's stats, and percentiles.
 */
export interface Outcome {
  kind: string;
  status: number;
  /** app1, app2, or '' when HAProxy answered itself (or nobody did). */
  servedBy: string;
  startedAt: number;
  ms: number;
  error?: string;
}

export interface Sent {
  outcome: Outcome;
  body: unknown;
}

const TIMEOUT_MS = 60_000;

export async function send(
  base: string,
  kind: string,
  method: string,
  path: string,
  options: { cookie?: string; json?: unknown } = {},
): Promise<Sent> {
  const startedAt = Date.now();
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await fetch(base + path, {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return {
      outcome: {
        kind,
        status: res.status,
        servedBy: res.headers.get('x-served-by') ?? '',
        startedAt,
        ms: Date.now() - startedAt,
        ...(res.ok ? {} : { error: text.slice(0, 200) }),
      },
      body,
    };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const outcome = { kind, status: 0, servedBy: '', startedAt, ms: Date.now() - startedAt };
    return { outcome: { ...outcome, error: `${e.name}: ${e.cause?.code ?? e.message}` }, body: null };
  }
}

/** Signs in through the balancer; answers the Cookie header value. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('setara_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0];
}

export interface ServerStats {
  status: string;
  /** Retries and redispatches HAProxy made for this server or backend. */
  retries: number;
  redispatches: number;
}

/** HAProxy's CSV stats of backend `app`: each server and the BACKEND row. */
export async function haproxyStats(statsUrl: string): Promise<Map<string, ServerStats>> {
  const text = await (await fetch(statsUrl, { signal: AbortSignal.timeout(5000) })).text();
  const [header, ...rows] = text.trim().split('\n');
  const names = header.replace(/^# /, '').split(',');
  const col = (name: string) => names.indexOf(name);
  const out = new Map<string, ServerStats>();
  for (const row of rows) {
    const cells = row.split(',');
    if (cells[col('pxname')] !== 'app') continue;
    out.set(cells[col('svname')], {
      status: cells[col('status')],
      retries: Number(cells[col('wretr')] || 0),
      redispatches: Number(cells[col('wredis')] || 0),
    });
  }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
