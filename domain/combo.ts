/**
 * A combination of non-sex dimension members, e.g. {umur8: '15-24', disabilitas: 'ya'}, has
 * one canonical key — pairs sorted by dimension set code — so the same combination is always
 * stored and found the same way. The empty combination (no other dimension) has key ''.
 */
export type Members = Record<string, string>;

export interface MemberList {
  code: string;
  members: string[];
}

export function comboKey(members: Members): string {
  return Object.keys(members)
    .filter((set) => members[set] !== undefined && members[set] !== '')
    .sort()
    .map((set) => `${set}=${members[set]}`)
    .join(';');
}

export function membersOfKey(key: string): Members {
  if (key === '') return {};
  return Object.fromEntries(key.split(';').map((pair) => pair.split('=') as [string, string]));
}

/**
 * How many combinations the sets make, without making them. Four dimensions multiply fast:
 * umur5 × kecamatan × disabilitas × jenis_kekerasan is 16 × 7,285 × 2 × 7 = 1.6 million
 * combinations over the whole country, which is why nothing may expand a product unasked.
 */
export function comboCount(sets: readonly MemberList[]): number {
  return sets.reduce((n, set) => n * set.members.length, 1);
}

/**
 * The default bound of allCombos: far above any grid or template a person can fill in, far
 * below what takes a server down (each combination costs a few hundred bytes).
 */
export const MAX_COMBOS = 100_000;

/** A product was asked for that is larger than the caller's bound. */
export class TooManyCombinations extends Error {
  constructor(
    readonly count: number,
    readonly max: number,
  ) {
    super(`${count} combinations of dimension members, more than ${max}`);
  }
}

/**
 * Every combination of members of the given sets (the cartesian product), in set order.
 * Throws TooManyCombinations rather than build more than `max` of them.
 */
export function allCombos(sets: readonly MemberList[], max = MAX_COMBOS): Members[] {
  const count = comboCount(sets);
  if (count > max) throw new TooManyCombinations(count, max);
  return sets.reduce<Members[]>(
    (acc, set) => acc.flatMap((partial) => set.members.map((m) => ({ ...partial, [set.code]: m }))),
    [{}],
  );
}
