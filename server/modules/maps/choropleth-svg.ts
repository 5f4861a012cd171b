/**
 * A kab/kota choropleth drawn by ECharts' server-side SVG renderer: the shipped boundaries
 * (./geometry, the same TopoJSON the web map page draws), converted to GeoJSON and registered
 * with ECharts once per process, coloured by the web map's classes and colours
 * (domain/maps/classes.ts) so a region has the same colour on paper, on the portal and on
 * screen. The Profil Gender PDF (profil/maps.ts) and the portal's comparison map
 * (portal/comparison-map.ts) both draw through here; each sets its own legend, as text.
 */
import * as echarts from 'echarts';
import { bbox, feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MapGeometryProperties } from '../../../api/maps.js';
import {
  classColours,
  classIndexOf,
  mapClasses,
  NO_DATA_COLOUR,
  type MapClass,
  type MapMeasure,
} from '../../../domain/maps/classes.js';
import { AppError } from '../../lib/errors.js';
import { layerTopology } from './geometry.js';

export interface ChoroplethSvg {
  svg: string;
  /** The legend: classes of the values drawn, and one colour per class. */
  classes: MapClass[];
  colours: string[];
  /** Regions with a value and a shape, i.e. coloured on the map. */
  coloured: string[];
  /** Regions of the list without a shape in the layer (they cannot be drawn). */
  unshaped: string[];
}

export interface ChoroplethInput {
  /** A layer of server/modules/maps/geometry, e.g. `kabkota-72`. */
  layer: string;
  /** One entry per region to colour; a null value is drawn as "no data". */
  values: readonly { code: string; value: number | null }[];
  /** Picks the colour ramp: sequential for a figure, diverging for a gap or a ratio. */
  measure: MapMeasure;
  /** The region to outline and name, if any. */
  highlight: { code: string; name: string } | null;
  width: number;
  height: number;
  /** Text of the highlight's label (the PDF embeds Roboto; a web page uses the system font). */
  fontFamily?: string;
  fontSize?: number;
  /** Region borders: grey on paper, where a region at parity (#f7f7f7) would vanish into the page. */
  borderColour?: string;
}

const HIGHLIGHT_BORDER = '#111111';

interface Registered {
  mapName: string;
  codes: Set<string>;
  /** Height over width of the layer's extent, as drawn (aspectScale 1: a degree is a degree). */
  aspect: number;
}

/** Layer name → its ECharts registration. */
const registered = new Map<string, Registered>();

/**
 * Registers a layer once per process (each PDF worker is one), under a name unique to the
 * layer, so two provinces' maps never share a registration. Throws the maps module's 404
 * for a province without kab/kota shapes.
 */
function registerLayer(layer: string): Registered {
  let entry = registered.get(layer);
  if (!entry) {
    const topology = layerTopology(layer);
    const object = Object.values(topology.objects)[0] as GeometryCollection<MapGeometryProperties>;
    const geoJson = feature(topology, object);
    const mapName = `setara-${layer}`;
    echarts.registerMap(mapName, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
    const codes = new Set(
      object.geometries
        .map((g) => (g.properties as MapGeometryProperties | undefined)?.code)
        .filter((c): c is string => typeof c === 'string'),
    );
    const [x0, y0, x1, y1] = bbox(topology);
    entry = { mapName, codes, aspect: (y1 - y0) / Math.max(x1 - x0, 1e-9) };
    registered.set(layer, entry);
  }
  return entry;
}

/** Whether the layer has shapes (every province's does today; a new province may not yet). */
export function layerDrawable(layer: string): boolean {
  try {
    registerLayer(layer);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return false;
    throw err;
  }
}

/**
 * The box a layer's map fills at `width`: as tall as its extent asks, within the bounds, so a
 * long province (Jawa Timur with Madura) is not drawn in a square with empty bands.
 */
export function mapBox(layer: string, width: number, minHeight: number, maxHeight: number) {
  const { aspect } = registerLayer(layer);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)));
  return { width: Math.round(Math.min(width, height / aspect)), height };
}

/**
 * One map: every region of the layer, coloured by the class of its value (grey without one),
 * the highlighted region outlined and named. Quantile classes, as the web map draws by default.
 */
export function choroplethSvg(input: ChoroplethInput): ChoroplethSvg {
  const { mapName, codes } = registerLayer(input.layer);
  const classes = mapClasses(input.values.map((v) => v.value));
  const colours = classColours(classes, input.measure);
  const fontSize = input.fontSize ?? 8;
  const coloured: string[] = [];
  const data = input.values
    .filter((v) => codes.has(v.code))
    .map((v) => {
      const index = classIndexOf(v.value, classes);
      if (index !== null) coloured.push(v.code);
      const own = v.code === input.highlight?.code;
      return {
        name: v.code,
        itemStyle: {
          areaColor: index === null ? NO_DATA_COLOUR : colours[index],
          ...(own ? { borderColor: HIGHLIGHT_BORDER, borderWidth: 2 } : {}),
        },
        label: own
          ? {
              show: true,
              // A function, not a string: ECharts would read `{b}` in a name as a template.
              formatter: () => input.highlight!.name,
              fontSize,
              fontWeight: 'bold' as const,
              color: HIGHLIGHT_BORDER,
              backgroundColor: 'rgba(255,255,255,0.8)',
              padding: [1, 2],
            }
          : undefined,
      };
    });

  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: input.width,
    height: input.height,
  });
  try {
    chart.setOption({
      // Animation would leave the first frame (no colours) in a one-shot SSR render.
      animation: false,
      textStyle: { fontFamily: input.fontFamily ?? 'Roboto', fontSize, color: '#333' },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          // The shipped geometry is already projected for screens; keep its aspect as the web does.
          aspectScale: 1,
          // Fitted into the box, aspect kept (mapBox gives a box of the layer's shape).
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          selectedMode: false,
          silent: true,
          label: { show: false },
          itemStyle: {
            areaColor: NO_DATA_COLOUR,
            borderColor: input.borderColour ?? '#9e9e9e',
            borderWidth: 0.4,
          },
          data,
        },
      ],
    });
    return {
      svg: chart.renderToSVGString(),
      classes,
      colours,
      coloured,
      unshaped: input.values.filter((v) => !codes.has(v.code)).map((v) => v.code),
    };
  } finally {
    chart.dispose();
  }
}
