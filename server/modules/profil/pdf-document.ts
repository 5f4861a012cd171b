/**
 * The layout of the Profil Gender PDF (A4): cover, contents, introduction, a chapter per
 * domain group with a table and a chart for each indicator, sources and definitions. The
 * structure follows the Profil Gender books regional DP3A offices publish each year.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { trendChartSvg } from './charts.js';
import { formatDateId, NO_VALUE, sourceLabel, unitLabel } from './format.js';
import type { Profil, ProfilChapter, ProfilIndicator } from './model.js';
import { mapChapter } from './pdf-maps.js';
import { breakdownTable, yearTable } from './pdf-tables.js';
import { RATE_RULE_TEXT, rateNotes } from './rate-notes.js';

const PAGE_MARGINS: [number, number, number, number] = [48, 56, 48, 56];
/** A4 width (595.28 pt) minus the side margins. */
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const CHART_HEIGHT = 170;
const DEMO_NOTICE = 'DEMO — angka contoh';
const ACCENT = '#6a1b4d';

export function profilTitle(p: Profil): string {
  return `Profil Gender ${p.region.name} Tahun ${p.year}`;
}

function cover(p: Profil): Content[] {
  const out: Content[] = [
    { text: 'PROFIL GENDER', fontSize: 14, bold: true, color: ACCENT, margin: [0, 120, 0, 8] },
    { text: profilTitle(p), fontSize: 28, bold: true, margin: [0, 0, 0, 16] },
    { text: `Kode wilayah ${p.region.code}`, fontSize: 12 },
    {
      text: `Data terpilah menurut jenis kelamin, tahun ${p.fromYear}–${p.year}`,
      fontSize: 12,
      margin: [0, 4, 0, 0],
    },
    { text: `Diterbitkan ${formatDateId(p.generatedAt)}`, fontSize: 12, margin: [0, 4, 0, 24] },
  ];
  if (p.hasDemo) {
    out.push(
      notice(
        DEMO_NOTICE,
        'Sebagian atau seluruh angka dalam publikasi ini adalah angka contoh untuk peragaan aplikasi, ' +
          'bukan statistik resmi. Jangan dikutip.',
        '#b71c1c',
      ),
    );
  }
  if (p.hasUnverified) {
    out.push(
      notice(
        'DRAF — memuat angka yang belum diverifikasi',
        'Angka berstatus draf atau diajukan ikut ditampilkan; angka dapat berubah setelah verifikasi DP3A.',
        '#8a5a00',
      ),
    );
  }
  out.push({ text: '', pageBreak: 'after' });
  return out;
}

function notice(title: string, body: string, color: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: title, bold: true, fontSize: 14, color },
              { text: body, fontSize: 10, margin: [0, 4, 0, 0] },
            ],
            margin: [8, 8, 8, 8],
          },
        ],
      ],
    },
    layout: {
      hLineColor: () => color,
      vLineColor: () => color,
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
    },
    margin: [0, 0, 0, 12],
  };
}

function introduction(p: Profil): Content[] {
  const chapters = p.chapters.filter((c) => c.indicators.length > 0).length;
  const status = p.verifiedOnly
    ? 'Hanya angka yang sudah diverifikasi DP3A yang ditampilkan.'
    : 'Angka yang ditampilkan mencakup angka terverifikasi maupun yang masih draf atau diajukan.';
  return [
    { text: 'Pendahuluan', style: 'h1', tocItem: true, pageBreak: 'before' },
    {
      text:
        `Profil Gender ${p.region.name} menyajikan data terpilah menurut jenis kelamin untuk tahun ` +
        `${p.year}, beserta kecenderungannya sejak ${p.fromYear}, sebagai dasar analisis gender dalam ` +
        'perencanaan dan penganggaran yang responsif gender (PPRG) dan pelaksanaan Pengarusutamaan ' +
        'Gender (PUG). Setiap bab memuat satu bidang pembangunan; setiap indikator disajikan dalam ' +
        'tabel menurut tahun dan grafik perkembangan perempuan dan laki-laki.',
      style: 'body',
    },
    {
      text:
        'Kolom Selisih P−L menunjukkan nilai perempuan dikurangi nilai laki-laki (positif berarti ' +
        'perempuan lebih tinggi); Rasio P/L bernilai 1 pada kesetaraan. Total dihitung menurut aturan ' +
        'agregasi indikator: jumlah untuk angka absolut, dihitung ulang dari pembilang dan penyebut ' +
        'untuk rasio; indikator yang tidak dapat dijumlahkan tidak memiliki total. Tanda – berarti ' +
        'data tidak tersedia.',
      style: 'body',
    },
    { text: RATE_RULE_TEXT, style: 'body' },
    {
      text: `${status} Publikasi ini memuat ${chapters} dari ${p.chapters.length} bab dengan data.`,
      style: 'body',
    },
  ];
}

function indicatorBlock(ind: ProfilIndicator, label: string, year: number): Content[] {
  const svg = trendChartSvg(ind, CONTENT_WIDTH, CHART_HEIGHT);
  const main: Content[] = [
    { text: `${label} ${ind.name}`, style: 'h2' },
    {
      text: `Satuan: ${unitLabel(ind.unit)} · Sumber: ${ind.sourceNote || sourceLabel(ind.source)}`,
      style: 'meta',
    },
    yearTable(ind),
    ...rateNotes(ind).map((text): Content => ({ text, style: 'meta' })),
  ];
  if (svg) main.push({ svg, width: CONTENT_WIDTH, height: CHART_HEIGHT, margin: [0, 2, 0, 0] });
  // A table cut from its chart by a page break reads badly; the pair fits on any page.
  return [
    { stack: main, unbreakable: true, margin: [0, 0, 0, 14] },
    ...ind.breakdowns.map((b) => breakdownTable(b, ind, year)),
  ];
}

function chapter(c: ProfilChapter, p: Profil): Content[] {
  const out: Content[] = [
    { text: `Bab ${c.number}. ${c.title}`, style: 'h1', tocItem: true, pageBreak: 'before' },
  ];
  if (c.indicators.length === 0) {
    out.push({
      text: `Belum ada data ${c.title.toLowerCase()} untuk ${p.region.name} pada tahun ${p.fromYear}–${p.year}.`,
      style: 'body',
    });
    return out;
  }
  c.indicators.forEach((ind, i) => out.push(...indicatorBlock(ind, `${c.number}.${i + 1}`, p.year)));
  return out;
}

function sources(p: Profil): Content[] {
  const out: Content[] = [{ text: 'Sumber dan Definisi', style: 'h1', tocItem: true, pageBreak: 'before' }];
  const shown = p.chapters.filter((c) => c.indicators.length > 0);
  if (shown.length === 0) {
    out.push({ text: 'Publikasi ini belum memuat indikator dengan data.', style: 'body' });
    return out;
  }
  for (const c of shown) {
    out.push({ text: `Bab ${c.number}. ${c.title}`, style: 'h3' });
    for (const ind of c.indicators) {
      out.push({
        stack: [
          {
            text: [
              { text: ind.name, bold: true },
              { text: `  (${ind.code})`, color: '#666' },
            ],
          },
          { text: ind.definition || NO_VALUE },
          {
            text: `Satuan: ${unitLabel(ind.unit)}. Jenis sumber: ${sourceLabel(ind.source)}. ${ind.sourceNote}`,
            color: '#444',
          },
        ],
        style: 'definition',
      });
    }
  }
  return out;
}

export function profilDocument(p: Profil): TDocumentDefinitions {
  const title = profilTitle(p);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title, subject: 'Profil Gender', creator: 'Setara', producer: 'Setara' },
    language: 'id-ID',
    // The cover carries its own notices; every other page repeats the demo warning so that a
    // page copied out of the book still says its figures are invented.
    header: (page: number) =>
      page === 1 || !p.hasDemo
        ? null
        : {
            text: DEMO_NOTICE,
            color: '#b71c1c',
            bold: true,
            fontSize: 8,
            alignment: 'right',
            margin: [48, 24, 48, 0],
          },
    footer: (page: number, pages: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: title, fontSize: 8, color: '#555' },
              { text: `Halaman ${page} dari ${pages}`, fontSize: 8, color: '#555', alignment: 'right' },
            ],
            margin: [48, 24, 48, 0],
          },
    content: [
      ...cover(p),
      { toc: { title: { text: 'Daftar Isi', style: 'h1' } } },
      ...introduction(p),
      ...p.chapters.flatMap((c) => chapter(c, p)),
      ...mapChapter(p, p.chapters.length + 1, CONTENT_WIDTH),
      ...sources(p),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, color: ACCENT, margin: [0, 0, 0, 12] },
      h2: { fontSize: 11, bold: true, margin: [0, 4, 0, 2] },
      h3: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 10, 0, 4] },
      meta: { fontSize: 8, color: '#555', margin: [0, 0, 0, 4] },
      caption: { fontSize: 9, italics: true, margin: [0, 0, 0, 2] },
      body: { margin: [0, 0, 0, 8], alignment: 'justify' },
      th: { bold: true, fontSize: 9, alignment: 'center' },
      table: { fontSize: 9, margin: [0, 0, 0, 4] },
      definition: { fontSize: 9, margin: [0, 0, 0, 8] },
    },
  };
}
