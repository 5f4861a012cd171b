/**
 * The figures of a region's PUG institutions (issue 11: "derived figures, shown per region and
 * OPD and usable by other modules"). Pure: the server loads the rows
 * (server/modules/kelembagaan/figures.ts → kelembagaanFigures) and these count.
 *
 * - OPDs with a focal-point SK: active OPDs that have at least one open focal point whose SK
 *   number is recorded, and their share of all active OPDs.
 * - Focal points trained in PUG / PPRG: among open focal points, those trained in PUG, in PPRG,
 *   in either; per region and per OPD.
 * - Staff trained in PUG / PPRG ("% ASN terlatih PUG/PPRG"): trained ÷ staff × 100 from the
 *   counts entered or imported per year, per region and per OPD.
 * - Women among officials by echelon ("% perempuan pejabat eselon"): women ÷ (women + men) ×
 *   100 per echelon and for all echelons together.
 *
 * A share with nothing to divide by is null (shown as "–"), never 0 %.
 */
import {
  ECHELONS,
  trainedAtAll,
  trainedInPprg,
  trainedInPug,
  type Echelon,
  type TrainingStatus,
} from './constants.js';

/** `part ÷ whole × 100`, rounded to one decimal; null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export interface FocalPointFact {
  opdId: string;
  /** The focal point's SK number as recorded ('' when none). */
  skNumber: string;
  trainingStatus: TrainingStatus;
  /** Closed focal points (ended) do not count. */
  ended: boolean;
}

export interface FocalPointCoverage {
  activeOpds: number;
  opdsWithSk: number;
  share: number | null;
}

export function focalPointCoverage(
  activeOpdIds: readonly string[],
  facts: readonly FocalPointFact[],
): FocalPointCoverage {
  const active = new Set(activeOpdIds);
  const withSk = new Set(
    facts.filter((f) => !f.ended && f.skNumber.trim() !== '' && active.has(f.opdId)).map((f) => f.opdId),
  );
  return { activeOpds: active.size, opdsWithSk: withSk.size, share: percent(withSk.size, active.size) };
}

export interface TrainingFigures {
  focalPoints: number;
  trainedPug: number;
  trainedPprg: number;
  trainedAny: number;
  sharePug: number | null;
  sharePprg: number | null;
  shareAny: number | null;
}

export function trainingFigures(facts: readonly FocalPointFact[]): TrainingFigures {
  const open = facts.filter((f) => !f.ended);
  const pug = open.filter((f) => trainedInPug(f.trainingStatus)).length;
  const pprg = open.filter((f) => trainedInPprg(f.trainingStatus)).length;
  const any = open.filter((f) => trainedAtAll(f.trainingStatus)).length;
  return {
    focalPoints: open.length,
    trainedPug: pug,
    trainedPprg: pprg,
    trainedAny: any,
    sharePug: percent(pug, open.length),
    sharePprg: percent(pprg, open.length),
    shareAny: percent(any, open.length),
  };
}

export interface OpdFigures {
  opdId: string;
  hasFocalPointSk: boolean;
  training: TrainingFigures;
}

/** Focal-point SK and training per active OPD, in the order of `activeOpdIds`. */
export function figuresPerOpd(
  activeOpdIds: readonly string[],
  facts: readonly FocalPointFact[],
): OpdFigures[] {
  return activeOpdIds.map((opdId) => {
    const mine = facts.filter((f) => f.opdId === opdId);
    return {
      opdId,
      hasFocalPointSk: mine.some((f) => !f.ended && f.skNumber.trim() !== ''),
      training: trainingFigures(mine),
    };
  });
}

export interface OfficialCountRow {
  opdId: string | null;
  echelon: Echelon;
  women: number;
  men: number;
}

export interface EchelonFigure {
  echelon: Echelon | 'total';
  women: number;
  men: number;
  total: number;
  /** "% perempuan pejabat eselon": women ÷ all × 100. */
  womenShare: number | null;
}

/**
 * A region's rows of yearly counts: its own rows (opdId null) where any were entered, else its
 * OPDs' rows summed per `keyOf` — never both, so nobody is counted twice.
 */
export function ownElseSumOfOpds<R extends { opdId: string | null }>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  add: (sum: R, row: R) => void,
): R[] {
  const own = rows.filter((r) => r.opdId === null);
  if (own.length) return own;
  const sums = new Map<string, R>();
  for (const r of rows) {
    const s = sums.get(keyOf(r));
    if (s) add(s, r);
    else sums.set(keyOf(r), { ...r, opdId: null });
  }
  return [...sums.values()];
}

/** The region's officials for a year (own rows, else the OPDs' summed per echelon). */
export function regionOfficialRows(rows: readonly OfficialCountRow[]): OfficialCountRow[] {
  return ownElseSumOfOpds(
    rows,
    (r) => r.echelon,
    (s, r) => {
      s.women += r.women;
      s.men += r.men;
    },
  );
}

/** Women among officials per echelon (only echelons with a row) and for all together. */
export function womenAmongOfficials(rows: readonly OfficialCountRow[]): EchelonFigure[] {
  const out: EchelonFigure[] = [];
  let women = 0;
  let men = 0;
  for (const echelon of ECHELONS) {
    const mine = rows.filter((r) => r.echelon === echelon);
    if (!mine.length) continue;
    const w = mine.reduce((n, r) => n + r.women, 0);
    const m = mine.reduce((n, r) => n + r.men, 0);
    women += w;
    men += m;
    out.push({ echelon, women: w, men: m, total: w + m, womenShare: percent(w, w + m) });
  }
  if (out.length)
    out.push({ echelon: 'total', women, men, total: women + men, womenShare: percent(women, women + men) });
  return out;
}

export interface StaffTrainingRow {
  opdId: string | null;
  staff: number;
  trained: number;
}

export interface StaffTrainingFigure {
  staff: number;
  trained: number;
  /** "% ASN terlatih PUG/PPRG": trained ÷ staff × 100. */
  share: number | null;
}

/**
 * Staff trained in PUG/PPRG of one scope: for the region (`opdId` null) its own row where one
 * was entered, else the sum of its OPDs' rows; for an OPD its row. Null when nothing is entered.
 */
export function staffTrainingFigure(
  rows: readonly StaffTrainingRow[],
  opdId: string | null,
): StaffTrainingFigure | null {
  const mine =
    opdId === null
      ? ownElseSumOfOpds(
          rows,
          () => '',
          (s, r) => {
            s.staff += r.staff;
            s.trained += r.trained;
          },
        )
      : rows.filter((r) => r.opdId === opdId);
  const row = mine[0];
  if (!row) return null;
  return { staff: row.staff, trained: row.trained, share: percent(row.trained, row.staff) };
}
