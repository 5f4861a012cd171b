/**
 * CSV delimiter detection from the header record. Indonesian Excel writes `;` (the comma is
 * the decimal mark there), other tools `,`, and "Text (Tab delimited)" exports use tabs. The
 * header names rarely contain any of them, so the most frequent one outside quotes wins.
 */
export type CsvDelimiter = ',' | ';' | '\t';

/** In order of preference on a tie: `;` beats `,` because `,` may be a decimal mark. */
const CANDIDATES: CsvDelimiter[] = ['\t', ';', ','];

/**
 * The text of the first non-blank record (up to a newline outside quotes), or null while it
 * is incomplete. With `final`, whatever text there is counts as complete.
 */
export function firstRecordText(text: string, final: boolean): string | null {
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) {
      if (text.slice(start, i).trim() !== '') return text.slice(start, i);
      start = i + 1;
    }
  }
  return final ? text.slice(start) : null;
}

export function detectDelimiter(record: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of record) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
    }
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const n = counts.get(candidate)!;
    if (n > bestCount) [best, bestCount] = [candidate, n];
  }
  return best;
}
