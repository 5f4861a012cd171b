/**
 * What the official layouts print, as typed inputs: the layouts (pdf-*.ts, xlsx-*.ts) are
 * pure functions of these, so they are tested with fixture content, and data.ts is the one
 * place that reads the database.
 */
import type { DocumentKind } from '../../../domain/planning/gap-progress.js';
import type { GapContent, GbsContent, TorContent } from '../../../domain/planning/gap-content.js';
import type { LetterheadView, SignatoryView } from '../letterhead/service.js';

/** GAP matrix, GBS or TOR (domain/planning/gap-progress.ts). */
export type DocKind = DocumentKind;
export type ExportFormat = 'pdf' | 'xlsx';

/** A step 2 figure as printed: the live value from the data terpilah catalog. */
export interface ResolvedData {
  indicatorName: string;
  year: number;
  /** Already formatted ("1.234,5"; "–" when missing). */
  p: string;
  l: string;
  unit: string;
  source: string;
}

export interface NamedCode {
  code: string;
  name: string;
}

export interface ExportDocument {
  id: string;
  year: number;
  status: 'draft' | 'submitted' | 'revision' | 'approved';
  isDemo: boolean;
  opd: { id: string; name: string; shortName: string };
  subActivity: { code: string; name: string; outputIndicator: string; target: string; budget: string };
  /** Program and kegiatan above the sub-kegiatan, where the nomenclature knows their names. */
  program: NamedCode;
  kegiatan: NamedCode;
  gap: GapContent;
  gbs: GbsContent | null;
  tor: TorContent | null;
  /** Step 2 data items by their id. */
  data: Map<string, ResolvedData>;
  signatory: SignatoryView;
}

/** Shared by every document of one file: the region's letterhead and the date printed. */
export interface Issue {
  letterhead: LetterheadView;
  date: Date;
  paper: 'a4' | 'f4';
}
