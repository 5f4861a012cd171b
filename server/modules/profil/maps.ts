/**
 * The Profil Gender's kab/kota choropleths, embedded in the PDF as vectors. The drawing itself
 * (boundaries, ECharts' SSR renderer, the web map's classes and colours) is the maps module's
 * choroplethSvg, shared with the portal's comparison map; this file says what a profil map
 * shows: the profil's region outlined and named, grey borders for paper.
 *
 * The legend is not drawn here: the PDF sets it as text beside the map (pdf-maps.ts), so it
 * can be read, searched and copied. This file answers the classes and colours for it.
 */
import {
  choroplethSvg as drawChoropleth,
  layerDrawable,
  mapBox,
  type ChoroplethSvg,
} from '../maps/choropleth-svg.js';
import type { ProfilMap, ProfilMaps } from './model.js';

export { layerDrawable, mapBox, type ChoroplethSvg };

/**
 * One map: every kab/kota of the layer, coloured by the class of its value (grey without
 * one), the profil's own region outlined and named. Quantile classes, as the web map
 * draws by default.
 */
export function choroplethSvg(
  section: ProfilMaps,
  map: ProfilMap,
  width: number,
  height: number,
): ChoroplethSvg {
  const name = section.regions.find((r) => r.code === section.highlight)?.name;
  return drawChoropleth({
    layer: section.layer,
    values: map.values,
    measure: map.measure,
    highlight: section.highlight ? { code: section.highlight, name: name ?? section.highlight } : null,
    width,
    height,
  });
}
