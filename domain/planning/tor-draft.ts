/**
 * Drafting the gender-responsive TOR (KAK, Kerangka Acuan Kegiatan) from the same GAP and
 * budget line as the GBS, in the regional format (docs/pprg.md, "GAP, GBS, TOR"): background
 * with the gender analysis (steps 2–5), objective (step 6), beneficiaries by sex, method that
 * secures equal access and participation, schedule (one line per step 7 action) and, through
 * the GBS, the cost.
 *
 * The TOR has no budget field of its own: its cost is the GBS total (`gbsTotal`), so the two
 * documents can never disagree. Fields the GAP knows nothing about — legal basis, location,
 * implementer — keep what the operator wrote when redrafting; a fresh TOR gets the national
 * PUG legal basis and the OPD as implementer.
 */
import type { GapContent, GapIndicator, GbsContent, TorContent, TorScheduleItem } from './gap-content.js';
import {
  composeSituationAnalysis,
  gbsTotal,
  type GapDataFigure,
  type NomenclaturePath,
  type SubActivityFacts,
} from './gbs-draft.js';
import { formatRupiah } from './money.js';

/** The national legal basis of PPRG every regional TOR cites (sources: docs/pprg.md). */
export const DEFAULT_LEGAL_BASIS = [
  '1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
  '2. Instruksi Presiden Nomor 9 Tahun 2000 tentang Pengarusutamaan Gender dalam Pembangunan Nasional;',
  '3. Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2008 tentang Pedoman Umum Pelaksanaan Pengarusutamaan Gender di Daerah sebagaimana diubah dengan Peraturan Menteri Dalam Negeri Nomor 67 Tahun 2011;',
  '4. Surat Edaran Bersama Menteri PPN/Kepala Bappenas, Menteri Keuangan, Menteri Dalam Negeri dan Menteri PPPA Tahun 2012 tentang Strategi Nasional Percepatan Pengarusutamaan Gender melalui Perencanaan dan Penganggaran yang Responsif Gender.',
].join('\n');

/** Spreads n actions over the twelve months in order; each gets at least one month. */
export function spreadMonths(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => {
    const start = Math.min(12, Math.floor((i * 12) / n) + 1);
    const end = Math.max(start, Math.floor(((i + 1) * 12) / n));
    return Array.from({ length: end - start + 1 }, (_, k) => start + k);
  });
}

const WOMEN = /perempuan|wanita|ibu|istri/i;
const MEN = /laki-laki|pria|suami|ayah|bapak/i;

/**
 * Whom a step 9 indicator counts: the sex named first in its text ("Suami yang mengikuti kelas
 * ibu hamil" counts husbands), or null when it names neither.
 */
export function sexOfIndicator(text: string): 'P' | 'L' | null {
  const w = text.search(WOMEN);
  const m = text.search(MEN);
  if (w < 0 && m < 0) return null;
  if (m < 0 || (w >= 0 && w < m)) return 'P';
  return 'L';
}

/** "120 orang" from the first step 9 indicator with a target that counts one sex. */
function targetFor(indicators: GapIndicator[], sex: 'P' | 'L'): string {
  const hit = indicators.find((i) => sexOfIndicator(i.text) === sex && i.target.trim());
  return hit ? [hit.target.trim(), hit.unit.trim()].filter(Boolean).join(' ') : '';
}

export interface DraftTorOptions {
  figures?: GapDataFigure[];
  previous?: TorContent | null;
  /** The OPD that carries the activity out, e.g. "Dinas Kesehatan Kota Palu". */
  implementer?: string;
}

export function draftTor(
  gap: GapContent,
  sub: SubActivityFacts,
  path: NomenclaturePath,
  gbs: GbsContent | null,
  options: DraftTorOptions = {},
): TorContent {
  const prev = options.previous ?? null;
  const analysis = gbs?.situationAnalysis.trim() || composeSituationAnalysis(gap, options.figures);
  // Reference names often start with "Program" already (some in capitals).
  const programName = path.program?.name.trim() ?? '';
  const program = programName ? `${/^program\b/i.test(programName) ? '' : 'Program '}${programName}, ` : '';
  const background = [
    `Sub kegiatan ${sub.name} (${sub.code}) merupakan bagian dari ${program}dengan tujuan: ${gap.step1.objective.trim()}`,
    `Gambaran umum (analisis gender):\n${analysis}`,
  ].join('\n\n');

  const indicators = gap.step9.indicators;
  const outputs = indicators.filter((i) => i.kind === 'output' && i.text.trim());
  const description = [
    sub.target.trim() ? `Sasaran sub kegiatan: ${sub.target.trim()}.` : '',
    ...outputs.map((i) => `${i.text.trim()}: ${[i.target.trim(), i.unit.trim()].filter(Boolean).join(' ')}.`),
  ]
    .filter(Boolean)
    .join('\n');

  const actions = gap.step7.actions.filter((a) => a.text.trim());
  const steps = actions.map(
    (a, i) => `${i + 1}. ${a.text.trim()}${a.output.trim() ? ` (keluaran: ${a.output.trim()})` : ''}`,
  );
  const cost = gbs ? `\n\nBiaya kegiatan sebesar ${formatRupiah(gbsTotal(gbs))} sesuai Lembar GBS.` : '';
  const method = [
    `Kegiatan dilaksanakan secara swakelola melalui tahapan berikut:\n${steps.join('\n')}`,
    'Setiap tahapan menjamin akses dan partisipasi yang setara bagi perempuan dan laki-laki, termasuk kelompok rentan (penyandang disabilitas, lansia, perempuan kepala keluarga): waktu dan tempat kegiatan disesuaikan dengan beban kerja domestik dan pengasuhan, undangan menjangkau perempuan dan laki-laki, dan daftar hadir serta capaian dicatat terpilah menurut jenis kelamin.',
  ].join('\n\n');

  const months = spreadMonths(actions.length);
  const schedule: TorScheduleItem[] = actions.map((a, i) => ({
    id: `j-${a.id}`.slice(0, 32),
    activity: a.text.trim(),
    months: months[i],
  }));

  return {
    legalBasis: prev?.legalBasis.trim() ? prev.legalBasis : DEFAULT_LEGAL_BASIS,
    background,
    objective: gap.step6.objective.trim(),
    beneficiaries: {
      women: targetFor(indicators, 'P') || prev?.beneficiaries.women || '',
      men: targetFor(indicators, 'L') || prev?.beneficiaries.men || '',
      description,
    },
    method: method + cost,
    location: prev?.location ?? '',
    implementer: prev?.implementer.trim() ? prev.implementer : (options.implementer ?? ''),
    schedule,
  };
}
