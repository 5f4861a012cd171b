import { parseSipdCode } from '../../../../domain/planning/sipd-code.ts';

/**
 * Whether typed text is a whole sub-kegiatan code (`2.08.02.2.01.0001`, or the two-digit
 * government level some exports write): the form's early check with the server's own parser.
 */
export function isSubActivityCode(text: string): boolean {
  const parsed = parseSipdCode(text);
  return parsed.ok && parsed.value.level === 'sub_kegiatan';
}
