/**
 * What the Rakor documents of the yearly monev result (pdf-monev-results.ts,
 * pdf-monev-slides.ts, xlsx-monev-results.ts) print alike: titles, the basis line naming the
 * configuration version and its source, the example warning, the words for a left-out
 * criterion, and the numbers in Indonesian form.
 */
import type { MonevResultsDto, OpdResultDto } from '../../../api/monev-results.js';
import { EXAMPLE_LABEL } from '../../../domain/monev/constants.js';
import type { ScoringCriterionKey } from '../../../domain/monev/scoring.js';
import { formatDateId, formatNumber, NO_VALUE } from '../../lib/pdf/format.js';

export function resultsTitle(r: MonevResultsDto): { title: string; subtitle: string } {
  return {
    title: 'HASIL PENGENDALIAN DAN EVALUASI PELAKSANAAN PROGRAM/KEGIATAN RESPONSIF GENDER',
    subtitle: `${r.regionName} Tahun ${r.year}`,
  };
}

/** "78,33"; "–" for no score. */
export const points = (v: number | null) => (v === null ? NO_VALUE : formatNumber(v, 2));

/** The line that says which rules produced the figures and as of when. */
export function basisLine(r: MonevResultsDto): string {
  const c = r.config!;
  return (
    `Penilaian versi ${c.version} (ditetapkan ${formatDateId(new Date(c.createdAt))}); ` +
    `keadaan laporan per ${formatDateId(new Date(`${r.asOf}T12:00:00+07:00`))}. Sumber: ${c.sourceNote}`
  );
}

/** Printed in red above the tables while the configuration is still the example. */
export function exampleWarning(r: MonevResultsDto): string | null {
  return r.config?.isExample ? `${EXAMPLE_LABEL}: kriteria, bobot dan predikat ini hanya contoh.` : null;
}

/** A criterion's value in an OPD's row, or the dash when it had no data (left out). */
export function valueOf(o: OpdResultDto, key: ScoringCriterionKey): number | null {
  return o.criteria.find((c) => c.key === key)?.value ?? null;
}

/** "Realisasi fisik (−6,00)": the criterion that cost the most points. */
export function mostLowered(o: OpdResultDto): string {
  const top = o.lowered[0];
  return top ? `${top.label} (−${formatNumber(top.lost, 2)})` : NO_VALUE;
}

/** The criteria without data in any OPD, named for the notes under the table. */
export function leftOutNote(r: MonevResultsDto): string | null {
  const labels = (r.config?.criteria ?? [])
    .filter((c) => r.opds.length > 0 && r.opds.every((o) => o.excluded.includes(c.key)))
    .map((c) => c.label);
  if (!labels.length) return null;
  return (
    `Tanpa data pada tahun ini, tidak dihitung: ${labels.join('; ')}. ` +
    'Bobot kriteria lain disesuaikan sehingga berjumlah 100.'
  );
}

/** Mean of a criterion's value over the OPDs that have it (for the slide of criteria). */
export function criterionMean(r: MonevResultsDto, key: ScoringCriterionKey): number | null {
  const values = r.opds.map((o) => valueOf(o, key)).filter((v): v is number => v !== null);
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
}

/** How many OPDs fall in each grade, lowest band first. */
export function gradeCounts(r: MonevResultsDto): { name: string; min: number; count: number }[] {
  return (r.config?.grades ?? []).map((g) => ({
    ...g,
    count: r.opds.filter((o) => o.grade === g.name).length,
  }));
}
