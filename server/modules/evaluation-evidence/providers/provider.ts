/**
 * A live evidence provider reads one module's own tables and answers the region's records of
 * the year for the evidence kinds it supplies (domain/evaluation/evidence-kinds.ts), each a link
 * that names the record (never a copy), so a worksheet's evidence always opens the record as it
 * is now. The registry is the list in providers/index.ts: a later module adds its kind to
 * EVIDENCE_KINDS (source 'live' or 'both', its module) and one provider there; the repository
 * page, proposeEvidence and the worksheet pick it up without further change. A test checks that
 * every live kind has exactly one provider.
 *
 * Providers check no permission: their callers (the evidence service, the worksheet service)
 * have checked that the actor reads the region.
 */
import type { EvidenceCandidate, EvidenceModule } from '../../../../domain/evaluation/evidence-kinds.js';
import type { Db } from '../../../db/connection.js';

export interface EvidenceContext {
  db: Db;
  regionCode: string;
  year: number;
}

export interface EvidenceProvider {
  module: EvidenceModule;
  /** The kind codes it answers (each 'live' or 'both' in EVIDENCE_KINDS with this module). */
  kinds: readonly string[];
  /** The records of `kind` for the region and year, newest first. */
  propose(ctx: EvidenceContext, kind: string): Promise<EvidenceCandidate[]>;
}

/** The first and last day of the year, for validity overlaps. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * A web route of the region: the app picks the region from `?region=` (web/src/app/region.tsx),
 * so a province reading its kab/kota lands in the right one.
 */
export function webPath(
  path: string,
  regionCode: string,
  params: Record<string, string | number> = {},
): string {
  const q = new URLSearchParams({ region: regionCode });
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  return `${path}?${q.toString()}`;
}

export interface LiveRecord {
  kind: string;
  module: EvidenceModule;
  id: string;
  title: string;
  year: number;
  href: string;
  date: string | null;
  status: string | null;
}

export function liveCandidate(r: LiveRecord): EvidenceCandidate {
  return {
    link: { kind: r.kind, source: 'live', ref: { module: r.module, id: r.id }, title: r.title, year: r.year },
    href: r.href,
    date: r.date,
    status: r.status,
  };
}

/**
 * A computed indicator: its id is the kind and year (it is recomputed whenever shown), with the
 * figure and the line saying where it comes from.
 */
export function figureCandidate(
  r: Omit<LiveRecord, 'id' | 'date' | 'status'> & { value: number | null; display: string; source: string },
): EvidenceCandidate {
  return {
    link: {
      kind: r.kind,
      source: 'live',
      ref: { module: r.module, id: `${r.kind}:${r.year}` },
      title: r.title,
      year: r.year,
    },
    href: r.href,
    date: null,
    status: r.value === null ? 'no_data' : 'computed',
    figure: { value: r.value, display: r.display, source: r.source },
  };
}

/** Dates leave as ISO days whatever the driver answered (a Date on one, a string on the other). */
export function isoDay(value: Date | string | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

type KindReader = (ctx: EvidenceContext) => Promise<EvidenceCandidate[]>;

/** A provider from one reader per kind it supplies. */
export function providerOf(module: EvidenceModule, byKind: Record<string, KindReader>): EvidenceProvider {
  return {
    module,
    kinds: Object.keys(byKind),
    propose: (ctx, kind) => {
      const read = byKind[kind];
      return read ? read(ctx) : Promise.resolve([]);
    },
  };
}
