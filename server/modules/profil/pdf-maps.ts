/**
 * The Profil Gender's map chapter: per short-list indicator (map-data.ts) a kab/kota map
 * (maps.ts), its legend and the figures behind it, and a note naming the kab/kota without
 * data. Where no map can be drawn the chapter says why in one line instead of printing an
 * empty map.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { NO_DATA_COLOUR } from '../../../domain/maps/classes.js';
import { formatNumber, NO_VALUE, unitLabel } from './format.js';
import { choroplethSvg, layerDrawable, mapBox } from './maps.js';
import type { Profil, ProfilMap, ProfilMapOmission, ProfilMaps } from './model.js';

export const MAP_CHAPTER_TITLE = 'Peta Perbandingan Kabupaten/Kota';
/** The legend's column beside the map; the map takes the rest of the width. */
const LEGEND_WIDTH = 130;
const GAP = 10;
/** Bounds of a map's height: a flat province stays readable, a tall one leaves room for its table. */
const MAP_HEIGHT = { min: 160, max: 300 };
/** Beyond this many kab/kota the figures are set in two side-by-side tables. */
const ONE_TABLE_ROWS = 12;

const OMISSION_TEXT: Record<ProfilMapOmission, string> = {
  no_values: 'belum ada angka kabupaten/kota pada tahun yang dicakup',
  too_few: 'kurang dari dua kabupaten/kota memiliki angka terverifikasi',
  own_missing: 'wilayah ini belum memiliki angka pada tahun yang dicakup',
  no_neighbours: 'belum ada angka terverifikasi kabupaten/kota lain di provinsi ini',
};

/** "Kabupaten Banggai Kepulauan" → "Kab. Banggai Kepulauan": the table beside the map is narrow. */
const shortName = (name: string) => name.replace(/^Kabupaten\s+/, 'Kab. ');

function measureLabel(map: ProfilMap): string {
  return map.measure === 'gap' ? 'selisih P−L' : 'nilai perempuan';
}

function intro(p: Profil, m: ProfilMaps): Content {
  const whose = m.highlight
    ? `${p.region.name} (bergaris tebal dan bernama) dibandingkan dengan kabupaten/kota lain di ${m.provinceName}`
    : `kabupaten/kota di ${m.provinceName}`;
  return {
    text:
      `Peta berikut membandingkan ${whose} untuk indikator kunci indeks gender (IPG, IKG): umur ` +
      'harapan hidup, rata-rata lama sekolah, tingkat partisipasi angkatan kerja dan keterwakilan ' +
      'perempuan di DPRD. Indikator yang berlaku bagi kedua jenis kelamin dipetakan menurut selisih ' +
      'P−L (ungu: perempuan lebih tinggi, hijau: laki-laki lebih tinggi, abu-abu muda: setara); ' +
      'indikator khusus perempuan menurut nilainya (makin gelap makin tinggi). Kelas dibentuk menurut ' +
      'kuantil, sama dengan peta di aplikasi; abu-abu berarti tidak ada data. Angka kabupaten/kota ' +
      'lain hanya yang sudah diverifikasi; setiap peta memakai tahun terakhir yang memiliki cukup data.',
    style: 'body',
  };
}

function legend(
  map: ProfilMap,
  classes: { from: number; to: number; count: number }[],
  colours: string[],
): Content {
  const fmt = (v: number) => formatNumber(v, map.decimals);
  const swatch = (colour: string): TableCell => ({ text: '', fillColor: colour });
  const rows: TableCell[][] = classes.map((c, i) => [
    swatch(colours[i]),
    { text: c.from === c.to ? fmt(c.from) : `${fmt(c.from)} – ${fmt(c.to)}` },
    { text: `(${c.count})`, color: '#555' },
  ]);
  rows.push([swatch(NO_DATA_COLOUR), { text: 'Tidak ada data' }, { text: '' }]);
  return {
    table: { widths: [10, '*', 'auto'], body: rows },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 1, paddingBottom: () => 1 },
    fontSize: 7.5,
    margin: [0, 0, 0, 6],
  };
}

/**
 * The figures behind the colours, highest value first, the profil's own region in bold; in
 * two side-by-side tables when the province has many kab/kota, so they fit under the map.
 */
function figures(m: ProfilMaps, map: ProfilMap): Content {
  const names = new Map(m.regions.map((r) => [r.code, r.name]));
  const withValue = map.values
    .filter((v) => v.value !== null)
    .sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
  const fmt = (v: number | null) => (v === null ? NO_VALUE : formatNumber(v, map.decimals));
  const gap = map.measure === 'gap';
  const head = ['Kabupaten/Kota', 'P', ...(gap ? ['L', 'P−L'] : [])].map((text): TableCell => ({
    text,
    bold: true,
    alignment: text === 'Kabupaten/Kota' ? 'left' : 'right',
  }));
  const table = (rows: typeof withValue): Content => ({
    table: {
      headerRows: 1,
      widths: ['*', ...(gap ? ['auto', 'auto', 'auto'] : ['auto'])],
      body: [
        head,
        ...rows.map((v) => {
          const bold = v.code === m.highlight;
          const cells = [
            shortName(names.get(v.code) ?? v.code),
            fmt(v.p),
            ...(gap ? [fmt(v.l), fmt(v.value)] : []),
          ];
          return cells.map((text, i): TableCell => ({ text, bold, alignment: i === 0 ? 'left' : 'right' }));
        }),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 7,
  });
  if (withValue.length <= ONE_TABLE_ROWS)
    return { columns: [table(withValue), { text: '' }], columnGap: GAP * 2 };
  const half = Math.ceil(withValue.length / 2);
  return { columns: [table(withValue.slice(0, half)), table(withValue.slice(half))], columnGap: GAP * 2 };
}

function oneMap(m: ProfilMaps, map: ProfilMap, label: string, contentWidth: number): Content[] {
  const box = mapBox(m.layer, contentWidth - LEGEND_WIDTH - GAP, MAP_HEIGHT.min, MAP_HEIGHT.max);
  const drawn = choroplethSvg(m, map, box.width, box.height);
  const names = new Map(m.regions.map((r) => [r.code, r.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const missing = map.values.filter((v) => v.value === null).map((v) => nameOf(v.code));
  const unshaped = drawn.unshaped.filter((c) => map.values.some((v) => v.code === c && v.value !== null));
  const notes: string[] = [
    // Only other regions can be missing (a map needs the profil's own figure), and theirs are verified ones.
    missing.length > 0
      ? `Tanpa angka terverifikasi tahun ${map.year}: ${missing.join(', ')}.`
      : `Semua kabupaten/kota memiliki angka tahun ${map.year}.`,
  ];
  if (unshaped.length > 0) {
    notes.push(
      `Tidak tergambar karena tidak ada batas wilayahnya di peta (angkanya di tabel): ${unshaped.map(nameOf).join(', ')}.`,
    );
  }
  const main: Content[] = [
    { text: `${label} ${map.name}`, style: 'h2' },
    {
      text: `Tahun ${map.year} · ${measureLabel(map)} · satuan: ${unitLabel(map.unit)}`,
      style: 'meta',
    },
    {
      columns: [
        { svg: drawn.svg, width: box.width, height: box.height },
        { stack: [legend(map, drawn.classes, drawn.colours)], width: '*' },
      ],
      columnGap: GAP,
    },
    ...notes.map((text): Content => ({ text, style: 'meta', margin: [0, 4, 0, 0] })),
  ];
  // The map stays with its legend and notes; a long table may run onto the next page.
  return [
    { stack: main, unbreakable: true, margin: [0, 0, 0, 4] },
    { stack: [figures(m, map)], margin: [0, 0, 0, 14] },
  ];
}

/** The chapter, or nothing for the nation's profil (it has no kab/kota map). */
export function mapChapter(p: Profil, number: number, contentWidth: number): Content[] {
  const m = p.maps;
  if (!m) return [];
  const out: Content[] = [
    { text: `Bab ${number}. ${MAP_CHAPTER_TITLE}`, style: 'h1', tocItem: true, pageBreak: 'before' },
  ];
  if (m.maps.length === 0) {
    const why =
      m.omitted.length > 0
        ? m.omitted.map((o) => `${o.name}: ${OMISSION_TEXT[o.reason]}`).join('; ')
        : 'indikator peta tidak termasuk dalam katalog wilayah ini';
    out.push({
      text: `Peta perbandingan tidak disajikan karena datanya belum cukup (${why}).`,
      style: 'body',
    });
    return out;
  }
  if (!layerDrawable(m.layer)) {
    out.push({
      text: `Peta perbandingan tidak disajikan karena batas wilayah kabupaten/kota ${m.provinceName} belum tersedia di aplikasi.`,
      style: 'body',
    });
    return out;
  }
  out.push(intro(p, m));
  m.maps.forEach((map, i) => out.push(...oneMap(m, map, `${number}.${i + 1}`, contentWidth)));
  if (m.omitted.length > 0) {
    out.push({
      text: `Tidak dipetakan: ${m.omitted.map((o) => `${o.name} (${OMISSION_TEXT[o.reason]})`).join('; ')}.`,
      style: 'meta',
    });
  }
  return out;
}
