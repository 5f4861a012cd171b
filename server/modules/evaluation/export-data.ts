/**
 * What every export of a worksheet prints, as plain data (the PDF builders run on a worker
 * thread): the region, cycle and instrument, each shown question with its answer in words,
 * self-assessed points and score, the latest score, the evidence list, and each stage's
 * decision and comment with the region's replies; totals per area and the tier.
 */
import { canExportWorksheet } from '../../../domain/evaluation/access.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { readableWorksheet, type LoadedWorksheet } from './load.js';
import { loadWorksheetState } from './score.js';

const STAGE_WORDS = { administrative: 'Verifikasi administrasi', field: 'Verifikasi lapangan' } as const;
const DECISION_WORDS = { accepted: 'Diterima', adjusted: 'Disesuaikan', rejected: 'Ditolak' } as const;
export const STATUS_WORDS = {
  draft: 'Draf',
  submitted: 'Dikirim',
  verification_administrative: 'Verifikasi administrasi',
  verification_field: 'Verifikasi lapangan',
  final: 'Final',
} as const;

export interface ExportQuestion {
  code: string;
  area: string;
  text: string;
  answer: string;
  note: string;
  selfPoints: number;
  finalScore: number;
  max: number;
  evidence: string[];
  decisions: { stage: string; decision: string; score: number | null; comment: string; replies: string[] }[];
}

export interface WorksheetExport {
  regionName: string;
  regionCode: string;
  cycleName: string;
  instrumentName: string;
  example: boolean;
  isDemo: boolean;
  status: string;
  selfTotal: number;
  total: number;
  maxTotal: number;
  tier: string | null;
  areas: { code: string; name: string; self: number; final: number; max: number }[];
  stages: { stage: string; total: number; tier: string | null }[];
  questions: ExportQuestion[];
  printedAt: string;
}

function answerWords(w: LoadedWorksheet, code: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  const q = w.cycle.instrument.byCode.get(code);
  if (q?.answerType === 'yes_no') return value ? 'Ya' : 'Tidak';
  if (q?.answerType === 'choice') {
    const o = q.options?.find((x) => x.code === value);
    return o ? `${o.code}. ${o.label}` : String(value);
  }
  if (q?.answerType === 'percentage') return `${new Intl.NumberFormat('id-ID').format(Number(value))}%`;
  if (typeof value === 'number') return new Intl.NumberFormat('id-ID').format(value);
  return String(value);
}

/** The worksheet as exported, for whoever may export it (the region's readers but an OPD operator). */
export async function worksheetExport(db: Db, actor: Actor | null, id: string): Promise<WorksheetExport> {
  const w = await readableWorksheet(db, actor, id);
  if (!canExportWorksheet(w.actor, w.row.regionCode)) throw new Forbidden();
  return exportOf(db, w);
}

export async function exportOf(db: Db, w: LoadedWorksheet): Promise<WorksheetExport> {
  const { row, cycle } = w;
  const { rows, replies, scores: c } = await loadWorksheetState(db, w);
  const areaName = new Map(cycle.instrument.content.areas.map((a) => [a.code, a.name]));
  const answers = new Map(rows.answers.map((a) => [a.questionCode, a]));
  const latest = new Map(c.latest.perQuestion.map((p) => [p.code, p]));
  const self = new Map(c.self.perQuestion.map((p) => [p.code, p]));
  const questions: ExportQuestion[] = [...cycle.instrument.byCode.values()]
    .filter((q) => c.visible.has(q.code))
    .map((q) => {
      const a = answers.get(q.code);
      return {
        code: q.code,
        area: areaName.get(q.areaCode) ?? q.areaCode,
        text: q.text,
        answer: answerWords(w, q.code, a?.value ?? null),
        note: a?.note ?? '',
        selfPoints: self.get(q.code)?.points ?? 0,
        finalScore: latest.get(q.code)?.score ?? 0,
        max: latest.get(q.code)?.max ?? q.maxScore * q.weight,
        evidence: rows.links.filter((l) => l.questionCode === q.code).map((l) => `${l.title} (${l.year})`),
        decisions: rows.decisions
          .filter((d) => d.questionCode === q.code)
          .map((d) => ({
            stage: STAGE_WORDS[d.stage],
            decision: DECISION_WORDS[d.decision],
            score: d.adjustedScore,
            comment: d.comment,
            replies: replies
              .filter((r) => r.stage === d.stage && r.questionCode === q.code)
              .map((r) => r.body),
          })),
      };
    });
  const selfByArea = new Map(c.self.byArea.map((a) => [a.code, a.score]));
  return {
    regionName: w.regionName,
    regionCode: row.regionCode,
    cycleName: cycle.row.name,
    instrumentName: cycle.instrument.name,
    example: cycle.instrument.example,
    isDemo: row.isDemo,
    status: STATUS_WORDS[row.status],
    selfTotal: c.self.total,
    total: c.latest.total,
    maxTotal: c.latest.maxTotal,
    tier: c.tier,
    areas: c.latest.byArea.map((a) => ({
      code: a.code,
      name: areaName.get(a.code) ?? a.code,
      self: selfByArea.get(a.code) ?? 0,
      final: a.score,
      max: a.max,
    })),
    stages: c.stages.map((s) => ({ stage: STAGE_WORDS[s.stage], total: s.score.total, tier: s.tier })),
    questions,
    printedAt: new Date().toISOString(),
  };
}

/** A file name part from a region's name: "Kota Palu" -> "Kota-Palu". */
export const safeName = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'daerah';
