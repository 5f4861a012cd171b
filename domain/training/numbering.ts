/**
 * Certificate numbers. No national format exists for a Bimtek certificate's number (each
 * agency numbers its own outgoing documents, ../shared/domain/research-2.md §3 names none), so
 * the organiser writes the pattern, e.g. `{seq:3}/SERT-BIMTEK/{org}/{year}` →
 * `007/SERT-BIMTEK/DP3A/2024`. Placeholders:
 *
 * - `{seq}` the running number (required, once), `{seq:N}` zero-padded to N digits (1–6);
 * - `{year}` the issue year (required: numbers run per region and year, so a pattern without the
 *   year would repeat one next year);
 * - `{month}` the issue month as two digits, `{romawi}` in Roman numerals (XII), as Indonesian
 *   letter numbers write it;
 * - `{org}` the organiser's code (settings), `{region}` the region's code (72.71).
 *
 * Anything else is copied as written; an unknown `{…}` is refused so a typo is not printed.
 */

export const NUMBER_PATTERN_MAX = 120;

export type PatternIssue =
  | 'training_pattern_empty'
  | 'training_pattern_too_long'
  | 'training_pattern_no_seq'
  | 'training_pattern_seq_twice'
  | 'training_pattern_no_year'
  | 'training_pattern_unknown_placeholder'
  | 'training_pattern_bad_char';

export interface NumberFacts {
  seq: number;
  /** The issue date, `YYYY-MM-DD`. */
  issueDate: string;
  org: string;
  region: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = /^(seq(:[1-6])?|year|month|romawi|org|region)$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function romanMonth(month: number): string {
  return ROMAN[month - 1] ?? '';
}

/** The first thing wrong with a pattern, or null when it can number certificates. */
export function checkNumberPattern(pattern: string): PatternIssue | null {
  const p = pattern.trim();
  if (p === '') return 'training_pattern_empty';
  if (p.length > NUMBER_PATTERN_MAX) return 'training_pattern_too_long';
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\u0000-\u001f\u007f]/.test(p)) return 'training_pattern_bad_char';
  const names = [...p.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (names.some((n) => !KNOWN.test(n))) return 'training_pattern_unknown_placeholder';
  // A brace outside a placeholder is a typo ("{seq" or "year}").
  if (/[{}]/.test(p.replace(PLACEHOLDER, ''))) return 'training_pattern_unknown_placeholder';
  const seqs = names.filter((n) => n.startsWith('seq')).length;
  if (seqs === 0) return 'training_pattern_no_seq';
  if (seqs > 1) return 'training_pattern_seq_twice';
  if (!names.includes('year')) return 'training_pattern_no_year';
  return null;
}

/** The number of one certificate; the pattern has passed checkNumberPattern. */
export function formatCertificateNumber(pattern: string, facts: NumberFacts): string {
  const [year, month] = facts.issueDate.split('-');
  return pattern.trim().replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'seq') return String(facts.seq);
    if (name.startsWith('seq:')) return String(facts.seq).padStart(Number(name.slice(4)), '0');
    switch (name) {
      case 'year':
        return year;
      case 'month':
        return month;
      case 'romawi':
        return romanMonth(Number(month));
      case 'org':
        return facts.org.trim();
      case 'region':
        return facts.region;
      default:
        return '';
    }
  });
}

/** The year a certificate's number counts in: its issue date's. */
export function numberingYear(issueDate: string): number {
  return Number(issueDate.slice(0, 4));
}

/** The default pattern offered to a new meeting's settings. */
export const DEFAULT_NUMBER_PATTERN = '{seq:3}/SERT-BIMTEK/{org}/{year}';
