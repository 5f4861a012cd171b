/**
 * What the PDF and the DOCX print: plain data (it crosses to a worker thread), built once by
 * the service so both files say the same thing.
 */
import { DEMO_LABEL, NARRATIVE_SECTIONS, NARRATIVE_TITLES } from '../../../domain/annual-report/constants.js';
import type { ReportSection } from '../../../api/annual-report.js';
import type { SignatoryView } from '../letterhead/service.js';

export interface PrintModel {
  regionName: string;
  year: number;
  title: string;
  subtitle: string;
  sections: ReportSection[];
  narrative: { title: string; text: string }[];
  signatory: SignatoryView;
  /** A line under the letterhead: which draft version this is, and CONTOH for the demo's. */
  note: string;
}

export function printModelOf(input: {
  regionName: string;
  year: number;
  sections: ReportSection[];
  draft: {
    version: number;
    isDemo: boolean;
    narrative: Record<string, string>;
    signatory: SignatoryView;
  } | null;
  defaultSignatory: SignatoryView;
}): PrintModel {
  const { draft } = input;
  const notes: string[] = [];
  if (draft?.isDemo) notes.push(`${DEMO_LABEL} — data demo, bukan laporan resmi daerah`);
  notes.push(draft ? `Draf versi ${draft.version}` : 'Narasi belum diisi');
  return {
    regionName: input.regionName,
    year: input.year,
    title: 'LAPORAN PELAKSANAAN PENGARUSUTAMAAN GENDER',
    subtitle: `${input.regionName} Tahun ${input.year}`,
    sections: input.sections,
    narrative: NARRATIVE_SECTIONS.map((s) => ({
      title: NARRATIVE_TITLES[s],
      text: draft?.narrative[s] ?? '',
    })),
    signatory: draft ? draft.signatory : input.defaultSignatory,
    note: notes.join(' · '),
  };
}

/** Chapter numbers: the assembled sections, then the narrative, as Roman numerals. */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Printed where a narrative section was left empty, so the gap is visible on paper. */
export const EMPTY_NARRATIVE = '(belum diisi)';

/** A narrative as paragraphs: blank lines separate them, single line breaks stay inside. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
