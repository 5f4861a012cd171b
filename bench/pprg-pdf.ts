/**
 * Official export benchmark (issue 4): a region with 200 complete GAP/GBS/TOR documents of
 * realistic length (20 OPDs × 10 sub-kegiatan, each with letterhead and signatory), then the
 * region's whole GBS set and GAP matrix set downloaded as PDF (and the GBS set as XLSX)
 * through the real app on a real port, the bytes counted by a sink and never kept.
 * Prints seconds, bytes, peak RSS (sampled every 50 ms from a worker thread, since PDF layout
 * blocks the main thread), heap growth (main thread, sampled every 50 ms whenever it runs) and
 * the longest event-loop stall. Target: the GBS set in ≤ 10 s.
 *   npx tsx bench/pprg-pdf.ts                                   # PGlite in a temporary directory
 *   npx tsx bench/pprg-pdf.ts --url postgres://postgres@127.0.0.1:5432/postgres
 * With --url, a scratch database is created on that server and dropped at the end.
 */
import http from 'node:http';
import { parseArgs } from 'node:util';
import type { GapContent, GbsContent, TorContent } from '../domain/planning/gap-content.js';
import { buildApp } from '../server/app.js';
import {
  gapDocuments,
  opdSignatories,
  regionLetterheads,
  subActivities,
} from '../server/db/schema-planning.js';
import { openAndMigrate } from '../server/start.js';
import { rssSampler } from './lib/rss-sampler.js';
import { lcg, scratchTarget, seedRegion, signIn } from './lib/scratch-app.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' } } });
const REGION = '73.71'; // Kota Makassar: any kab/kota of the reference list
const YEAR = 2026;
const OPDS = 20;
const PER_OPD = 10;
const PASSWORD = 'Bench#Pdf2026';
const TARGET_SECONDS = 10;

const random = lcg(4);
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

const SENTENCES = [
  'Data terpilah menunjukkan bahwa perempuan kepala keluarga di kelurahan pesisir lebih jarang menerima layanan ini dibandingkan laki-laki.',
  'Jadwal layanan yang bertepatan dengan jam kerja membuat pekerja perempuan sektor informal sulit hadir.',
  'Forum musyawarah kelurahan masih didominasi laki-laki sehingga kebutuhan perempuan jarang masuk usulan.',
  'Petugas lapangan belum mendapat pelatihan analisis gender dan belum mencatat data penerima menurut jenis kelamin.',
  'Anggapan bahwa urusan pengasuhan adalah tanggung jawab perempuan saja membuat laki-laki enggan terlibat.',
  'Akses informasi melalui media sosial lebih rendah pada perempuan lanjut usia dan penyandang disabilitas.',
  'Kelompok rentan di wilayah lereng bukit menempuh jarak lebih dari lima kilometer ke fasilitas layanan terdekat.',
  'Keterwakilan perempuan dalam pengambilan keputusan pada tingkat kelurahan baru mencapai kurang dari seperlima.',
];
const para = (n: number) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');
const ASPECTS = ['akses', 'partisipasi', 'kontrol', 'manfaat'] as const;

function content(n: number): { gap: GapContent; gbs: GbsContent; tor: TorContent } {
  const factors = ASPECTS.map((aspect, i) => ({ id: `f${i}`, aspect, text: para(2) }));
  const internal = [0, 1, 2].map((i) => ({ id: `c${i}`, text: para(1) }));
  const external = [3, 4].map((i) => ({ id: `c${i}`, text: para(1) }));
  const actions = [0, 1, 2, 3].map((i) => ({
    id: `a${i}`,
    text: `Tahap ${i + 1}: ${para(1)}`,
    output: `${10 + i * 5} kegiatan`,
    addresses: [`f${i}`, `c${i}`],
  }));
  const components = actions.map((a, i) => ({
    id: `k${i}`,
    actionId: a.id,
    name: `Komponen ${i + 1} sub kegiatan ${n}: ${a.text.slice(0, 60)}`,
    budget: `${(50 + Math.floor(random() * 400)) * 1_000_000 + Math.floor(random() * 1000) * 1000}.00`,
  }));
  return {
    gap: {
      step1: { policy: `Kebijakan uji ${n}`, objective: para(1) },
      step2: {
        data: [
          { id: 'd1', indicatorCode: 'KES_UHH', year: 2024, note: para(1) },
          { id: 'd2', indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN', year: 2024, note: para(1) },
        ],
        qualitative: para(3),
      },
      step3: { factors },
      step4: { causes: internal },
      step5: { causes: external },
      step6: { objective: para(2) },
      step7: { actions },
      step8: { baselines: [{ id: 'b1', dataRefId: 'd1', text: para(1) }] },
      step9: {
        indicators: [
          { id: 'i1', kind: 'output', text: 'Penerima layanan perempuan', target: '1200', unit: 'orang' },
          { id: 'i2', kind: 'output', text: 'Penerima layanan laki-laki', target: '900', unit: 'orang' },
          { id: 'i3', kind: 'outcome', text: 'Kesenjangan akses menurun', target: '50', unit: '%' },
        ],
      },
    },
    gbs: {
      outputIndicator: 'Jumlah penerima layanan yang mendapat layanan sesuai standar',
      outputTarget: '2.100 orang',
      situationAnalysis: para(7),
      components,
      outcome: para(2),
    },
    tor: {
      legalBasis:
        'Undang-Undang Nomor 23 Tahun 2014; Permendagri Nomor 15 Tahun 2008 jo. Nomor 67 Tahun 2011.',
      background: para(6),
      objective: para(2),
      beneficiaries: { women: '1200', men: '900', description: para(1) },
      method: para(3),
      location: 'Seluruh kecamatan',
      implementer: 'Bidang teknis OPD',
      schedule: actions.map((a, i) => ({
        id: `s${i}`,
        activity: a.text.slice(0, 50),
        months: [i + 2, i + 3, i + 4],
      })),
    },
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const rssAtStart = process.memoryUsage.rss();

async function download(port: number, cookie: string, url: string, label: string): Promise<number> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const heapTimer = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
  // The longest gap between ticks of a 10 ms timer: how long the server answered nobody.
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
        // The counting sink: each chunk is measured and dropped.
        res.on('data', (chunk: Buffer) => (n += chunk.length));
        res.on('end', () => resolve(n));
        res.on('error', reject);
      })
      .on('error', reject);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(heapTimer);
  clearInterval(stallTimer);
  const peakRss = await rss.stop();
  console.log(
    `${label}: ${seconds.toFixed(2)} s, ${(bytes / 1024 / 1024).toFixed(2)} MB, peak RSS ${mb(peakRss)}, ` +
      `heap +${mb(heapPeak - heapBefore)} (sampled), longest event-loop stall ${(stall / 1000).toFixed(2)} s`,
  );
  return seconds;
}

const target = await scratchTarget(args.url, 'pdf');
const database = await openAndMigrate(target.config);
const app = await buildApp(database, target.config);
try {
  const built = Date.now();
  const db = database.db;
  const opdRows = await seedRegion(
    db,
    {
      regionCode: REGION,
      opds: OPDS,
      name: (i) => `Dinas Uji Pembangunan Daerah Nomor ${i}`,
      shortName: (i) => `DU${i}`,
    },
    PASSWORD,
  );
  await db.insert(regionLetterheads).values({
    regionCode: REGION,
    governmentName: 'PEMERINTAH KOTA MAKASSAR',
    address: 'Jl. Contoh Balai Kota No. 1, Makassar',
    contact: 'Telp. (0411) 000000',
    place: 'Makassar',
  });
  await db.insert(opdSignatories).values(
    opdRows.map(({ id }, i) => ({
      regionCode: REGION,
      opdId: id,
      name: `Kepala Uji ${i + 1}, S.E., M.Si.`,
      nip: `19700101199503${i % 2 ? 1 : 2}${String(i + 1).padStart(3, '0')}`,
      position: `Kepala Dinas Uji Pembangunan Daerah Nomor ${i + 1}`,
      rank: 'Pembina Tingkat I (IV/b)',
    })),
  );
  let n = 0;
  for (const { id } of opdRows) {
    for (let k = 0; k < PER_OPD; k++) {
      const docContent = content(++n);
      const [line] = await db
        .insert(subActivities)
        .values({
          regionCode: REGION,
          year: YEAR,
          opdId: id,
          code: `2.08.02.2.${String(1 + (k % 5)).padStart(2, '0')}.${String(k + 1).padStart(4, '0')}`,
          name: `Sub kegiatan uji nomor ${n} dengan nama yang cukup panjang seperti di SIPD`,
          outputIndicator: 'Jumlah penerima layanan',
          target: '2100 orang',
          budget: '1500000000.00',
        })
        .returning({ id: subActivities.id });
      await db.insert(gapDocuments).values({
        regionCode: REGION,
        subActivityId: line.id,
        opdId: id,
        year: YEAR,
        status: 'approved',
        submission: 1,
        ...docContent,
      });
    }
  }
  console.log(
    `${target.label}: ${n} complete GAP/GBS/TOR documents built in ${Date.now() - built} ms; ` +
      `RSS at start ${mb(rssAtStart)}, now ${mb(process.memoryUsage.rss())}`,
  );

  const cookie = await signIn(app, PASSWORD);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const set = (doc: string, format: string) =>
    `/api/regions/${REGION}/pprg-set.${format}?year=${YEAR}&doc=${doc}`;

  // A first small download loads pdfmake and the fonts, as any server's first PDF does.
  await download(port, cookie, `${set('gbs', 'pdf')}&opdId=${opdRows[0].id}`, 'warm-up: one OPD GBS set PDF');
  const gbs = await download(port, cookie, set('gbs', 'pdf'), `GBS set PDF (${n} documents)`);
  await download(port, cookie, set('gap', 'pdf'), `GAP matrix set PDF (${n} documents)`);
  await download(port, cookie, set('gbs', 'xlsx'), `GBS set XLSX (${n} sheets)`);
  console.log(`GBS set target ≤ ${TARGET_SECONDS} s: ${gbs <= TARGET_SECONDS ? 'met' : 'MISSED'}`);
} finally {
  await app.close();
  await database.close();
  await target.cleanup();
}
