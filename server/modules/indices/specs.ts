/**
 * The inputs of an index under a method version, and the value they compute. The four
 * formula indices take their inputs from domain/indices/inputs.ts; the family index takes its
 * variables from the method version's structure.
 */
import { calculateIndex } from '../../../domain/indices/calculate.js';
import type { IndexCode } from '../../../domain/indices/constants.js';
import { computeFamilyIndex, type FamilyMethod } from '../../../domain/indices/family.js';
import { inputsBelowGoalposts } from '../../../domain/indices/human-development.js';
import { INDEX_INPUTS, scoreInput, type InputSpec } from '../../../domain/indices/inputs.js';
import type { IndexMethods } from '../../../domain/indices/method.js';

export type LabelledSpec = InputSpec & { group?: string; label?: string };

export function inputSpecsOf(index: IndexCode, params: Record<string, unknown>): LabelledSpec[] {
  if (index !== 'ikk') return [...INDEX_INPUTS[index]];
  const method = params as unknown as FamilyMethod;
  return method.dimensions.flatMap((d) =>
    d.variables.map((v) => ({ ...scoreInput(v.code), group: d.name, label: v.name })),
  );
}

export interface Computation {
  value: number | null;
  parts: Record<string, number | null> | null;
  category: string | null;
}

const NOTHING: Computation = { value: null, parts: null, category: null };

/** The index from complete inputs; nothing while an input is missing or under a goalpost. */
export function computeWith(
  index: IndexCode,
  values: Record<string, number>,
  specs: InputSpec[],
  params: Record<string, unknown>,
): Computation {
  if (specs.some((s) => values[s.name] === undefined)) return NOTHING;
  if (index === 'ikk') {
    const result = computeFamilyIndex(values, params as unknown as FamilyMethod);
    return result ? { value: result.value, parts: result.parts, category: result.category } : NOTHING;
  }
  if (
    (index === 'ipm' || index === 'ipg') &&
    inputsBelowGoalposts(index, values, params as unknown as IndexMethods['ipm']).length > 0
  ) {
    return NOTHING;
  }
  const result = calculateIndex(index, values, params as unknown as IndexMethods[typeof index]);
  return { value: result.value, parts: result.parts, category: null };
}
