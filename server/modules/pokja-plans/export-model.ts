/**
 * What a plan's export prints, as plain data (it crosses to the PDF worker): the layouts
 * (xlsx-pokja.ts, pdf-pokja.ts) are pure functions of it. The matrix follows "Tabel 1 Matriks
 * Rencana Pokja PUG 5 (lima) Tahunan" of Permen PPPA 5/2025 Lampiran I: header Nama K/L/PD and
 * Tahun; columns uraian program/kegiatan, data dasar, target capaian 5 tahun, target tahunan,
 * indikator kinerja, alokasi anggaran, unit pelaksana; rows grouped by pelembagaan PUG and the
 * seven processes. The kode SIPD column and the progress sheet are Setara's additions.
 */
import {
  ACTION_AREAS,
  ACTION_AREA_TITLES,
  ACTION_STATUS_TITLES,
  POKJA_SECTIONS,
  POKJA_SECTION_TITLES,
  type ActionStatus,
  type PokjaPlanKind,
  type PokjaPlanStatus,
} from '../../../domain/pokja-plans/constants.js';
import type { ActionItem, MatrixRow } from '../../../domain/pokja-plans/rules.js';
import type { Issue } from '../documents/model.js';

export interface PlanExport {
  kind: PokjaPlanKind;
  /** The kind a perubahan revises (for its title); the plan's own kind otherwise. */
  baseKind: PokjaPlanKind;
  status: PokjaPlanStatus;
  title: string;
  startYear: number;
  endYear: number;
  version: number;
  isDemo: boolean;
  adoptionReference: string;
  regionName: string;
  rows: MatrixRow[];
  items: ActionItem[];
  progress: {
    rowId: string;
    year: number;
    realisation: string;
    achievement: string | null;
    status: ActionStatus | null;
    note: string;
  }[];
  /** OPD names by id, for the unit pelaksana column. */
  opdNames: Record<string, string>;
  issue: Issue;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The document's title lines, as the official table heads it. */
export function exportTitle(p: PlanExport): string[] {
  if (p.kind === 'rencana_aksi') return ['RENCANA AKSI PENGARUSUTAMAAN GENDER DAERAH', p.title];
  const what =
    p.baseKind === 'lima_tahunan' ? 'RENCANA POKJA PUG 5 (LIMA) TAHUNAN' : 'RENCANA POKJA PUG TAHUNAN';
  return [`MATRIKS ${p.kind === 'perubahan' ? `PERUBAHAN ${what}` : what}`, p.title];
}

export function periodText(p: Pick<PlanExport, 'startYear' | 'endYear'>): string {
  return p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
}

/** A red note under the letterhead: a draft, or demo data. */
export function copyNote(p: PlanExport): string | null {
  const parts: string[] = [];
  if (p.status === 'draft') parts.push(`DRAF (versi ${p.version}) — belum ditetapkan`);
  if (p.status === 'diganti') parts.push('TIDAK BERLAKU — telah diganti dengan rencana perubahan');
  if (p.isDemo) parts.push('DATA CONTOH (DEMO)');
  return parts.length ? parts.join(' · ') : null;
}

export function headerLines(p: PlanExport): [string, string][] {
  const lines: [string, string][] = [
    ['Nama K/L/PD', `Pemerintah ${p.regionName}`],
    ['Tahun', periodText(p)],
  ];
  if (p.status !== 'draft' && p.adoptionReference) lines.push(['Ditetapkan dengan', p.adoptionReference]);
  return lines;
}

export function yearsOfExport(p: PlanExport): number[] {
  const years: number[] = [];
  for (let y = p.startYear; y <= p.endYear; y++) years.push(y);
  return years;
}

export function unitOf(p: PlanExport, r: { opdId: string | null; unit: string }): string {
  const name = r.opdId ? p.opdNames[r.opdId] : undefined;
  return [name, r.unit].filter(Boolean).join(' — ');
}

/** The sections with their rows, in the official order; sections without rows are kept (empty). */
export function sectionsOf(p: PlanExport) {
  return POKJA_SECTIONS.map((s, i) => ({
    label: `${LETTERS[i]}. ${POKJA_SECTION_TITLES[s]}`,
    rows: p.rows.filter((r) => r.section === s),
  }));
}

export function areasOf(p: PlanExport) {
  return ACTION_AREAS.map((a, i) => ({
    label: `${'abcd'[i]}. ${ACTION_AREA_TITLES[a]}`,
    items: p.items.filter((it) => it.area === a),
  }));
}

/** An item's latest recorded status ("Berjalan (2026)"), or "Belum dimulai". */
export function latestStatus(p: PlanExport, itemId: string): string {
  const latest = p.progress.filter((e) => e.rowId === itemId && e.status).sort((a, b) => b.year - a.year)[0];
  return latest?.status
    ? `${ACTION_STATUS_TITLES[latest.status]} (${latest.year})`
    : ACTION_STATUS_TITLES.belum;
}

export function targetOf(r: MatrixRow, year: number): string {
  return r.yearlyTargets.find((t) => t.year === year)?.target ?? '';
}

export function codeAndDescription(r: MatrixRow): string {
  return r.code ? `${r.code} ${r.description}` : r.description;
}

export const LEVEL_PREFIX: Record<MatrixRow['level'], string> = {
  program: 'Program: ',
  kegiatan: 'Kegiatan: ',
  sub_kegiatan: 'Sub Kegiatan: ',
};

/** Progress lines of the export, row by row and year by year. */
export function progressLines(p: PlanExport) {
  const byId = new Map<string, { label: string; target: (y: number) => string }>();
  p.rows.forEach((r) => byId.set(r.id, { label: r.description, target: (y) => targetOf(r, y) }));
  p.items.forEach((it) => byId.set(it.id, { label: it.action, target: () => it.target }));
  return p.progress
    .filter((e) => byId.has(e.rowId))
    .map((e) => ({ ...e, label: byId.get(e.rowId)!.label, target: byId.get(e.rowId)!.target(e.year) }));
}
