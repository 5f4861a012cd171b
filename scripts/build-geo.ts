/**
 * Builds the map geometry shipped in server/modules/maps/geometry/ from the BIG boundary
 * files in ../shared/geo (MIT; see NOTICE). The output is committed: a fresh install has no
 * ../shared, and the app needs no tiles or internet to draw a map.
 *
 *   npx tsx scripts/build-geo.ts [--source ../shared/geo] [--keep 0.5] [--quantize 100000]
 *
 * Steps: GeoJSON → topology (shared borders stored once, topojson-server) → topology-preserving
 * Visvalingam simplification keeping the `--keep` share of the most significant points
 * (topojson-simplify) → quantised, delta-encoded arcs (`--quantize` steps per axis,
 * topojson-client; 1e5 steps across Indonesia's 46° of longitude is about 50 m, fine enough
 * for a province's kab/kota map, which reuses the national transform). Each feature carries its official Kemendagri code: provinces from
 * KODE_PROV, kab/kota matched by province + name (domain/maps/region-names.ts). Shapes that
 * match nothing are kept with `code: null` so the test of the shipped files lists them.
 * Prints the size of each layer, raw and gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { matchKabKotaShapes } from '../domain/maps/region-names.js';
import { officialRegions } from '../server/db/seed/regions.js';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'server/modules/maps/geometry');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const source = path.resolve(root, option('source', '../shared/geo'));
const keep = Number(option('keep', '0.5'));
const steps = Number(option('quantize', '100000'));

function read(file: string): FeatureCollection<Geometry, Record<string, string>> {
  return JSON.parse(fs.readFileSync(path.join(source, file), 'utf8'));
}

/** Topology → simplified → quantised, with the object named `name`. */
function build(name: string, features: Feature<Geometry, Record<string, string | null>>[]): Topology {
  // Fine quantisation first so that shared borders snap together, then simplify, then coarsen.
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  let topo = topology({ [name]: collection }, 1e6) as unknown as Parameters<typeof presimplify>[0];
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, keep));
  return quantize(topo, steps);
}

const regions = officialRegions();
const provinces = regions
  .filter((r) => r.level === 'provinsi')
  .map((r) => ({ code: r.code, name: r.name, parentCode: null }));
const kabKota = regions
  .filter((r) => r.level === 'kabkota')
  .map((r) => ({ code: r.code, name: r.name, parentCode: r.parentCode ?? null }));
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));

const provinceFeatures = read('indonesia_provinsi.geojson').features.map((f) => {
  const code = f.properties.KODE_PROV;
  if (!provinceName.has(code)) throw new Error(`unknown KODE_PROV ${code} (${f.properties.PROVINSI})`);
  return {
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: { code, name: provinceName.get(code)! },
  };
});

const shapes = read('indonesia_kabupaten.geojson').features.map((f) => ({
  province: f.properties.WADMPR,
  name: f.properties.WADMKK,
  geometry: f.geometry,
}));
const match = matchKabKotaShapes(shapes, provinces, kabKota);
const kabKotaName = new Map(kabKota.map((r) => [r.code, r.name]));
const kabKotaFeatures = match.matched.map(({ shape, code }) => ({
  type: 'Feature' as const,
  geometry: shape.geometry,
  properties: code
    ? { code, name: kabKotaName.get(code)!, province: code.slice(0, 2) }
    : { code: null, name: shape.name, province: null },
}));

fs.mkdirSync(outDir, { recursive: true });
for (const [file, name, features] of [
  ['provinces.topo.json', 'provinces', provinceFeatures],
  ['kabkota.topo.json', 'kabkota', kabKotaFeatures],
] as const) {
  const body = JSON.stringify(build(name, features));
  fs.writeFileSync(path.join(outDir, file), body + '\n');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${file}: ${features.length} features, ${kb(body.length)} raw, ${kb(gzipSync(body).length)} gzipped`,
  );
}
console.log(`kab/kota without a shape (${match.withoutShape.length}):`);
for (const r of match.withoutShape) console.log(`  ${r.code} ${r.name}`);
console.log(`shapes without a code (${match.withoutCode.length}):`);
for (const s of match.withoutCode) console.log(`  ${s.province} / ${s.name}`);
