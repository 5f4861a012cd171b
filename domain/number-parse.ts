/**
 * Numbers typed by people in Indonesian spreadsheets and CSV files, turned into a canonical
 * decimal string for PostgreSQL `numeric`. Digits are moved as text, never through a float,
 * so `0.1` stays exactly `0.1` and `1234567890123456789` keeps every digit.
 *
 * Canonical form: optional `-`, integer digits without leading zeros (at least `0`), then `.`
 * and fraction digits without trailing zeros if any remain (`-3,0` -> `-3`, `-0` -> `0`).
 *
 * Accepted in the default ('auto') style, after trimming whitespace:
 *  - a sign: `-`, `+` or the Unicode minus `−`, before or after a currency prefix;
 *  - a currency prefix `Rp`, `Rp.` or `IDR` (any case, space optional): `Rp 1.250.000`;
 *  - a trailing `%` (`45%` -> `45`: the value is the number as written, not divided by 100)
 *    and the price suffix `,-` (`Rp 1.250.000,-`);
 *  - scientific notation with `.` or `,` as the decimal mark: `1e3`, `1,5E-7`;
 *  - separators, decided by these rules:
 *    1. Both `.` and `,` present: the one written last is the decimal mark, the other groups
 *       thousands (`1.234.567,89` Indonesian, `1,234.5` English).
 *    2. One of them repeated: it groups thousands (`1.234.567`, `1,234,567`).
 *    3. A lone separator (`1.234`, `1,234`): Indonesian convention wins. A comma is always the
 *       decimal mark (`1,234` -> `1.234`, `12,5` -> `12.5`). A dot groups thousands when it
 *       follows a 1–3 digit group that does not start with 0 and is followed by exactly three
 *       digits (`1.234` -> `1234`, `12.345` -> `12345`); otherwise it is the decimal mark
 *       (`12.5`, `0.125`, `1.2345`, `1234.567`). Pass `loneSeparator: 'reject'` to get
 *       'ambiguous' instead whenever rule 3 had to choose (a 1–3 digit group, not starting with
 *       0, a lone `.` or `,`, exactly three digits after it).
 *    4. Spaces, no-break spaces (U+00A0), narrow no-break spaces (U+202F) and figure spaces
 *       (U+2007) group thousands (`1 234 567,89`); with them, a lone `,` or `.` is the decimal
 *       mark, except a `.` followed by exactly three digits (`1 234.567`): 'ambiguous'.
 *    Thousands groups are checked: the first has 1–3 digits (not starting with 0), every other
 *    exactly 3 (`1.23.456` is not a number). Only one kind of thousands separator per number.
 *
 * The 'machine' style accepts only what programs write: `-?digits[.digits][e±digits]`, where a
 * dot is always the decimal mark. Use it for values from a typed source (an XLSX numeric cell,
 * our own exports), where the Indonesian reading of `1.234` as 1234 would be wrong.
 *
 * Exponents beyond ±1000 are refused ('not_a_number'): no real indicator needs them and they
 * would expand into huge strings.
 */
export type DecimalParseResult =
  { ok: true; value: string } | { ok: false; reason: 'empty' | 'not_a_number' | 'ambiguous' };

export interface DecimalParseOptions {
  style?: 'auto' | 'machine';
  loneSeparator?: 'indonesian' | 'reject';
}

const MAX_EXPONENT = 1000;
const NOT_A_NUMBER: DecimalParseResult = { ok: false, reason: 'not_a_number' };
const AMBIGUOUS: DecimalParseResult = { ok: false, reason: 'ambiguous' };

const MACHINE = /^([+-]?)(\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const SCIENTIFIC = /^(\d*)(?:[.,](\d+))?[eE]([+-]?\d+)$/;
const SIGN = /^([+\-\u2212])\s*/;
const CURRENCY = /^(?:rp\.?|idr)\s*/i;
const GROUP_SPACES = /[\u00A0\u202F\u2007 ]/g;

export function parseDecimal(text: string, options: DecimalParseOptions = {}): DecimalParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (options.style === 'machine') return parseMachine(trimmed);

  // One sign, before or after the currency prefix.
  let sign = SIGN.exec(trimmed);
  let rest = sign ? trimmed.slice(sign[0].length) : trimmed;
  rest = rest.replace(CURRENCY, '');
  if (!sign) {
    sign = SIGN.exec(rest);
    if (sign) rest = rest.slice(sign[0].length);
  }
  const negative = sign !== null && sign[1] !== '+';
  rest = rest.replace(/\s*%$/, '').replace(/,-+$/, '').replace(GROUP_SPACES, ' ');
  if (!/^[\d., ]*\d[\d., ]*$/.test(rest) && !SCIENTIFIC.test(rest)) return NOT_A_NUMBER;

  const scientific = SCIENTIFIC.exec(rest);
  if (scientific) {
    const [, int = '', frac = '', exponent = '0'] = scientific;
    if (int === '' && frac === '') return NOT_A_NUMBER;
    return canonical(negative, int, frac, Number(exponent));
  }

  const split = splitSeparators(rest, options.loneSeparator ?? 'indonesian');
  if (!('int' in split)) return split;
  return canonical(negative, split.int, split.frac, 0);
}

type Split = { int: string; frac: string } | DecimalParseResult;

function splitSeparators(text: string, loneSeparator: 'indonesian' | 'reject'): Split {
  const dots = count(text, '.');
  const commas = count(text, ',');

  if (text.includes(' ')) {
    if (dots + commas > 1) return NOT_A_NUMBER;
    const mark = Math.max(text.indexOf('.'), text.indexOf(','));
    if (mark < 0) return grouped(text, ' ', null);
    const frac = text.slice(mark + 1);
    if (text[mark] === '.' && /^\d{3}$/.test(frac)) return AMBIGUOUS;
    return grouped(text.slice(0, mark), ' ', frac);
  }

  if (dots > 0 && commas > 0) {
    const mark = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    const decimal = text[mark];
    const group = decimal === '.' ? ',' : '.';
    if (count(text, decimal) > 1 || text.indexOf(group) > mark) return NOT_A_NUMBER;
    return grouped(text.slice(0, mark), group, text.slice(mark + 1));
  }

  if (dots + commas === 0) return { int: text, frac: '' };
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return grouped(text, separator, null);

  const mark = text.indexOf(separator);
  const int = text.slice(0, mark);
  const frac = text.slice(mark + 1);
  if (!/^\d+$/.test(frac)) return NOT_A_NUMBER;
  const looksGrouped = /^[1-9]\d{0,2}$/.test(int) && frac.length === 3;
  if (looksGrouped && loneSeparator === 'reject') return AMBIGUOUS;
  if (looksGrouped && separator === '.') return { int: int + frac, frac: '' };
  return { int, frac };
}

/**
 * Removes thousands separators after checking the groups. `frac` is null when the number has no
 * decimal mark; when it has one, at least one digit must follow it (`12,` is refused).
 */
function grouped(intText: string, separator: string, frac: string | null): Split {
  if (frac === null) frac = '';
  else if (!/^\d+$/.test(frac)) return NOT_A_NUMBER;
  const groups = intText.split(separator);
  if (groups.length === 1) return /^\d*$/.test(intText) ? { int: intText, frac } : NOT_A_NUMBER;
  const [first, ...others] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first) || !others.every((g) => /^\d{3}$/.test(g))) return NOT_A_NUMBER;
  return { int: groups.join(''), frac };
}

function parseMachine(text: string): DecimalParseResult {
  const match = MACHINE.exec(text);
  if (!match) return NOT_A_NUMBER;
  const [, sign, int = '', frac = '', exponent = '0'] = match;
  if (int === '' && frac === '') return NOT_A_NUMBER;
  return canonical(sign === '-', int, frac, Number(exponent));
}

/** Builds the canonical string from digit strings, moving the decimal point by `exponent`. */
function canonical(negative: boolean, int: string, frac: string, exponent: number): DecimalParseResult {
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return NOT_A_NUMBER;
  let digits = int + frac;
  let point = int.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  const whole = digits.slice(0, point).replace(/^0+/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  const magnitude = fraction ? `${whole}.${fraction}` : whole;
  const value = negative && magnitude !== '0' ? `-${magnitude}` : magnitude;
  return { ok: true, value };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
