/**
 * Map geometry: the shipped TopoJSON against the official region list (every kab/kota without
 * a shape and every shape without a code listed, the known seven asserted so a regression
 * fails), and the route through the app — layers, codes, a province cut with only its arcs,
 * gzip, ETag and 304, 400/404 naming `layer`, no session needed. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Topology } from 'topojson-specification';
import type { MapGeometryProperties } from '../../../api/maps.js';
import { officialRegions } from '../../db/seed/regions.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

interface Shape {
  properties: MapGeometryProperties;
  arcs: unknown;
}

function shipped(file: string): Topology {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'geometry', file), 'utf8'));
}

function geometriesOf(topology: Topology): Shape[] {
  return (Object.values(topology.objects)[0] as unknown as { geometries: Shape[] }).geometries;
}

/** The official kab/kota the BIG boundary files have no polygon for (../shared/geo/README.md). */
const KNOWN_WITHOUT_SHAPE = [
  '12.73 Kota Sibolga',
  '12.76 Kota Tebing Tinggi',
  '13.74 Kota Padang Panjang',
  '13.75 Kota Bukittinggi',
  '31.01 Kabupaten Administrasi Kepulauan Seribu',
  '33.71 Kota Magelang',
  '35.76 Kota Mojokerto',
];

describe('shipped map geometry', () => {
  const regions = officialRegions();

  test('every province has its shape, with its code and official name', () => {
    const shapes = geometriesOf(shipped('provinces.topo.json')).map(
      (g) => `${g.properties.code} ${g.properties.name}`,
    );
    const official = regions.filter((r) => r.level === 'provinsi').map((r) => `${r.code} ${r.name}`);
    assert.deepEqual(shapes.sort(), official.sort());
  });

  test('kab/kota: the official ones without a shape are the known seven; no shape lacks a code', () => {
    const geometries = geometriesOf(shipped('kabkota.topo.json'));
    const withoutCode = geometries.filter((g) => !g.properties.code).map((g) => g.properties.name);
    assert.deepEqual(withoutCode, [], `shapes without an official code: ${withoutCode.join(', ')}`);
    const codes = geometries.map((g) => g.properties.code!);
    assert.equal(new Set(codes).size, codes.length, 'one shape per code');
    const shaped = new Set(codes);
    const withoutShape = regions
      .filter((r) => r.level === 'kabkota' && !shaped.has(r.code))
      .map((r) => `${r.code} ${r.name}`);
    assert.deepEqual(withoutShape, KNOWN_WITHOUT_SHAPE);
    for (const g of geometries) {
      const region = regions.find((r) => r.code === g.properties.code);
      assert.equal(g.properties.name, region?.name);
      assert.equal(g.properties.province, region?.parentCode);
    }
  });

  test('the national kab/kota layer stays far under 600 KB gzipped', () => {
    const body = fs.readFileSync(path.join(import.meta.dirname, 'geometry', 'kabkota.topo.json'));
    assert.ok(gzipSync(body).length < 150 * 1024, `${gzipSync(body).length} bytes gzipped`);
  });
});

describe('GET /api/maps/geometry/:layer', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(async () => t.close());

  const get = (layer: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/maps/geometry/${layer}`, headers });

  test('provinces and the national kab/kota, without a session, cached with an ETag', async () => {
    const provinces = await get('provinces');
    assert.equal(provinces.statusCode, 200);
    assert.match(provinces.headers['content-type'] as string, /application\/json/);
    assert.match(provinces.headers['cache-control'] as string, /public, max-age=604800/);
    assert.equal(geometriesOf(provinces.json()).length, 38);
    const kabkota = await get('kabkota');
    const codes = geometriesOf(kabkota.json()).map((g) => g.properties.code);
    assert.equal(codes.length, 507);
    assert.ok(codes.includes('72.71'), 'Kota Palu is drawn');
  });

  test('one province: only its kab/kota and only the arcs they use, same coordinates', async () => {
    const national = (await get('kabkota')).json() as Topology;
    const res = await get('kabkota-72');
    assert.equal(res.statusCode, 200);
    const province = res.json() as Topology;
    const geometries = geometriesOf(province);
    assert.equal(geometries.length, 13, 'Sulawesi Tengah has 13 kab/kota');
    assert.ok(
      geometries.every((g) => g.properties.province === '72' && g.properties.code!.startsWith('72.')),
    );
    assert.ok(province.arcs.length < national.arcs.length / 10);
    assert.deepEqual(province.transform, national.transform);
    // Every arc reference resolves, and Palu's first ring is the national one's.
    const refs = (a: unknown): number[] => (Array.isArray(a) ? a.flatMap(refs) : [a as number]);
    const palu = (topo: Topology) => geometriesOf(topo).find((g) => g.properties.code === '72.71')!;
    const ring = (topo: Topology) => refs(palu(topo).arcs).map((r) => topo.arcs[r < 0 ? ~r : r]);
    for (const arc of ring(province)) assert.ok(arc);
    assert.deepEqual(ring(province), ring(national));
  });

  test('gzip on request; the same ETag answers 304 without a body', async () => {
    const zipped = await get('kabkota', { 'accept-encoding': 'gzip' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    const body = gunzipSync(zipped.rawPayload).toString('utf8');
    assert.equal(geometriesOf(JSON.parse(body)).length, 507);
    const etag = zipped.headers.etag as string;
    assert.match(etag, /^"[\w-]{32}"$/);
    const again = await get('kabkota', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const other = await get('provinces', { 'if-none-match': etag });
    assert.equal(other.statusCode, 200, 'another layer has another tag');
  });

  test('an unknown layer is refused naming `layer`', async () => {
    for (const layer of ['kecamatan', 'kabkota-7', 'kabkota-72.71', 'PROVINCES']) {
      const res = await get(encodeURIComponent(layer));
      assert.equal(res.statusCode, 400, layer);
      assert.ok(res.json().error.fields.layer, layer);
    }
    const noSuchProvince = await get('kabkota-99');
    assert.equal(noSuchProvince.statusCode, 404);
    assert.ok(noSuchProvince.json().error.fields.layer);
  });
});
