/**
 * A combination of non-sex dimension members, e.g. {umur8: '15-24', disabilitas: 'ya'}, has
 * one canonical key — pairs sorted by dimension set code — so the same combination is always
 * stored and found the same way. The empty combination (no other dimension) has key ''.
 */
export type Members = Record<string, string>;

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

/** Every combination of members of the given sets (the cartesian product), in set order. */
export function allCombos(sets: { code: string; members: string[] }[]): Members[] {
  return sets.reduce<Members[]>(
    (acc, set) => acc.flatMap((partial) => set.members.map((m) => ({ ...partial, [set.code]: m }))),
    [{}],
  );
}
