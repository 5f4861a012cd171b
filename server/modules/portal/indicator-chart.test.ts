/**
 * The indicator page's two pictures, reused by the widgets and preview images: the series
 * chart (P solid, L dashed, the title escaped, gaps in a series not bridged) and the province
 * comparison map (a shape per kab/kota, the region named, the legend as text).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PortalComparison, PortalPoint } from '../../../api/portal.js';
import { comparisonMapSvg } from './comparison-map.js';
import { niceTicks, seriesChartSvg } from './indicator-chart.js';

const point = (period: string, p: number | null, l: number | null): PortalPoint => ({
  period,
  p,
  l,
  t: null,
  diff: null,
  ratio: null,
  status: 'verified',
});
const opts = {
  width: 640,
  height: 280,
  lang: 'id' as const,
  title: 'UHH <Palu> & "x"',
  decimals: 2,
  unit: 'tahun',
};

describe('seriesChartSvg', () => {
  test('round ticks that cover the values', () => {
    assert.deepEqual(niceTicks(66.1, 72.4), [66, 68, 70, 72, 74]);
    assert.deepEqual(niceTicks(0.2, 0.9), [0.2, 0.4, 0.6, 0.8, 1]);
    const flat = niceTicks(5, 5);
    assert.ok(flat[0] < 5 && flat[flat.length - 1] > 5, 'one value gets a band around it');
  });

  test('P a solid line, L a dashed one, the title escaped, numbers in Indonesian', () => {
    const svg = seriesChartSvg(
      [point('2021', 70.5, 66.25), point('2022', 71, 67), point('2023', 71.5, 67.5)],
      opts,
    );
    assert.match(svg, /^<svg [^>]*role="img" aria-label="UHH &lt;Palu&gt; &amp; &quot;x&quot;"/);
    assert.match(svg, /<title>UHH &lt;Palu&gt; &amp; &quot;x&quot;<\/title>/);
    const lines = svg.match(/<polyline [^>]*>/g) ?? [];
    assert.equal(lines.length, 2);
    assert.doesNotMatch(lines[0], /dasharray/, 'P solid');
    assert.match(lines[1], /stroke-dasharray/, 'L dashed');
    assert.match(svg, />Perempuan</);
    assert.match(svg, />Laki-laki</);
    assert.match(svg, />2021</);
    assert.match(svg, />tahun</);
    assert.equal((svg.match(/<circle /g) ?? []).length, 3, 'a round marker per P value');
    assert.equal((svg.match(/<rect /g) ?? []).length, 3, 'a square marker per L value');
    const en = seriesChartSvg([point('2022', 1500, 1200), point('2023', 2500, 1300)], {
      ...opts,
      lang: 'en',
      decimals: 0,
    });
    assert.match(en, />Female</);
    assert.match(en, />2,500</);
  });

  test('one point has markers and no line; no value says so', () => {
    const one = seriesChartSvg([point('2023', 71.5, null)], opts);
    assert.doesNotMatch(one, /<polyline/);
    assert.match(one, /<circle /);
    assert.doesNotMatch(one, />Laki-laki</, 'no legend for a sex without a figure');
    const none = seriesChartSvg([], { ...opts, lang: 'en' });
    assert.match(none, /No verified value yet/);
  });
});

describe('comparisonMapSvg', () => {
  const comparison = (layer: string | null): PortalComparison => ({
    region: { code: '72.71', name: 'Kota Palu' },
    province: layer ? { code: '72', name: 'Sulawesi Tengah' } : null,
    indicator: {
      code: 'X',
      name: 'Uji <peta>',
      unit: 'tahun',
      decimals: 2,
      source: { kind: 'bps', note: 'BPS' },
    },
    year: 2023,
    years: [2023],
    measure: 'gap',
    layer,
    items: ['72.01', '72.02', '72.03', '72.71'].map((code, i) => ({
      code,
      name: code,
      pagePath: `/p/${code}/X`,
      p: 70 + i,
      l: 70,
      t: null,
      value: i === 1 ? null : i,
      rank: null,
      status: 'verified' as const,
    })),
    visibility: '',
    demo: false,
  });

  test('a shape per kab/kota, the region named, the legend as text, the title escaped', () => {
    const svg = comparisonMapSvg(comparison('kabkota-72'), { width: 720, height: 420, lang: 'id' });
    assert.match(
      svg,
      /^<svg [^>]*role="img" aria-label="Peta Uji &lt;peta&gt;, kabupaten\/kota di Sulawesi Tengah, 2023"/,
    );
    assert.ok((svg.match(/<path /g) ?? []).length >= 13, 'Sulawesi Tengah has 13 kab/kota');
    assert.match(svg, /Kota Palu/);
    assert.match(svg, />Selisih P − L</);
    assert.match(svg, />Tanpa angka \(1\)</);
    assert.match(svg, /3,00 \(1\)/, 'the top class, Indonesian numbers');
    const odd = { ...comparison('kabkota-72'), region: { code: '72.71', name: 'Kota <Palu> {b}' } };
    assert.ok(
      comparisonMapSvg(odd, { width: 720, height: 420, lang: 'id' }).includes('Kota &lt;Palu&gt; {b}'),
      'the name escaped and not read as an ECharts template',
    );
    const narrow = comparisonMapSvg(comparison('kabkota-72'), { width: 320, height: 420, lang: 'en' });
    assert.match(narrow, />Gap F − M</);
  });

  test('no layer (the nation) or no shapes: a sentence, not a failure', () => {
    assert.match(
      comparisonMapSvg(comparison(null), { width: 400, height: 300, lang: 'en' }),
      /No map for this region/,
    );
    assert.match(
      comparisonMapSvg(comparison('kabkota-99'), { width: 400, height: 300, lang: 'id' }),
      /Peta tidak tersedia/,
    );
  });
});
