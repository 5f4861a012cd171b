/**
 * The XLSX exports (exceljs): the filled worksheet with scores and the evidence list, and a
 * cycle's recap (a province side by side, or the nation). Every text cell is defused
 * (server/lib/csv-writer.ts neutraliseCell), so an answer typed as "=HYPERLINK(…)" opens as
 * text, never as a formula.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { recapSchema } from '../../../api/evaluation.js';
import { neutraliseCell } from '../../lib/csv-writer.js';
import { STATUS_WORDS, type WorksheetExport } from './export-data.js';

type Cell = string | number | null | undefined;
const cell = (v: Cell) => (typeof v === 'string' ? neutraliseCell(v) : (v ?? null));

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[] = []) {
  const ws = wb.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(cell));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

export async function worksheetXlsx(x: WorksheetExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Setara';
  const notes: Cell[][] = [
    ['Daerah', `${x.regionName} (${x.regionCode})`],
    ['Siklus', x.cycleName],
    ['Instrumen', x.example ? `${x.instrumentName} — CONTOH, bukan instrumen resmi` : x.instrumentName],
    ['Status', x.status],
    ['Nilai mandiri', x.selfTotal],
    ['Nilai akhir', x.total],
    ['Nilai maksimal', x.maxTotal],
    ['Kategori', x.tier ?? '—'],
    ...x.stages.map((s) => [`Setelah ${s.stage}`, s.total] as Cell[]),
    ...(x.isDemo ? [['Catatan', 'DATA DEMO'] as Cell[]] : []),
  ];
  sheet(wb, 'Ringkasan', ['Keterangan', 'Nilai'], notes, [28, 60]);
  sheet(
    wb,
    'Aspek',
    ['Kode', 'Aspek', 'Nilai mandiri', 'Nilai akhir', 'Maksimal'],
    x.areas.map((a) => [a.code, a.name, a.self, a.final, a.max]),
    [16, 40, 14, 14, 12],
  );
  sheet(
    wb,
    'Jawaban',
    [
      'Kode',
      'Aspek',
      'Pertanyaan',
      'Jawaban',
      'Catatan',
      'Poin mandiri',
      'Nilai akhir',
      'Maksimal',
      'Bukti dukung',
      'Verifikasi',
    ],
    x.questions.map((q) => [
      q.code,
      q.area,
      q.text,
      q.answer,
      q.note,
      q.selfPoints,
      q.finalScore,
      q.max,
      q.evidence.join('\n'),
      q.decisions
        .map(
          (d) =>
            `${d.stage}: ${d.decision}${d.score !== null ? ` (${d.score})` : ''}${d.comment ? ` — ${d.comment}` : ''}`,
        )
        .join('\n'),
    ]),
    [10, 20, 60, 30, 30, 12, 12, 10, 40, 50],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function recapXlsx(r: z.infer<typeof recapSchema>, scopeName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Setara';
  sheet(
    wb,
    'Rekap',
    [
      'Peringkat',
      'Kode',
      'Daerah',
      'Status',
      ...r.areas.map((a) => a.name),
      'Nilai mandiri',
      'Nilai akhir',
      'Kategori',
      'Bukti lengkap',
      'Bukti diminta',
    ],
    r.rows.map((x) => [
      x.rank,
      x.regionCode,
      x.regionName,
      x.status ? STATUS_WORDS[x.status] : 'Belum mengisi',
      ...r.areas.map((a) => (x.worksheetId ? (x.byArea[a.code] ?? 0) : null)),
      x.selfTotal,
      x.total,
      x.tier,
      x.worksheetId ? x.evidenceComplete : null,
      x.worksheetId ? x.evidenceRequired : null,
    ]),
    [10, 10, 32, 22, ...r.areas.map(() => 14), 14, 14, 14, 12, 12],
  );
  sheet(
    wb,
    'Keterangan',
    ['Keterangan', 'Nilai'],
    [
      ['Siklus', r.cycle.name],
      ['Cakupan', scopeName],
      [
        'Instrumen',
        r.cycle.instrumentExample
          ? `${r.cycle.instrumentName} — CONTOH, bukan instrumen resmi`
          : r.cycle.instrumentName,
      ],
    ],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
