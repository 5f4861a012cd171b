/**
 * Map geometry: the simplified, quantised TopoJSON layers shipped with the app
 * (server/modules/maps/geometry/, built by scripts/build-geo.ts). Each geometry's properties
 * carry the official region code (`code`), its name and, for a kab/kota, its province.
 */
import { z } from 'zod';

/** `provinces`, `kabkota` (the whole nation) or `kabkota-<province code>` (one province's kab/kota). */
export const MAP_LAYER_PATTERN = /^(provinces|kabkota|kabkota-\d{2})$/;

export const mapGeometryParams = z.object({
  layer: z.string().refine((v) => MAP_LAYER_PATTERN.test(v), { message: 'map_layer_unknown' }),
});

export const mapGeometryProperties = z.object({
  code: z.string().nullable(),
  name: z.string(),
  province: z.string().nullable().optional(),
});
export type MapGeometryProperties = z.infer<typeof mapGeometryProperties>;

/** A TopoJSON topology (the route sends the stored bytes; this documents their shape). */
export const mapGeometryResponse = z
  .object({
    type: z.literal('Topology'),
    transform: z.object({ scale: z.array(z.number()), translate: z.array(z.number()) }).optional(),
    objects: z.record(z.string(), z.unknown()),
    arcs: z.array(z.array(z.array(z.number()))),
  })
  .loose();
