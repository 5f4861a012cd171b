/**
 * What the kab/kota maps cost the Profil Gender PDF (issue 14): for a province's profil, a
 * kab/kota's and the largest province's (Jawa Timur, 38 kab/kota), the PDF laid out with and
 * without its map chapter — bytes and milliseconds — and each map's SVG alone (the first
 * render of a layer includes its TopoJSON → GeoJSON conversion and registration).
 *
 * The data: the demo database (Kota Palu's figures) plus, for the run only, verified figures
 * of the four mapped indicators for every kab/kota of Sulawesi Tengah and Jawa Timur, years
 * 2019–2024, from a fixed pseudo-random sequence (an in-memory PGlite, thrown away after).
 *   npx tsx bench/profil-maps.ts [--runs 5] [--out DIR]   # --out keeps each PDF with maps, to look at
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import { regions } from '../server/db/schema.js';
import { dataValues } from '../server/db/schema-data.js';
import { renderPdf } from '../server/lib/pdf/render.js';
import { loadProfil } from '../server/modules/profil/data.js';
import { MAP_INDICATORS } from '../server/modules/profil/map-data.js';
import { choroplethSvg } from '../server/modules/profil/maps.js';
import type { Profil } from '../server/modules/profil/model.js';
import { profilDocument } from '../server/modules/profil/pdf-document.js';
import { createTestApp } from '../server/test-support/test-app.js';
import { lcg } from './lib/scratch-app.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } },
});
const RUNS = Number(args.runs);
const PROVINCES = ['72', '35'];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const random = lcg(14);

async function pdfBytes(p: Profil, keepAs?: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const chunks: Buffer[] = [];
  const stream = await renderPdf(profilDocument(p));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const ms = performance.now() - start;
  if (keepAs) fs.writeFileSync(keepAs, Buffer.concat(chunks));
  return { ms, bytes: chunks.reduce((n, c) => n + c.length, 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const t = await createTestApp();
try {
  const db = t.database.db;
  const kabkota = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(inArray(regions.parentCode, PROVINCES), eq(regions.level, 'kabkota')));
  const rows = kabkota
    .filter((k) => k.code !== '72.71')
    .flatMap(({ code }) =>
      MAP_INDICATORS.flatMap((indicatorCode) =>
        YEARS.flatMap((year) =>
          (indicatorCode === 'POL_DPRD_PEREMPUAN_PERSEN' ? ['P'] : ['P', 'L']).map((sex) => ({
            regionCode: code,
            indicatorCode,
            period: String(year),
            sex,
            comboId: 0,
            value: (20 + random() * 60).toFixed(2),
            status: 'verified' as const,
          })),
        ),
      ),
    );
  await db.insert(dataValues).values(rows);
  console.log(`bench values: ${rows.length} for ${kabkota.length} kab/kota; ${RUNS} runs each, medians`);
  console.log(
    '| profil | maps | PDF without maps | PDF with maps | layout without | layout with | SVG per map (first / warm) |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const code of ['72', '72.71', '35']) {
    const p = await loadProfil(db, code, 2024, { verifiedOnly: false });
    const without = { ...p, maps: null };
    const svgTimes: number[] = [];
    let svgBytes = 0;
    let first = 0;
    for (let i = 0; i < RUNS; i++) {
      for (const map of p.maps!.maps) {
        const s = performance.now();
        const drawn = choroplethSvg(p.maps!, map, 340, 300);
        const ms = performance.now() - s;
        if (i === 0 && first === 0) first = ms;
        else svgTimes.push(ms);
        svgBytes = Math.max(svgBytes, drawn.svg.length);
      }
    }
    const a: number[] = [];
    const b: number[] = [];
    let sizes = { without: 0, with: 0 };
    for (let i = 0; i < RUNS; i++) {
      const x = await pdfBytes(without);
      const y = await pdfBytes(p, args.out && i === 0 ? `${args.out}/profil-${code}.pdf` : undefined);
      a.push(x.ms);
      b.push(y.ms);
      sizes = { without: x.bytes, with: y.bytes };
    }
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `| ${code} | ${p.maps!.maps.length} | ${kb(sizes.without)} | ${kb(sizes.with)} (+${kb(sizes.with - sizes.without)}) | ` +
        `${median(a).toFixed(0)} ms | ${median(b).toFixed(0)} ms | ${first.toFixed(0)} / ${median(svgTimes).toFixed(0)} ms, ≤ ${kb(svgBytes)} |`,
    );
  }
} finally {
  await t.close();
}
