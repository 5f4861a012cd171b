/**
 * The map layers: the committed TopoJSON of ./geometry (scripts/build-geo.ts builds them from
 * ../shared/geo). A province's kab/kota layer is cut from the national one on first request —
 * its geometries and only the arcs they use, renumbered — so one file is shipped and a
 * province map sends a tenth of the national bytes. Each layer is rendered once per process
 * and kept with its gzip and a strong ETag of its bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { MapGeometryProperties } from '../../../api/maps.js';
import { AppError } from '../../lib/errors.js';
import type { CachedAnswer } from '../../lib/public-cache.js';

const geometryDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'geometry');

export type Layer = Topology<{ [name: string]: { type: 'GeometryCollection'; geometries: Geometry[] } }>;
type Geometry = GeometryObject<MapGeometryProperties>;

const files = { provinces: 'provinces.topo.json', kabkota: 'kabkota.topo.json' } as const;
const sources = new Map<string, Layer>();
const answers = new Map<string, CachedAnswer>();

function source(name: keyof typeof files): Layer {
  let layer = sources.get(name);
  if (!layer) {
    layer = JSON.parse(fs.readFileSync(path.join(geometryDir, files[name]), 'utf8')) as Layer;
    sources.set(name, layer);
  }
  return layer;
}

function unknownLayer(): AppError {
  return new AppError(404, 'not_found', 'map_layer_unknown', { layer: 'map_layer_unknown' });
}

/** Arc references of a Polygon/MultiPolygon/LineString geometry, nested as TopoJSON nests them. */
type ArcRefs = number | ArcRefs[];

function remapArcs(refs: ArcRefs, index: Map<number, number>): ArcRefs {
  if (Array.isArray(refs)) return refs.map((r) => remapArcs(r, index));
  // A negative reference ~i is arc i reversed.
  const arc = refs < 0 ? ~refs : refs;
  if (!index.has(arc)) index.set(arc, index.size);
  const at = index.get(arc)!;
  return refs < 0 ? ~at : at;
}

/** The geometries of `layer` that `keep` selects, with only the arcs they reference. */
export function subset(layer: Layer, keep: (properties: MapGeometryProperties) => boolean): Layer {
  const [name, collection] = Object.entries(layer.objects)[0];
  const index = new Map<number, number>();
  const geometries = collection.geometries
    .filter((g) => g.properties && keep(g.properties as MapGeometryProperties))
    .map((g) => ('arcs' in g ? { ...g, arcs: remapArcs(g.arcs as ArcRefs, index) } : g) as Geometry);
  const arcs = [...index.keys()].map((i) => layer.arcs[i]);
  return { ...layer, objects: { [name]: { type: 'GeometryCollection', geometries } }, arcs };
}

function render(layerName: string): Layer {
  if (layerName === 'provinces' || layerName === 'kabkota') return source(layerName);
  const province = /^kabkota-(\d{2})$/.exec(layerName)?.[1];
  if (!province) throw unknownLayer();
  const layer = subset(source('kabkota'), (p) => p.province === province);
  const [collection] = Object.values(layer.objects);
  if (collection.geometries.length === 0) throw unknownLayer();
  return layer;
}

/**
 * The layer itself, for a server-side renderer (the Profil Gender PDF's maps): the same
 * topology the route sends. Throws the route's 404 for an unknown layer.
 */
export function layerTopology(layerName: string): Layer {
  return render(layerName);
}

/** The layer's bytes, gzip and ETag; 404 naming `layer` for a province without kab/kota shapes. */
export function geometryAnswer(layerName: string): CachedAnswer {
  let answer = answers.get(layerName);
  if (!answer) {
    const body = JSON.stringify(render(layerName));
    answer = {
      body,
      gzipped: gzipSync(body, { level: 9 }),
      contentType: 'application/json; charset=utf-8',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    };
    answers.set(layerName, answer);
  }
  return answer;
}
