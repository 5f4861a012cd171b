/**
 * A Setara server started as its own process for a benchmark, so its memory and event loop are
 * measured apart from the bench's own: listening on a random port of 127.0.0.1, answering
 * once /api/health does.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
}

export interface ServerProcessOptions {
  /** Environment on top of this process's (PORT, HOST, LOG_LEVEL=warn, no DATABASE_URL). */
  env?: Record<string, string>;
  /** Node flags before the entry point, e.g. `--max-old-space-size=128` or extra `--import`s. */
  nodeFlags?: string[];
  /** How long to wait for the first healthy answer. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeFlags ?? []), 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  child.kill();
  throw new Error('server did not start');
}
