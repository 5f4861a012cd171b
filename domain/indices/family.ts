/**
 * The family-resilience index (Indeks Ketahanan Keluarga, Permen PPPA 6/2013; research.md §5):
 * variable scores on 0–100 combined by weights within each dimension, then across dimensions;
 * the category from the method's cut-points. The structure, weights and cut-points are the
 * method version's data (the official AHP weights are not public; version 1 ships equal
 * weights marked provisional), so nothing here names a dimension.
 */
export interface FamilyVariable {
  code: string;
  name: string;
  weight: number;
}
export interface FamilyDimension extends FamilyVariable {
  variables: FamilyVariable[];
}
export interface FamilyMethod {
  dimensions: FamilyDimension[];
  /** Ascending lower bounds; a value takes the last category whose `min` it reaches. */
  categories: { min: number; name: string }[];
}

export const familyVariableCodes = (method: FamilyMethod) =>
  method.dimensions.flatMap((d) => d.variables.map((v) => v.code));

const weightedMean = (items: { weight: number; value: number }[]) => {
  const total = items.reduce((s, i) => s + i.weight, 0);
  return items.reduce((s, i) => s + i.weight * i.value, 0) / total;
};

export function categoryOf(value: number, method: FamilyMethod): string | null {
  let name: string | null = null;
  for (const c of method.categories) if (value >= c.min) name = c.name;
  return name;
}

/** Null when a variable has no score: a partial index would be an invented figure. */
export function computeFamilyIndex(scores: Record<string, number>, method: FamilyMethod) {
  if (familyVariableCodes(method).some((code) => scores[code] === undefined)) return null;
  const parts: Record<string, number> = {};
  for (const d of method.dimensions) {
    parts[d.code] = weightedMean(d.variables.map((v) => ({ weight: v.weight, value: scores[v.code]! })));
  }
  const value = weightedMean(method.dimensions.map((d) => ({ weight: d.weight, value: parts[d.code]! })));
  return { value, parts, category: categoryOf(value, method) };
}
