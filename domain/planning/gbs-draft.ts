/**
 * Drafting the Gender Budget Statement (GBS, Lembar Anggaran Responsif Gender) from a GAP
 * worksheet and the sub-kegiatan's budget line: the GBS transfers the GAP's results field by
 * field (docs/pprg.md, "GAP, GBS, TOR"): program/kegiatan/sub-kegiatan from step 1 and the
 * nomenclature, situation analysis from steps 2–5, one action-plan component per step 7
 * action, and the expected outcome from step 9.
 *
 * The draft is Indonesian: it is the text of an official regional document.
 *
 * Redrafting keeps what the operator decided on the GBS itself: a component whose step 7
 * action still exists keeps its id and its (possibly edited) budget, and components added on
 * the GBS (no action) are kept as they are. Only new actions share what is left of the budget,
 * so a redraft never silently undoes a budget the operator typed. On a first draft the
 * components add up to the sub-kegiatan's budget exactly, to the sen.
 */
import {
  GAP_ASPECTS,
  type GapAspect,
  type GapContent,
  type GbsComponent,
  type GbsContent,
} from './gap-content.js';
import { fromSen, isRupiah, splitSen, sumRupiah, toSen } from './money.js';

export interface NomenclatureName {
  code: string;
  name: string;
}

/** urusan → … → sub-kegiatan names of a SIPD code; levels the reference list lacks are null. */
export interface NomenclaturePath {
  urusan: NomenclatureName | null;
  bidang: NomenclatureName | null;
  program: NomenclatureName | null;
  kegiatan: NomenclatureName | null;
  subKegiatan: NomenclatureName | null;
}

/** What the drafts need of the sub-kegiatan (Renja/DPA line). */
export interface SubActivityFacts {
  code: string;
  name: string;
  outputIndicator: string;
  target: string;
  /** Rupiah, exact string. */
  budget: string;
}

/** A step 2 data reference resolved to its live value (null figures: no value stored). */
export interface GapDataFigure {
  refId: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  year: number;
  female: number | null;
  male: number | null;
  total: number | null;
  source: string;
  missing: boolean;
}

export const ASPECT_LABELS: Record<GapAspect, string> = {
  akses: 'Akses',
  partisipasi: 'Partisipasi',
  kontrol: 'Kontrol',
  manfaat: 'Manfaat',
};

const UNIT_LABELS: Record<string, string> = {
  persen: '%',
  orang: 'orang',
  per_100000: 'per 100.000',
  per_1000: 'per 1.000',
  tahun: 'tahun',
  kasus: 'kasus',
};

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** 1234567.891 -> "1.234.567,89". */
export function formatNumber(n: number): string {
  return n.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

function withUnit(n: number, unit: string): string {
  const u = unitLabel(unit);
  return u === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${u}`;
}

/** "Persentase ... (2024): perempuan 21,43%, laki-laki 78,57%" — only the figures that exist. */
export function describeFigure(f: GapDataFigure): string {
  if (f.missing) return `${f.indicatorName} (${f.year}): data belum tersedia`;
  const parts: string[] = [];
  if (f.female !== null) parts.push(`perempuan ${withUnit(f.female, f.unit)}`);
  if (f.male !== null) parts.push(`laki-laki ${withUnit(f.male, f.unit)}`);
  if (f.total !== null && f.female !== null && f.male !== null)
    parts.push(`total ${withUnit(f.total, f.unit)}`);
  return `${f.indicatorName} (${f.year}): ${parts.join(', ')}`;
}

const bullets = (lines: string[]) => lines.map((l) => `- ${l.trim()}`).join('\n');

/**
 * Analisa situasi from steps 2–5: the data (with live figures when resolved), the qualitative
 * notes, the gap factors by APKM aspect, then the internal and external causes.
 */
export function composeSituationAnalysis(gap: GapContent, figures: GapDataFigure[] = []): string {
  const sections: string[] = [];
  const byRef = new Map(figures.map((f) => [f.refId, f]));
  const data = gap.step2.data.map((ref) => {
    const fig = byRef.get(ref.id);
    const head = fig ? describeFigure(fig) : `${ref.indicatorCode} (${ref.year})`;
    return ref.note.trim() ? `${head}. ${ref.note.trim()}` : head;
  });
  if (data.length) sections.push(`Data pembuka wawasan:\n${bullets(data)}`);
  if (gap.step2.qualitative.trim()) sections.push(gap.step2.qualitative.trim());

  const factors = GAP_ASPECTS.flatMap((aspect) =>
    gap.step3.factors
      .filter((f) => f.aspect === aspect && f.text.trim())
      .map((f) => `${ASPECT_LABELS[aspect]}: ${f.text}`),
  );
  if (factors.length) sections.push(`Faktor kesenjangan gender:\n${bullets(factors)}`);
  const internal = gap.step4.causes.filter((c) => c.text.trim()).map((c) => c.text);
  if (internal.length) sections.push(`Sebab kesenjangan internal:\n${bullets(internal)}`);
  const external = gap.step5.causes.filter((c) => c.text.trim()).map((c) => c.text);
  if (external.length) sections.push(`Sebab kesenjangan eksternal:\n${bullets(external)}`);
  return sections.join('\n\n');
}

/** Dampak/hasil from step 9's outcome indicators: "text: target unit" per line. */
export function composeOutcome(gap: GapContent): string {
  return gap.step9.indicators
    .filter((i) => i.kind === 'outcome' && i.text.trim())
    .map(
      (i) =>
        `${i.text.trim()}${i.target.trim() ? `: ${[i.target.trim(), i.unit.trim()].filter(Boolean).join(' ')}` : ''}`,
    )
    .join('\n');
}

/** Step 1 of a new worksheet: the nomenclature names and the sub-kegiatan's output. */
export function prefillStep1(path: NomenclaturePath, sub: SubActivityFacts): GapContent['step1'] {
  const line = (label: string, n: NomenclatureName | null) => (n ? `${label}: ${n.name} (${n.code})` : null);
  const policy = [
    line('Program', path.program),
    line('Kegiatan', path.kegiatan),
    `Sub Kegiatan: ${sub.name} (${sub.code})`,
  ].filter((l): l is string => l !== null);
  const objective = sub.outputIndicator.trim()
    ? `${sub.outputIndicator.trim()}${sub.target.trim() ? ` (target: ${sub.target.trim()})` : ''}`
    : '';
  return { policy: policy.join('\n'), objective };
}

/** A short id for a new component; deterministic from the action so redrafts agree. */
const componentIdOf = (actionId: string) => `k-${actionId}`.slice(0, 32);

export interface DraftGbsOptions {
  figures?: GapDataFigure[];
  /** The GBS being redrafted: its budgets for still-existing actions are kept. */
  previous?: GbsContent | null;
}

export function draftGbs(
  gap: GapContent,
  sub: SubActivityFacts,
  _path: NomenclaturePath,
  options: DraftGbsOptions = {},
): GbsContent {
  const previous = options.previous ?? null;
  const kept = new Map<string, GbsComponent>();
  for (const c of previous?.components ?? []) if (c.actionId) kept.set(c.actionId, c);
  const actions = gap.step7.actions;
  const fresh = actions.filter((a) => !kept.has(a.id) || !isRupiah(kept.get(a.id)!.budget));
  const manual = (previous?.components ?? []).filter((c) => c.actionId === null);

  const budget = isRupiah(sub.budget) ? toSen(sub.budget) : 0n;
  const committed = [
    ...actions.filter((a) => !fresh.includes(a)).map((a) => kept.get(a.id)!.budget),
    ...manual.map((c) => c.budget),
  ]
    .filter(isRupiah)
    .reduce((s, b) => s + toSen(b), 0n);
  const left = budget > committed ? budget - committed : 0n;
  const shares = splitSen(left, fresh.length);

  const components: GbsComponent[] = actions.map((a) => {
    const prior = kept.get(a.id);
    const i = fresh.indexOf(a);
    return {
      id: prior?.id ?? componentIdOf(a.id),
      actionId: a.id,
      name: a.text.trim(),
      budget: i >= 0 ? fromSen(shares[i]) : prior!.budget,
    };
  });
  return {
    outputIndicator: sub.outputIndicator,
    outputTarget: sub.target,
    situationAnalysis: composeSituationAnalysis(gap, options.figures),
    components: [...components, ...manual],
    outcome: composeOutcome(gap),
  };
}

/** Σ of the components' budgets (the GBS's alokasi anggaran, and the TOR's biaya). */
export function gbsTotal(gbs: GbsContent): string {
  return sumRupiah(gbs.components.map((c) => c.budget));
}
