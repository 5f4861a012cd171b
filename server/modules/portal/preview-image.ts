/**
 * The preview images a shared link shows (1200×630, Open Graph's large card), drawn as SVG
 * and turned into PNG by server/lib/svg-png.ts. They hold only what the public page holds (the
 * answers of service.ts, verified figures and BPS-published indices), say "Setara", the years
 * and the source, and carry a "DATA DEMO" badge when the figures are the seed's invented ones.
 * Text is sized for a phone's chat bubble, where the card is shown about 300 px wide.
 */
import type { PortalIndicatorResponse, PortalLang, PortalRegionResponse } from '../../../api/portal.js';
import { INDEX_SCALE } from '../../../domain/indices/constants.js';
import { escapeHtml } from '../../lib/html.js';
import { SVG_FONT_FAMILY } from '../../lib/svg-png.js';
import { COLORS, formatNumber, sourceText, unitLabel } from './format.js';
import { seriesChartSvg } from './indicator-chart.js';
import { PREVIEW_HEIGHT as H, PREVIEW_WIDTH as W } from './open-graph.js';

const TEXT = {
  id: {
    portal: 'Portal Data Gender',
    kicker: 'Data gender terpilah',
    demo: 'DATA DEMO — bukan statistik resmi',
    gap: 'Kesenjangan terlebar',
    p: 'Perempuan',
    l: 'Laki-laki',
    none: 'Belum ada nilai terverifikasi',
    verified: 'Terverifikasi pemerintah daerah',
    indexSource: 'BPS',
    latest: (year: string) => `Tahun ${year}`,
    count: (n: number) => `${n} indikator terverifikasi`,
  },
  en: {
    portal: 'Gender Data Portal',
    kicker: 'Sex-disaggregated gender data',
    demo: 'DEMO DATA — not official statistics',
    gap: 'Widest gender gap',
    p: 'Female',
    l: 'Male',
    none: 'No verified value yet',
    verified: 'Verified by the regional government',
    indexSource: 'BPS',
    latest: (year: string) => `Year ${year}`,
    count: (n: number) => `${n} verified indicators`,
  },
} as const;

const INK = '#1c1917';
const MUTED = '#57534e';
const BRAND = '#5b1f6a';
const MARGIN = 60;

/** `text` cut to `max` characters with an ellipsis (Roboto averages ~0.5 em a character). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Up to `lines` lines of at most `max` characters, broken between words; the last one clipped. */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = current ? `${current} ${words[i]}` : words[i];
    if (Array.from(next).length <= max || !current) {
      current = next;
      continue;
    }
    if (out.length === lines - 1) {
      out.push(clip(`${current} ${words.slice(i).join(' ')}`, max));
      return out;
    }
    out.push(current);
    current = words[i];
  }
  if (current) out.push(clip(current, max));
  return out;
}

const text = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeHtml(body)}</text>`;

/** The purple band on top ("Setara · Portal Data Gender") and the demo badge when it applies. */
function frame(lang: PortalLang, demo: boolean, footer: string, body: string): string {
  const t = TEXT[lang];
  const badgeW = 560;
  const badge = demo
    ? `<rect x="${W - MARGIN - badgeW}" y="18" width="${badgeW}" height="56" rx="8" fill="#fef3c7" stroke="#b45309" stroke-width="3"/>${text(W - MARGIN - badgeW / 2, 56, 26, t.demo, ` text-anchor="middle" font-weight="500" fill="#78350f"`)}`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${SVG_FONT_FAMILY}" fill="${INK}">
<rect width="${W}" height="${H}" fill="#faf7fb"/>
<rect width="${W}" height="92" fill="${BRAND}"/>
${text(MARGIN, 60, 38, 'Setara', ` font-weight="500" fill="#fff"`)}${text(MARGIN + 150, 58, 26, t.portal, ` fill="#f3e8f7"`)}${badge}
${body}
<rect y="${H - 64}" width="${W}" height="64" fill="#f1ebf3"/>
${text(MARGIN, H - 24, 22, clip(footer, 96), ` fill="${MUTED}"`)}
</svg>`;
}

/** A horizontal bar with its label and value: one sex of a gap, told apart by label and pattern. */
function bar(
  y: number,
  label: string,
  value: number,
  max: number,
  shown: string,
  colour: string,
  dashed: boolean,
) {
  const x0 = MARGIN + 170;
  const full = 640;
  const w = max > 0 ? Math.max(4, (Math.abs(value) / max) * full) : 4;
  const fill = dashed
    ? `fill="#fff" stroke="${colour}" stroke-width="4" stroke-dasharray="12 6"`
    : `fill="${colour}"`;
  return `${text(MARGIN, y + 27, 26, label, ` fill="${MUTED}"`)}<rect x="${x0}" y="${y}" width="${w.toFixed(1)}" height="36" rx="4" ${fill}/>${text(x0 + w + 16, y + 28, 28, shown, ` font-weight="500"`)}`;
}

/** The region's card: its name, BPS's latest IPG when published, and its widest verified gap. */
export function regionPreviewSvg(data: PortalRegionResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  const { region } = data;
  const nameSize = Array.from(region.name).length > 30 ? 46 : 62;
  const parts: string[] = [
    text(MARGIN, 176, nameSize, clip(region.name, 44), ` font-weight="500"`),
    text(
      MARGIN,
      222,
      28,
      clip([t.kicker, region.parent?.name].filter(Boolean).join(' · '), 70),
      ` fill="${MUTED}"`,
    ),
  ];
  const years = new Set<string>();
  let y = 290;
  const ipg = data.indices.find((i) => i.index === 'ipg') ?? data.indices[0];
  if (ipg) {
    const value = formatNumber(ipg.value, INDEX_SCALE[ipg.index].decimals, lang);
    parts.push(
      text(MARGIN, y + 20, 30, `${ipg.name} (${ipg.index.toUpperCase()}) ${ipg.year}`, ` fill="${MUTED}"`),
      text(W - MARGIN, y + 24, 48, value, ` text-anchor="end" font-weight="500" fill="${BRAND}"`),
    );
    years.add(String(ipg.year));
    y += 70;
  }
  const gap = data.gaps[0];
  if (gap) {
    const decimals = data.indicators.find((i) => i.code === gap.indicatorCode)?.decimals ?? 2;
    const max = Math.max(Math.abs(gap.p), Math.abs(gap.l));
    const unit = unitLabel(gap.unit, lang);
    parts.push(
      text(MARGIN, y + 16, 26, `${t.gap} · ${gap.period}`, ` fill="${MUTED}"`),
      text(MARGIN, y + 54, 32, clip(gap.name, 62), ` font-weight="500"`),
      bar(y + 76, t.p, gap.p, max, `${formatNumber(gap.p, decimals, lang)} ${unit}`, COLORS.p, false),
      bar(y + 126, t.l, gap.l, max, `${formatNumber(gap.l, decimals, lang)} ${unit}`, COLORS.l, true),
    );
    years.add(gap.period);
    y += 190;
  }
  const periods = data.indicators.map((i) => i.latest.period).sort();
  parts.push(
    text(
      MARGIN,
      Math.max(y + 30, 470),
      28,
      data.indicators.length ? t.count(data.indicators.length) : t.none,
      ` fill="${MUTED}"`,
    ),
  );
  if (periods.length && !gap) years.add(periods[periods.length - 1]);
  const footer = [t.verified, ipg ? `${t.indexSource} (IPG)` : null, [...years].sort().join(', ')]
    .filter(Boolean)
    .join(' · ');
  return frame(lang, data.demo, footer, parts.join('\n'));
}

/** An indicator's card: its name, the region, the trend by sex (the page's chart) and the latest year. */
export function indicatorPreviewSvg(data: PortalIndicatorResponse, lang: PortalLang): string {
  const t = TEXT[lang];
  const { indicator, region, series } = data;
  const title = wrap(indicator.name, 46, 2);
  const parts: string[] = title.map((line, i) => text(MARGIN, 150 + i * 50, 42, line, ` font-weight="500"`));
  const below = 150 + (title.length - 1) * 50 + 42;
  parts.push(text(MARGIN, below, 28, clip(region.name, 60), ` fill="${MUTED}"`));
  const latest = series[series.length - 1];
  const unit = unitLabel(indicator.unit, lang);
  // The page's own chart at half size, scaled ×2: its 12 px labels read as 24 px on the card.
  const chartTop = below + 20;
  const chartH = Math.floor((H - 64 - 70 - chartTop) / 2);
  const chart = seriesChartSvg(series.slice(-10), {
    width: (W - 2 * MARGIN) / 2,
    height: chartH,
    lang,
    title: indicator.name,
    decimals: indicator.decimals,
    unit,
  });
  parts.push(`<g transform="translate(${MARGIN} ${chartTop}) scale(2)">${chart}</g>`);
  if (latest) {
    const figures = [
      latest.p === null ? null : `${t.p} ${formatNumber(latest.p, indicator.decimals, lang)}`,
      latest.l === null ? null : `${t.l} ${formatNumber(latest.l, indicator.decimals, lang)}`,
      latest.p === null && latest.l === null ? formatNumber(latest.t, indicator.decimals, lang) : null,
    ].filter(Boolean);
    parts.push(
      text(
        MARGIN,
        H - 64 - 24,
        30,
        `${t.latest(latest.period)}: ${figures.join(' · ')} (${unit})`,
        ` font-weight="500"`,
      ),
    );
  }
  const span = series.length ? `${series[0].period}–${series[series.length - 1].period}` : '';
  const footer = [sourceText(indicator.source, lang), t.verified, span].filter(Boolean).join(' · ');
  return frame(lang, data.demo, footer, parts.join('\n'));
}
