/**
 * Certificates benchmark (issue 11): a Bimtek with 300 participants, each with a certificate,
 * downloaded as one PDF (300 A4 landscape pages, a QR code each) and as a ZIP of 300 PDFs
 * through the real app on a real port — the route's own code path, rendered on the PDF worker —
 * the bytes counted by a sink and never kept. Prints seconds, bytes, peak RSS of the process
 * (sampled every 50 ms from another thread) and the longest event-loop stall. Target: the one
 * PDF in ≤ 10 s.
 *   npx tsx bench/certificates.ts                                   # PGlite in a temporary directory
 *   npx tsx bench/certificates.ts --url postgres://postgres@127.0.0.1:5432/postgres
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { attendanceDedupKey } from '../domain/meetings/attendance-dedup.js';
import { buildApp } from '../server/app.js';
import { meetingAttendance, meetingDays, meetings } from '../server/db/schema-meetings.js';
import { openAndMigrate } from '../server/start.js';
import { rssSampler } from './lib/rss-sampler.js';
import { lcg, scratchTarget, seedRegion, signIn } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' } } });
const REGION = '73.71'; // Kota Makassar: any kab/kota of the reference list
const PARTICIPANTS = 300;
const PASSWORD = 'Bench#Sertifikat2026';
const TARGET_SECONDS = 10;

const random = lcg(11);
const FIRST = ['Siti', 'Nur', 'Andi', 'Muhammad', 'Dewi', 'Rahmat', 'Fitriani', 'Sri', 'Ahmad', 'Hasnah'];
const LAST = ['Aminah', 'Hidayat', 'Lamadjido', 'Pettalolo', 'Wahyuni', 'Saputra', 'Rahmawati', 'Syamsuddin'];
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function download(port: number, cookie: string, url: string, label: string): Promise<number> {
  let last = performance.now();
  let stall = 0;
  const stallTimer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 10);
    last = now;
  }, 10);
  const rss = rssSampler();
  const started = process.hrtime.bigint();
  const bytes = await new Promise<number>((resolve, reject) => {
    http
      .get({ port, path: url, headers: { cookie } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        let n = 0;
        res.on('data', (chunk: Buffer) => (n += chunk.length));
        res.on('end', () => resolve(n));
        res.on('error', reject);
      })
      .on('error', reject);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(stallTimer);
  const peakRss = await rss.stop();
  console.log(
    `${label}: ${seconds.toFixed(2)} s, ${(bytes / 1024 / 1024).toFixed(2)} MB, peak RSS ${mb(peakRss)}, ` +
      `longest event-loop stall ${(stall / 1000).toFixed(2)} s`,
  );
  return seconds;
}

const target = await scratchTarget(args.url, 'certificates');
const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const db = database.db;
  await seedRegion(
    db,
    {
      regionCode: REGION,
      opds: 1,
      name: () => 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      shortName: () => 'DP3A',
    },
    PASSWORD,
  );
  const [meeting] = await db
    .insert(meetings)
    .values({
      regionCode: REGION,
      kind: 'bimtek',
      status: 'held',
      title: 'Bimtek Perencanaan dan Penganggaran yang Responsif Gender (PPRG) bagi Perencana OPD',
      startsOn: '2026-03-10',
      endsOn: '2026-03-12',
      trainingHours: 32,
    })
    .returning();
  const days = ['2026-03-10', '2026-03-11', '2026-03-12'];
  await db.insert(meetingDays).values(
    days.map((day) => ({
      regionCode: REGION,
      meetingId: meeting.id,
      day,
      signInToken: randomBytes(16).toString('hex'),
      signInOpensAt: new Date(`${day}T07:00:00+08:00`),
      signInClosesAt: new Date(`${day}T17:00:00+08:00`),
    })),
  );
  const people = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    fullName: `${pick(FIRST)} ${pick(LAST)} ${i + 1}, S.Pd., M.Si.`,
    sex: (random() < 0.55 ? 'P' : 'L') as 'P' | 'L',
    phone: `0812${String(10_000_000 + i)}`,
    institution: `Dinas Uji ${1 + (i % 30)} Kota Makassar`,
  }));
  await db.insert(meetingAttendance).values(
    days.flatMap((day) =>
      people.map((p) => ({
        regionCode: REGION,
        meetingId: meeting.id,
        day,
        fullName: p.fullName,
        dedupKey: attendanceDedupKey(p),
        sex: p.sex,
        institution: p.institution,
        phone: p.phone,
        source: 'sign_in' as const,
      })),
    ),
  );
  const cookie = await signIn(app, PASSWORD);
  const headers = { cookie, origin: 'http://localhost:80' };
  const settings = await app.inject({
    method: 'PUT',
    url: `/api/meetings/${meeting.id}/training/settings`,
    headers,
    payload: {
      signatoryName: 'Dra. Hj. Kepala Uji, M.Si.',
      signatoryPosition: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      signatoryNip: '197001011995032001',
      numberPattern: '{seq:3}/SERT-BIMTEK/{org}/{romawi}/{year}',
      orgCode: 'DP3A',
      issuePlace: 'Makassar',
      issueDate: '2026-03-12',
    },
  });
  if (settings.statusCode !== 200) throw new Error(settings.body);
  const issueStart = performance.now();
  const issued = await app.inject({
    method: 'POST',
    url: `/api/meetings/${meeting.id}/certificates`,
    headers,
    payload: {},
  });
  if (issued.statusCode !== 200) throw new Error(issued.body);
  console.log(
    `${target.label}: ${issued.json().issued.length} certificates issued in one request in ${(performance.now() - issueStart).toFixed(0)} ms`,
  );

  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const one = issued.json().issued[0].id as string;
  await download(
    port,
    cookie,
    `/api/meetings/${meeting.id}/certificates/${one}/pdf`,
    'warm-up: one certificate PDF',
  );
  const pdf = await download(
    port,
    cookie,
    `/api/meetings/${meeting.id}/certificates.pdf`,
    `all ${PARTICIPANTS} in one PDF`,
  );
  await download(port, cookie, `/api/meetings/${meeting.id}/certificates.zip`, `ZIP of ${PARTICIPANTS} PDFs`);
  console.log(`one PDF target ≤ ${TARGET_SECONDS} s: ${pdf <= TARGET_SECONDS ? 'met' : 'MISSED'}`);
} finally {
  await app.close();
  await database.close();
  await target.cleanup();
}
