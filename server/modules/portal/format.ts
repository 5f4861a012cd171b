/**
 * The words and numbers of the public pages, in Indonesian and English: chapter, unit and
 * source names, number formatting, HTML escaping, and the trend sparkline (a small inline SVG
 * drawn on the server, so the page needs no script; its data table sits beside it).
 */
import type { PortalLang, PortalPoint } from '../../../api/portal.js';
import type { SourceKind, Unit } from '../../../domain/indicators.js';
import { escapeHtml } from '../../lib/html.js';

const UNIT_LABELS: Record<Unit, Record<PortalLang, string>> = {
  orang: { id: 'orang', en: 'people' },
  persen: { id: 'persen', en: 'percent' },
  rasio: { id: 'rasio', en: 'ratio' },
  indeks: { id: 'indeks', en: 'index' },
  rupiah: { id: 'rupiah', en: 'rupiah' },
  tahun: { id: 'tahun', en: 'years' },
  kasus: { id: 'kasus', en: 'cases' },
  jiwa_per_km2: { id: 'jiwa per km²', en: 'people per km²' },
  per_1000: { id: 'per 1.000', en: 'per 1,000' },
  per_100000: { id: 'per 100.000', en: 'per 100,000' },
  unit: { id: 'unit', en: 'units' },
};

export const unitLabel = (unit: Unit, lang: PortalLang) => UNIT_LABELS[unit][lang];

const SOURCE_LABELS: Record<SourceKind, Record<PortalLang, string>> = {
  bps: { id: 'BPS', en: 'BPS (Statistics Indonesia)' },
  administrative: { id: 'Data administratif', en: 'Administrative data' },
  survey: { id: 'Survei', en: 'Survey' },
};

export function sourceText(source: { kind: SourceKind; note: string }, lang: PortalLang): string {
  const kind = SOURCE_LABELS[source.kind][lang];
  if (!source.note) return kind;
  // "BPS, Susenas" already names its publisher: no "BPS: BPS, Susenas".
  return source.note.toLowerCase().startsWith(SOURCE_LABELS[source.kind].id.toLowerCase())
    ? source.note
    : `${kind}: ${source.note}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** 1.234,5 in Indonesian, 1,234.5 in English; an em dash for a withheld or missing figure. */
export function formatNumber(value: number | null, decimals: number, lang: PortalLang): string {
  if (value === null) return '—';
  const d = Math.max(0, Math.min(decimals, 6));
  const key = `${lang}:${d}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

export const COLORS = { p: '#7b2d8e', l: '#0f5f5a' };

/**
 * P as a solid line and L dashed (told apart without colour), scaled to the pair's range.
 * Null when fewer than two periods: one point is no trend.
 */
export function sparkline(points: PortalPoint[], label: string): string | null {
  const values = points.flatMap((p) => [p.p, p.l]).filter((v): v is number => v !== null);
  if (points.length < 2 || values.length === 0) return null;
  const w = 96;
  const h = 28;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => ((i / (points.length - 1)) * (w - 4) + 2).toFixed(1);
  const y = (v: number) => (h - 2 - ((v - min) / span) * (h - 4)).toFixed(1);
  const line = (pick: (p: PortalPoint) => number | null, color: string, dash: string) => {
    const coords = points
      .map((p, i) => (pick(p) === null ? null : `${x(i)},${y(pick(p)!)}`))
      .filter((c): c is string => c !== null);
    if (coords.length < 2) return '';
    return `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${coords.join(' ')}"/>`;
  };
  return `<svg role="img" aria-label="${escapeHtml(label)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${line((p) => p.p, COLORS.p, '')}${line((p) => p.l, COLORS.l, ' stroke-dasharray="4 2"')}</svg>`;
}

/** A date in words: `5 Desember 2026`, `5 December 2026` (Western Indonesia time). */
export function longDate(date: Date, lang: PortalLang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}
