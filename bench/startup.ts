/**
 * Start-up benchmark: time from process start to the first HTTP 200 of /api/health, on a new
 * embedded database (migrations, region list, demo) and on reopening it, and the server's
 * resident memory once it answers. Run: npx tsx bench/startup.ts
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = 3900 + Math.floor(Math.random() * 90);

async function firstOk(url: string, deadlineMs: number): Promise<void> {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no 200 from ${url} in time`);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function startOnce(dataDir: string): Promise<{ ms: number; rss: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      SETARA_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'inherit',
  });
  try {
    await firstOk(`http://127.0.0.1:${PORT}/api/health`, started + 60_000);
    const ms = Date.now() - started;
    return { ms, rss: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-bench-start-'));
try {
  const cold = await startOnce(dataDir);
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(await startOnce(dataDir));
  const warmMs = warm.map((w) => w.ms).sort((a, b) => a - b)[1];
  console.log(
    `cold start (new database, migrate, regions, demo) to first 200: ${cold.ms} ms, RSS ${cold.rss.toFixed(0)} MB`,
  );
  console.log(`warm start (existing database), median of 3: ${warmMs} ms, RSS ${warm[1].rss.toFixed(0)} MB`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
