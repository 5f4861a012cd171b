/**
 * An indicator's series by sex as one inline SVG line chart, drawn on the server so the page
 * needs no script: the indicator page shows it, and the embeddable widget and the preview image
 * reuse it. Same conventions as the region page's sparklines (format.ts): P a solid line, L a
 * dashed one (told apart without colour), plus round and square markers; a total-only
 * indicator is drawn dotted. The figures themselves are in the data table the page puts beside
 * it — the chart is a picture of that table, named by its `title` and `aria-label`.
 */
import type { PortalLang, PortalPoint } from '../../../api/portal.js';
import { escapeHtml } from '../../lib/html.js';
import { COLORS, formatNumber } from './format.js';

export interface SeriesChartOptions {
  width: number;
  height: number;
  lang: PortalLang;
  /** What the chart shows, for screen readers (its `<title>`). */
  title: string;
  decimals: number;
  /** The unit's label, written above the value axis. */
  unit: string;
}

const LEGEND = {
  id: { p: 'Perempuan', l: 'Laki-laki', t: 'Total', none: 'Belum ada nilai terverifikasi' },
  en: { p: 'Female', l: 'Male', t: 'Total', none: 'No verified value yet' },
} as const;

const TOTAL_COLOUR = '#44403c';
const AXIS_COLOUR = '#78716c';
const GRID_COLOUR = '#e7e5e4';
const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";

/** About `count` round steps (1, 2, 2.5, 5 × 10ⁿ) covering min…max. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

type Pick = (p: PortalPoint) => number | null;

export function seriesChartSvg(points: PortalPoint[], opts: SeriesChartOptions): string {
  const { width: w, height: h, lang } = opts;
  const text = LEGEND[lang];
  const head = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(opts.title)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeHtml(FONT)}" font-size="12"><title>${escapeHtml(opts.title)}</title>`;
  const hasP = points.some((p) => p.p !== null);
  const hasL = points.some((p) => p.l !== null);
  // A total is drawn only for an indicator that has no figure by sex (e.g. a household count).
  const lines: {
    key: 'p' | 'l' | 't';
    pick: Pick;
    colour: string;
    dash: string;
    marker: 'circle' | 'square';
  }[] = [];
  if (hasP) lines.push({ key: 'p', pick: (p) => p.p, colour: COLORS.p, dash: '', marker: 'circle' });
  if (hasL) lines.push({ key: 'l', pick: (p) => p.l, colour: COLORS.l, dash: '6 4', marker: 'square' });
  if (!hasP && !hasL)
    lines.push({ key: 't', pick: (p) => p.t, colour: TOTAL_COLOUR, dash: '2 3', marker: 'circle' });
  const values = points.flatMap((p) => lines.map((l) => l.pick(p))).filter((v): v is number => v !== null);
  if (values.length === 0) {
    return `${head}<text x="${w / 2}" y="${h / 2}" text-anchor="middle" fill="${AXIS_COLOUR}">${text.none}</text></svg>`;
  }

  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const labels = ticks.map((t) => formatNumber(t, tickDecimals(ticks, opts.decimals), lang));
  const left = 12 + Math.max(...labels.map((l) => l.length)) * 7;
  const right = 16;
  const top = 34;
  const bottom = 28;
  const plotW = Math.max(10, w - left - right);
  const plotH = Math.max(10, h - top - bottom);
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const f = (n: number) => n.toFixed(1);

  const grid = ticks
    .map(
      (t, i) =>
        `<line x1="${left}" x2="${left + plotW}" y1="${f(y(t))}" y2="${f(y(t))}" stroke="${GRID_COLOUR}"/><text x="${left - 6}" y="${f(y(t) + 4)}" text-anchor="end" fill="${AXIS_COLOUR}">${labels[i]}</text>`,
    )
    .join('');
  // At most about one period label per 48 px, always the first and the last.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plotW / 48))));
  const periods = points
    .map((p, i) =>
      i % every === 0 || i === points.length - 1
        ? `<text x="${f(x(i))}" y="${h - 8}" text-anchor="middle" fill="${AXIS_COLOUR}">${escapeHtml(p.period)}</text>`
        : '',
    )
    .join('');
  const drawn = lines
    .map((line) => {
      const at = points
        .map((p, i) => ({ i, v: line.pick(p) }))
        .filter((c): c is { i: number; v: number } => c.v !== null);
      const path =
        at.length > 1
          ? `<polyline fill="none" stroke="${line.colour}" stroke-width="2.5"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''} points="${at.map((c) => `${f(x(c.i))},${f(y(c.v))}`).join(' ')}"/>`
          : '';
      const markers = at
        .map((c) =>
          line.marker === 'circle'
            ? `<circle cx="${f(x(c.i))}" cy="${f(y(c.v))}" r="3.5" fill="${line.colour}"/>`
            : `<rect x="${f(x(c.i) - 3.5)}" y="${f(y(c.v) - 3.5)}" width="7" height="7" fill="${line.colour}"/>`,
        )
        .join('');
      return path + markers;
    })
    .join('');
  const legend = lines
    .map((line, i) => {
      const lx = left + i * 120;
      return `<line x1="${lx}" x2="${lx + 28}" y1="12" y2="12" stroke="${line.colour}" stroke-width="2.5"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/><text x="${lx + 34}" y="16" fill="#1c1917">${text[line.key]}</text>`;
    })
    .join('');
  const unit = `<text x="${w - right}" y="16" text-anchor="end" fill="${AXIS_COLOUR}">${escapeHtml(opts.unit)}</text>`;
  const axis = `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="${AXIS_COLOUR}"/>`;
  return `${head}${legend}${unit}${grid}${axis}${periods}${drawn}</svg>`;
}

/** The axis labels' decimals: the indicator's, but no more than the tick step needs. */
function tickDecimals(ticks: number[], decimals: number): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const digits = String(Number(step.toPrecision(6))).split('.')[1] ?? '';
  const needed = Math.min(6, digits.length);
  return Math.min(Math.max(0, decimals), needed);
}
