/**
 * Which component drives a gender gap: for the IPG, each dimension's female index over the
 * male one (a ratio below 1 pulls the IPG under 100); for the IKG, each dimension's female term
 * over the male one (the further below 1, the more inequality). Sorted with the largest gap
 * first, so a screen can say "pengeluaran is what keeps the IPG at 91".
 */
export interface GapDriver {
  dimension: 'health' | 'education' | 'expenditure' | 'empowerment' | 'labor';
  /** Female over male (1 = equal). */
  ratio: number;
}

const ratioOf = (parts: Record<string, number | null>, f: string, m: string): number | null => {
  const female = parts[f];
  const male = parts[m];
  return female == null || male == null || male === 0 ? null : female / male;
};

export function gapDrivers(index: string, parts: Record<string, number | null> | null): GapDriver[] {
  if (!parts) return [];
  const pairs: [GapDriver['dimension'], string, string][] =
    index === 'ipg'
      ? [
          ['health', 'healthF', 'healthM'],
          ['education', 'educationF', 'educationM'],
          ['expenditure', 'expenditureF', 'expenditureM'],
        ]
      : index === 'ikg'
        ? [
            ['health', 'healthF', 'healthM'],
            ['empowerment', 'empowermentF', 'empowermentM'],
            ['labor', 'laborF', 'laborM'],
          ]
        : [];
  return pairs
    .map(([dimension, f, m]) => ({ dimension, ratio: ratioOf(parts, f, m) }))
    .filter((d): d is GapDriver => d.ratio !== null)
    .sort((a, b) => a.ratio - b.ratio);
}
