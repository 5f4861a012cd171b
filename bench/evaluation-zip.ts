/**
 * The evidence ZIP of one region's Evaluasi PUG worksheet at the size — 200 files,
 * 500 MB — downloaded from a Setara server running as its own process, with the server's
 * resident memory sampled every 50 ms. Target (issue 13): the ZIP streams without holding it
 * in memory, so the server's memory stays flat while it sends.
 *
 *   npx tsx bench/evaluation-zip.ts [--files 200] [--mb 500]
 *
 * The demo database (PGlite in a temporary directory) gets 200 uploaded-evidence documents of
 * random bytes (labelled BENCH), linked to the questions of Kota Palu's demo worksheet; then the
 * server starts on that directory and demo.admin downloads the ZIP twice (the first warms the
 * route up), counting the bytes and discarding them.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../server/config.js';
import { DEMO_PASSWORD, DEMO_REGION } from '../server/db/seed/demo-data.js';
import { seedDemo } from '../server/db/seed/demo.js';
import {
  evaluationAnswerLinks,
  evaluationAnswers,
  evaluationWorksheets,
} from '../server/db/schema-evaluation.js';
import { evaluationEvidenceDocuments } from '../server/db/schema-evaluation-evidence.js';
import { openFileStore } from '../server/lib/file-store/index.js';
import { openAndMigrate } from '../server/start.js';
import { startServerProcess } from './lib/server-process.js';

const { values: args } = parseArgs({ options: { files: { type: 'string' }, mb: { type: 'string' } } });
const FILES = Number(args.files ?? 200);
const TOTAL_BYTES = Number(args.mb ?? 500) * 1024 * 1024;
const FILE_BYTES = Math.floor(TOTAL_BYTES / FILES);
const MiB = 1024 * 1024;

const dir = await mkdtemp(path.join(os.tmpdir(), 'setara-evidence-zip-bench-'));
try {
  // 1. The demo region, and the bench's files in the store and linked to its worksheet.
  const config = loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const database = await openAndMigrate(config);
  const files = await openFileStore(config.fileStore);
  let worksheetId: string;
  try {
    await seedDemo(database.db);
    const [ws] = await database.db
      .select({ id: evaluationWorksheets.id })
      .from(evaluationWorksheets)
      .where(and(eq(evaluationWorksheets.regionCode, DEMO_REGION), eq(evaluationWorksheets.isDemo, true)))
      .limit(1);
    worksheetId = ws.id;
    const questions = (
      await database.db
        .select({ code: evaluationAnswers.questionCode })
        .from(evaluationAnswers)
        .where(eq(evaluationAnswers.worksheetId, ws.id))
    ).map((q) => q.code);
    const started = performance.now();
    for (let i = 0; i < FILES; i++) {
      const fileKey = `evaluation-evidence/bench/${i}.bin`;
      await files.put(fileKey, randomBytes(FILE_BYTES), { contentType: 'application/pdf' });
      const title = `BENCH bukti dukung ${i + 1}`;
      const [doc] = await database.db
        .insert(evaluationEvidenceDocuments)
        .values({
          regionCode: DEMO_REGION,
          kind: 'regulation_pug',
          year: 2025,
          title,
          fileKey,
          fileName: `bench-${i + 1}.pdf`,
          contentType: 'application/pdf',
          bytes: FILE_BYTES,
        })
        .returning({ id: evaluationEvidenceDocuments.id });
      await database.db.insert(evaluationAnswerLinks).values({
        regionCode: DEMO_REGION,
        worksheetId: ws.id,
        questionCode: questions[i % questions.length],
        kind: 'regulation_pug',
        source: 'upload',
        documentId: doc.id,
        title,
        year: 2025,
      });
    }
    console.log(
      `${FILES} files of ${(FILE_BYTES / MiB).toFixed(2)} MiB (${((FILES * FILE_BYTES) / MiB).toFixed(0)} MiB) stored and linked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await files.close();
    await database.close();
  }

  // 2. The server on that directory; demo.admin downloads the ZIP.
  const { child, base } = await startServerProcess({ env: { SETARA_DATA_DIR: dir } });
  const rssMiB = () =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.admin', password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];

    const download = async () => {
      const samples: number[] = [];
      const timer = setInterval(() => samples.push(rssMiB()), 50);
      const started = performance.now();
      const res = await fetch(`${base}/api/evaluation-worksheets/${worksheetId}/evidence-zip`, {
        headers: { cookie },
      });
      if (!res.ok) throw new Error(`zip: ${res.status} ${await res.text()}`);
      let bytes = 0;
      for await (const chunk of res.body!) bytes += (chunk as Uint8Array).byteLength;
      clearInterval(timer);
      return { bytes, seconds: (performance.now() - started) / 1000, samples };
    };

    const idle = rssMiB();
    const warm = await download();
    const afterWarm = rssMiB();
    const run = await download();
    const peak = Math.max(...run.samples);
    const hwm =
      Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
    console.log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `ZIP ${(run.bytes / MiB).toFixed(1)} MiB in ${run.seconds.toFixed(1)} s (${(run.bytes / MiB / run.seconds).toFixed(0)} MiB/s); first download ${warm.seconds.toFixed(1)} s`,
    );
    console.log(
      `server RSS: idle ${idle.toFixed(0)} MiB, after the first download ${afterWarm.toFixed(0)} MiB, during the second peak ${peak.toFixed(0)} MiB (${run.samples.length} samples; rise over idle ${(peak - idle).toFixed(0)} MiB = ${((((peak - idle) * MiB) / run.bytes) * 100).toFixed(1)} % of the ZIP); high-water mark ${hwm.toFixed(0)} MiB`,
    );
  } finally {
    child.kill();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
