/**
 * The words of each GAP column, GBS row and TOR section, shared by the PDF and the XLSX so
 * both print the same thing. Pure: an ExportDocument in, lines of text out.
 */
import { GAP_ASPECTS, type GapAspect } from '../../../domain/planning/gap-content.js';
import { formatRupiah, sumRupiah } from '../../../domain/planning/money.js';
import { NO_VALUE } from '../../lib/pdf/format.js';
import type { ExportDocument, ResolvedData } from './model.js';

/** The official matrix's column groups and headings, step by step. */
export const GAP_GROUP_TITLES = [
  { title: 'Kebijakan/Program/Kegiatan', steps: [1] },
  { title: 'Isu Gender', steps: [2, 3, 4, 5] },
  { title: 'Kebijakan dan Rencana ke Depan', steps: [6, 7] },
  { title: 'Pengukuran Hasil', steps: [8, 9] },
] as const;

export const GAP_STEP_TITLES: Record<number, string> = {
  1: 'Kebijakan/Program/Kegiatan',
  2: 'Data Pembuka Wawasan',
  3: 'Faktor Kesenjangan',
  4: 'Sebab Kesenjangan Internal',
  5: 'Sebab Kesenjangan Eksternal',
  6: 'Reformulasi Tujuan',
  7: 'Rencana Aksi',
  8: 'Data Dasar (Baseline)',
  9: 'Indikator Gender',
};

export const ASPECT_TITLES: Record<GapAspect, string> = {
  akses: 'Akses',
  partisipasi: 'Partisipasi',
  kontrol: 'Kontrol',
  manfaat: 'Manfaat',
};

/** "Angka partisipasi … (2023): P 12,5; L 10,1 persen. Sumber: BPS". */
export function dataLine(d: ResolvedData | undefined): string {
  if (!d) return 'Data tidak ditemukan di katalog.';
  const unit = d.unit ? ` ${d.unit}` : '';
  return `${d.indicatorName} (${d.year}): P ${d.p}; L ${d.l}${unit}. Sumber: ${d.source || NO_VALUE}`;
}

/** One block of text per GAP column 1–9, each a list of paragraphs. */
export function gapColumns(doc: ExportDocument): { heading?: string; lines: string[] }[][] {
  const g = doc.gap;
  const bullets = (items: { text: string }[]) =>
    items.length ? items.map((i) => `• ${i.text}`) : [NO_VALUE];
  return [
    [
      { heading: 'Program', lines: [codeName(doc.program)] },
      { heading: 'Kegiatan', lines: [codeName(doc.kegiatan)] },
      { heading: 'Sub Kegiatan', lines: [`${doc.subActivity.code} — ${doc.subActivity.name}`] },
      ...(g.step1.policy ? [{ heading: 'Kebijakan', lines: [g.step1.policy] }] : []),
      { heading: 'Tujuan', lines: [g.step1.objective || NO_VALUE] },
    ],
    [
      ...g.step2.data.map((ref) => ({
        lines: [`• ${dataLine(doc.data.get(ref.id))}`, ...(ref.note ? [`  ${ref.note}`] : [])],
      })),
      ...(g.step2.qualitative ? [{ heading: 'Data kualitatif', lines: [g.step2.qualitative] }] : []),
    ],
    GAP_ASPECTS.map((aspect) => ({
      heading: ASPECT_TITLES[aspect],
      lines: bullets(g.step3.factors.filter((f) => f.aspect === aspect)),
    })),
    [{ lines: bullets(g.step4.causes) }],
    [{ lines: bullets(g.step5.causes) }],
    [{ lines: [g.step6.objective || NO_VALUE] }],
    [
      {
        lines: g.step7.actions.length
          ? g.step7.actions.map((a, i) => `${i + 1}. ${a.text}${a.output ? ` (keluaran: ${a.output})` : ''}`)
          : [NO_VALUE],
      },
    ],
    [
      {
        lines: g.step8.baselines.length
          ? g.step8.baselines.flatMap((b) => {
              const d = doc.data.get(b.dataRefId);
              return [`• ${b.text}`, ...(d ? [`  ${dataLine(d)}`] : [])];
            })
          : [NO_VALUE],
      },
    ],
    (['output', 'outcome'] as const).map((kind) => ({
      heading: kind === 'output' ? 'Keluaran (output)' : 'Hasil (outcome)',
      lines: bullets(
        g.step9.indicators
          .filter((i) => i.kind === kind)
          .map((i) => ({ text: `${i.text}: ${[i.target, i.unit].filter(Boolean).join(' ') || NO_VALUE}` })),
      ),
    })),
  ];
}

/** The same column as plain text, for a spreadsheet cell. */
export function columnText(blocks: { heading?: string; lines: string[] }[]): string {
  const text = blocks
    .map((b) => [...(b.heading ? [`${b.heading}:`] : []), ...b.lines].join('\n'))
    .join('\n')
    .trim();
  return text || NO_VALUE;
}

export function codeName(c: { code: string; name: string }): string {
  return c.name ? `${c.code} — ${c.name}` : c.code;
}

/** The GBS components with their amounts and the exact total (sen arithmetic, no floats). */
export function gbsBudget(doc: ExportDocument): { rows: { name: string; budget: string }[]; total: string } {
  const rows = (doc.gbs?.components ?? []).map((c) => ({ name: c.name, budget: c.budget }));
  return { rows, total: sumRupiah(rows.map((r) => r.budget)) };
}

export const rupiah = formatRupiah;

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "Perempuan: 120 orang" — a plain count gets its unit; anything else prints as written. */
export function beneficiary(label: string, value: string): string {
  const v = value.trim();
  if (!v) return `${label}: ${NO_VALUE}`;
  return /^\d+$/.test(v) ? `${label}: ${Number(v).toLocaleString('id-ID')} orang` : `${label}: ${v}`;
}

/** Status words for tables of documents. */
export const STATUS_LABELS: Record<ExportDocument['status'], string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  revision: 'Perbaikan',
  approved: 'Disetujui',
};
