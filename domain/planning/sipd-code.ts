/**
 * SIPD nomenclature codes (Permendagri 90/2019 and its Kepmendagri updates): the five levels
 * of regional planning, each code extending its parent's.
 *
 *   urusan `2` → bidang urusan `2.08` → program `2.08.02` → kegiatan `2.08.02.2.01`
 *   → sub-kegiatan `2.08.02.2.01.0001`  (pattern U.BB.PP.K.KK.SSSS)
 *
 * The single digit before the kegiatan number is the level of government (2 kabupaten/kota,
 * 1 provinsi). Some regional exports write it with two digits (`2.08.02.02.01.0001`): that
 * spelling is accepted and normalised to one digit, so both name the same line.
 */
export const SIPD_LEVELS = ['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan'] as const;
export type SipdLevel = (typeof SIPD_LEVELS)[number];

export interface SipdCode {
  /** The normalised code, e.g. `2.08.02.2.01.0001`. */
  code: string;
  level: SipdLevel;
  parts: {
    urusan: string;
    bidang: string | null;
    program: string | null;
    /** `2.01`: government level digit and kegiatan number. */
    kegiatan: string | null;
    subKegiatan: string | null;
  };
  /** Codes of every level above, from the urusan down (empty for an urusan). */
  parents: string[];
  parentCode: string | null;
}

export type SipdCodeError =
  | 'empty'
  /** Anything but digits and dots (letters, dashes, an `X` wildcard). */
  | 'bad_character'
  /** An empty segment: a leading, trailing or doubled dot. */
  | 'empty_segment'
  /** Four segments (a kegiatan without its number) or more than six. */
  | 'segment_count'
  /** A segment of the wrong width, e.g. bidang `8` instead of `08`. */
  | 'segment_width'
  /** A segment that is all zeros: no level is numbered 0. */
  | 'zero_segment';

export type SipdParseResult =
  | { ok: true; value: SipdCode }
  | { ok: false; reason: SipdCodeError; /** 0-based index of the offending segment. */ segment?: number };

/** Levels by number of segments (4 segments is never a whole code). */
const LEVEL_BY_SEGMENTS: Record<number, SipdLevel | undefined> = {
  1: 'urusan',
  2: 'bidang',
  3: 'program',
  5: 'kegiatan',
  6: 'sub_kegiatan',
};

/** Allowed widths of each segment; the government digit may carry a leading zero. */
const WIDTHS: number[][] = [[1], [2], [2], [1, 2], [2], [4]];

function fail(reason: SipdCodeError, segment?: number): SipdParseResult {
  return segment === undefined ? { ok: false, reason } : { ok: false, reason, segment };
}

export function parseSipdCode(input: string): SipdParseResult {
  // Spaces slip into copied codes ("2.08. 02"); they carry no meaning.
  const text = input.replace(/\s+/g, '');
  if (text === '') return fail('empty');
  if (!/^[\d.]+$/.test(text)) return fail('bad_character');
  const segments = text.split('.');
  const emptyAt = segments.findIndex((s) => s === '');
  if (emptyAt >= 0) return fail('empty_segment', emptyAt);
  const level = LEVEL_BY_SEGMENTS[segments.length];
  if (!level) return fail('segment_count');
  for (let i = 0; i < segments.length; i++) {
    if (!WIDTHS[i].includes(segments[i].length)) return fail('segment_width', i);
    if (/^0+$/.test(segments[i])) return fail('zero_segment', i);
  }
  if (segments.length >= 4) segments[3] = String(Number(segments[3]));
  if (segments[3] !== undefined && segments[3].length !== 1) return fail('segment_width', 3);

  const prefix = (n: number) => segments.slice(0, n).join('.');
  const lengths = [1, 2, 3, 5, 6].filter((n) => n <= segments.length);
  const chain = lengths.map(prefix);
  return {
    ok: true,
    value: {
      code: chain[chain.length - 1],
      level,
      parts: {
        urusan: segments[0],
        bidang: segments[1] ?? null,
        program: segments[2] ?? null,
        kegiatan: segments.length >= 5 ? `${segments[3]}.${segments[4]}` : null,
        subKegiatan: segments[5] ?? null,
      },
      parents: chain.slice(0, -1),
      parentCode: chain.length > 1 ? chain[chain.length - 2] : null,
    },
  };
}

/** The normalised code, or null when it is not a valid SIPD code at any level. */
export function normaliseSipdCode(input: string): string | null {
  const r = parseSipdCode(input);
  return r.ok ? r.value.code : null;
}

/** The program (first three segments) of a code at program level or below, else null. */
export function programCodeOf(code: string): string | null {
  const r = parseSipdCode(code);
  if (!r.ok || r.value.parts.program === null) return null;
  return r.value.level === 'program' ? r.value.code : r.value.parents[2];
}

/** The code at each level from urusan down to the code itself; null where the code stops. */
export function sipdPathCodes(code: string): Record<SipdLevel, string | null> | null {
  const r = parseSipdCode(code);
  if (!r.ok) return null;
  const chain = [...r.value.parents, r.value.code];
  return {
    urusan: chain[0] ?? null,
    bidang: chain[1] ?? null,
    program: chain[2] ?? null,
    kegiatan: chain[3] ?? null,
    sub_kegiatan: chain[4] ?? null,
  };
}
