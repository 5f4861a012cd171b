/**
 * 500 public sign-ins posted concurrently to one event day (issue 11: "500 sign-ins posted
 * concurrently to one event (bounded load on loopback) complete with no error and p95 ≤ 300 ms
 * on PGlite"). A real server process on an embedded PGlite database (bench/lib/server-process),
 * an event created through the meetings API for today (its sign-in window is open), then
 * SIGN_INS distinct people — each with a drawn-signature-sized PNG — posted by CONCURRENCY
 * loops over loopback. Every request comes from 127.0.0.1, so the per-address and per-event
 * limits are raised for the run (ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS / _PER_EVENT);
 * everything else is as configured by default.
 *
 *   node --import tsx bench/sign-in.ts [--sign-ins 500] [--concurrency 25] [--cpu-prof DIR]
 *
 * --cpu-prof writes the server's V8 profile into DIR and prints the sign-in phase's bounds on the
 * monotonic clock (µs, the clock the profile's timestamps use), so the profile can be read for
 * that phase alone — not the start-up's migrations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { startServerProcess } from './lib/server-process.js';

const { values: args } = parseArgs({
  options: {
    'sign-ins': { type: 'string' },
    concurrency: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const SIGN_INS = Number(args['sign-ins'] ?? 500);
const CONCURRENCY = Number(args.concurrency ?? 25);
const PASSWORD = 'Setara#Demo2026';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A 600×180 greyscale+alpha PNG with a pen stroke: about the size a phone's canvas sends. */
function signaturePng(seed: number): Buffer {
  const w = 600;
  const h = 180;
  const raw = Buffer.alloc((w * 2 + 1) * h);
  for (let x = 0; x < w; x++) {
    const y = Math.round(90 + 50 * Math.sin((x + seed) / 23) * Math.cos(x / 71));
    for (let dy = -2; dy <= 2; dy++) {
      const row = y + dy;
      if (row < 0 || row >= h) continue;
      const at = row * (w * 2 + 1) + 1 + x * 2;
      raw[at] = 10;
      raw[at + 1] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 4;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function todayInPalu(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setara-bench-sign-in-'));
const { child, base } = await startServerProcess({
  env: {
    SETARA_DATA_DIR: path.join(work, 'pglite'),
    ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS: '1000000',
    ATTENDANCE_SIGN_IN_PER_MINUTE_PER_EVENT: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
  },
  nodeFlags: args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(args['cpu-prof'])] : [],
});
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);
try {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo.admin', password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const headers = { cookie, origin: base, 'content-type': 'application/json' };
  const day = todayInPalu();
  const created = await fetch(`${base}/api/regions/72.71/meetings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'bimtek', title: 'Bench: 500 sign-ins', startsOn: day, endsOn: day }),
  });
  if (!created.ok) throw new Error(`create meeting: ${created.status} ${await created.text()}`);
  const meeting = (await created.json()) as { id: string };
  const list = (await (await fetch(`${base}/api/meetings/${meeting.id}/attendance`, { headers })).json()) as {
    days: { link: string; state: string }[];
  };
  const link = list.days[0]!;
  if (link.state !== 'open') throw new Error(`the day's window is ${link.state}`);
  const token = link.link.split('/hadir/')[1]!;
  const signatures = Array.from({ length: 8 }, (_, i) => signaturePng(i * 37).toString('base64'));

  const times: number[] = [];
  const errors = new Map<string, number>();
  let next = 0;
  const phaseStart = monotonicMicros();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < SIGN_INS; i = next++) {
        const body = JSON.stringify({
          fullName: `Peserta Bench ${i}`,
          sex: i % 5 < 3 ? 'P' : 'L',
          institution: `Instansi ${i % 40}`,
          position: 'Staf',
          phone: `0800${String(10_000_000 + i)}`,
          signature: `data:image/png;base64,${signatures[i % signatures.length]}`,
        });
        const t0 = performance.now();
        const res = await fetch(`${base}/api/public/sign-in/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        if (res.status !== 201) errors.set(String(res.status), (errors.get(String(res.status)) ?? 0) + 1);
      }
    }),
  );
  const wall = performance.now() - started;
  const phaseEnd = monotonicMicros();
  const counts = (await (
    await fetch(`${base}/api/meetings/${meeting.id}/attendance/counts`, { headers })
  ).json()) as {
    total: { total: number };
  };
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        signIns: SIGN_INS,
        concurrency: CONCURRENCY,
        signatureBytes: Buffer.from(signatures[0]!, 'base64').length,
        errors: Object.fromEntries(errors),
        recorded: counts.total.total,
        p50ms: Math.round(percentile(times, 50)),
        p95ms: Math.round(percentile(times, 95)),
        maxMs: Math.round(times[times.length - 1]!),
        wallS: Number((wall / 1000).toFixed(1)),
        perSecond: Math.round(SIGN_INS / (wall / 1000)),
        load: os.loadavg().map((l) => l.toFixed(2)),
        ...(args['cpu-prof'] ? { profilePhaseMicros: [phaseStart, phaseEnd] } : {}),
      },
      null,
      2,
    ),
  );
} finally {
  // The profile is written as the server exits: wait for it.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
  fs.rmSync(work, { recursive: true, force: true });
}
