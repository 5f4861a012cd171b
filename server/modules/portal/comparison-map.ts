/**
 * The comparison map of an indicator across a province's kab/kota as one SVG: the maps
 * module's ECharts choropleth (the web map's classes and colours) with its legend beside it,
 * drawn as text so it can be read and copied. The indicator page shows it above its ranked
 * table (the map's text alternative); the embeddable widget and the preview image reuse it.
 * The region that asks is outlined and named.
 */
import type { PortalComparison, PortalLang } from '../../../api/portal.js';
import { NO_DATA_COLOUR } from '../../../domain/maps/classes.js';
import { escapeHtml } from '../../lib/html.js';
import { choroplethSvg, layerDrawable } from '../maps/choropleth-svg.js';
import { formatNumber } from './format.js';

export interface ComparisonMapOptions {
  width: number;
  height: number;
  lang: PortalLang;
}

const TEXT = {
  id: {
    gap: 'Selisih P − L',
    female: 'Perempuan',
    male: 'Laki-laki',
    total: 'Total',
    noData: 'Tanpa angka',
    none: 'Peta tidak tersedia untuk wilayah ini',
    title: (c: PortalComparison) =>
      `Peta ${c.indicator.name}, kabupaten/kota di ${c.province?.name ?? ''}, ${c.year ?? ''}`,
  },
  en: {
    gap: 'Gap F − M',
    female: 'Female',
    male: 'Male',
    total: 'Total',
    noData: 'No figure',
    none: 'No map for this region',
    title: (c: PortalComparison) =>
      `Map of ${c.indicator.name}, regencies and cities of ${c.province?.name ?? ''}, ${c.year ?? ''}`,
  },
} as const;

const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";
/** The legend's column: wide enough for "−12.345,67 – −1.234,56". */
const LEGEND_WIDTH = 190;

export function comparisonMapSvg(comparison: PortalComparison, opts: ComparisonMapOptions): string {
  const { width, height, lang } = opts;
  const t = TEXT[lang];
  const title = t.title(comparison);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(FONT)}" font-size="12"><title>${escapeHtml(title)}</title>`;
  if (!comparison.layer || !layerDrawable(comparison.layer)) {
    return `${open}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#78716c">${t.none}</text></svg>`;
  }
  // A narrow box (a phone, a small embed) puts the legend under the map instead of beside it.
  const beside = width >= 2 * LEGEND_WIDTH;
  const drawn = choroplethSvg({
    layer: comparison.layer,
    values: comparison.items,
    measure: comparison.measure,
    highlight: comparison.items.some((i) => i.code === comparison.region.code)
      ? { code: comparison.region.code, name: comparison.region.name }
      : null,
    width: beside ? width - LEGEND_WIDTH : width,
    height: beside ? height : Math.max(60, height - 24 - 18 * 7),
    fontFamily: FONT,
    fontSize: 11,
    borderColour: '#ffffff',
  });
  const decimals = comparison.indicator.decimals;
  const rows = [
    ...drawn.classes.map((c, i) => ({
      colour: drawn.colours[i],
      label: `${formatNumber(c.from, decimals, lang)} – ${formatNumber(c.to, decimals, lang)} (${c.count})`,
    })),
    {
      colour: NO_DATA_COLOUR,
      label: `${t.noData} (${comparison.items.filter((i) => i.value === null).length})`,
    },
  ];
  const lx = beside ? width - LEGEND_WIDTH + 8 : 8;
  const ly = beside ? 16 : height - 18 * rows.length - 8;
  const legend =
    `<text x="${lx}" y="${ly}" font-weight="600" fill="#1c1917">${escapeHtml(t[comparison.measure])}</text>` +
    rows
      .map(
        (r, i) =>
          `<rect x="${lx}" y="${ly + 8 + i * 18}" width="14" height="12" fill="${r.colour}" stroke="#9e9e9e" stroke-width="0.5"/><text x="${lx + 20}" y="${ly + 18 + i * 18}" fill="#1c1917">${escapeHtml(r.label)}</text>`,
      )
      .join('');
  // ECharts' own <svg> nests inside this one: the map keeps its coordinates, the legend its own.
  return `${open}${drawn.svg.replace(/^<svg /, '<svg x="0" y="0" ')}${legend}</svg>`;
}
