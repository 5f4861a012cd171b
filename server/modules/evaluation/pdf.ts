/**
 * The PDF exports as pdfmake documents, run on the PDF worker thread (plain data in): the
 * filled worksheet (answers, scores, evidence list), the verification report (each stage's
 * decisions, comments and the region's replies) and a cycle's recap. No official layout is
 * public; these follow the worksheet's order. An example instrument says so on every page.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { WorksheetExport } from './export-data.js';

const n = (v: number | null | undefined) =>
  v === null || v === undefined
    ? '—'
    : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(v);

function frame(title: string, subtitle: string, body: Content[], warn: string[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [30, 40, 30, 40],
    info: { title, creator: 'Setara' },
    footer: (page, pages) => ({
      columns: [
        { text: warn.join(' · '), style: 'warn', margin: [30, 0, 0, 0] },
        { text: `${page} / ${pages}`, alignment: 'right', margin: [0, 0, 30, 0], fontSize: 8 },
      ],
    }),
    content: [
      { text: title, style: 'title' },
      { text: subtitle, style: 'subtitle', margin: [0, 2, 0, 10] },
      ...warn.map((w) => ({ text: w, style: 'warn', margin: [0, 0, 0, 4] }) as Content),
      ...body,
    ],
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    styles: {
      title: { fontSize: 14, bold: true },
      subtitle: { fontSize: 9, color: '#555555' },
      head: { bold: true, fillColor: '#eeeeee' },
      warn: { fontSize: 8, bold: true, color: '#b45309' },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
  };
}

const warnings = (x: { example: boolean; isDemo: boolean }) => [
  ...(x.example ? ['INSTRUMEN CONTOH — bukan instrumen resmi'] : []),
  ...(x.isDemo ? ['DATA DEMO'] : []),
];

function summary(x: WorksheetExport): Content[] {
  return [
    {
      table: {
        widths: ['*', 70, 70, 70],
        headerRows: 1,
        body: [
          [
            { text: 'Aspek', style: 'head' },
            { text: 'Mandiri', style: 'head' },
            { text: 'Akhir', style: 'head' },
            { text: 'Maksimal', style: 'head' },
          ],
          ...x.areas.map((a) => [a.name, n(a.self), n(a.final), n(a.max)]),
          [
            { text: 'Jumlah', bold: true },
            { text: n(x.selfTotal), bold: true },
            { text: n(x.total), bold: true },
            { text: n(x.maxTotal), bold: true },
          ],
        ],
      },
    },
    {
      text: `Kategori: ${x.tier ?? 'belum masuk kategori'} · Status: ${x.status}`,
      margin: [0, 6, 0, 0],
      bold: true,
    },
  ];
}

export function worksheetPdf(x: WorksheetExport): TDocumentDefinitions {
  const body: Content[] = [
    ...summary(x),
    { text: 'Jawaban dan bukti dukung', style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: [40, '*', 110, 40, 40, 150],
        body: [
          ['Kode', 'Pertanyaan', 'Jawaban', 'Mandiri', 'Akhir', 'Bukti dukung'].map((t) => ({
            text: t,
            style: 'head',
          })),
          ...x.questions.map((q) => [
            q.code,
            { stack: [q.text, ...(q.note ? [{ text: `Catatan: ${q.note}`, color: '#555555' }] : [])] },
            q.answer,
            n(q.selfPoints),
            `${n(q.finalScore)} / ${n(q.max)}`,
            q.evidence.length ? { ul: q.evidence } : '—',
          ]),
        ],
      },
    },
  ];
  return frame(
    `Lembar Kerja Evaluasi PUG — ${x.regionName}`,
    `${x.cycleName} · ${x.instrumentName}`,
    body,
    warnings(x),
  );
}

export function verificationReportPdf(x: WorksheetExport): TDocumentDefinitions {
  const decided = x.questions.filter((q) => q.decisions.length > 0);
  const body: Content[] = [
    ...summary(x),
    ...x.stages.map(
      (s) => ({ text: `Setelah ${s.stage}: ${n(s.total)} (${s.tier ?? 'belum masuk kategori'})` }) as Content,
    ),
    { text: 'Keputusan verifikasi per pertanyaan', style: 'h2' },
    decided.length
      ? {
          table: {
            headerRows: 1,
            widths: [40, '*', 90, 70, 40, '*'],
            body: [
              ['Kode', 'Pertanyaan', 'Tahap', 'Keputusan', 'Nilai', 'Catatan dan tanggapan daerah'].map(
                (t) => ({
                  text: t,
                  style: 'head',
                }),
              ),
              ...decided.flatMap((q) =>
                q.decisions.map((d) => [
                  q.code,
                  q.text,
                  d.stage,
                  d.decision,
                  n(d.score),
                  {
                    stack: [
                      d.comment || '—',
                      ...d.replies.map((r) => ({ text: `Tanggapan: ${r}`, color: '#555555' })),
                    ],
                  },
                ]),
              ),
            ],
          },
        }
      : { text: 'Belum ada keputusan verifikasi.' },
  ];
  return frame(
    `Laporan Verifikasi Evaluasi PUG — ${x.regionName}`,
    `${x.cycleName} · ${x.instrumentName}`,
    body,
    warnings(x),
  );
}

export interface RecapPrint {
  title: string;
  cycleName: string;
  instrumentName: string;
  example: boolean;
  areas: { code: string; name: string }[];
  rows: {
    rank: number | null;
    regionName: string;
    status: string;
    byArea: (number | null)[];
    selfTotal: number | null;
    total: number | null;
    tier: string | null;
    evidence: string;
  }[];
}

export function recapPdf(r: RecapPrint): TDocumentDefinitions {
  const head = [
    '#',
    'Daerah',
    'Status',
    ...r.areas.map((a) => a.name),
    'Mandiri',
    'Akhir',
    'Kategori',
    'Bukti',
  ];
  const body: Content[] = [
    {
      table: {
        headerRows: 1,
        widths: [18, '*', 60, ...r.areas.map(() => 38), 38, 38, 50, 36],
        body: [
          head.map((t) => ({ text: t, style: 'head' })),
          ...r.rows.map((x) => [
            x.rank === null ? '—' : String(x.rank),
            x.regionName,
            x.status,
            ...x.byArea.map(n),
            n(x.selfTotal),
            n(x.total),
            x.tier ?? '—',
            x.evidence,
          ]),
        ],
      },
      fontSize: 7,
    },
  ];
  return frame(
    r.title,
    `${r.cycleName} · ${r.instrumentName}`,
    body,
    warnings({ example: r.example, isDemo: false }),
  );
}
