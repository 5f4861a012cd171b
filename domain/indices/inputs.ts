/**
 * The indices Setara computes and the inputs each takes, with the unit and the plausible range
 * of every input. The calculator's schema (api/indices.ts), the component forms and the import
 * template are all made from this list, so an input is named and bounded in one place.
 * Units: percentages as 0–100, proportions as 0–1, Rupiah as plain numbers a year.
 */

export const COMPUTED_INDEX_CODES = ['ipm', 'ipg', 'ikg', 'idg'] as const;
export type ComputedIndexCode = (typeof COMPUTED_INDEX_CODES)[number];

/** `score`: a family-index variable, 0–100. */
export type InputUnit = 'years' | 'rupiah' | 'percent' | 'proportion' | 'score';

export interface InputSpec {
  name: string;
  unit: InputUnit;
  /** Inclusive bounds unless `exclusiveMin` (a divisor or a logarithm's argument). */
  min: number;
  max: number;
  exclusiveMin?: boolean;
}

const years = (name: string, max: number): InputSpec => ({
  name,
  unit: 'years',
  min: 0,
  max,
  exclusiveMin: true,
});
const rupiah = (name: string): InputSpec => ({
  name,
  unit: 'rupiah',
  min: 0,
  max: 10_000_000_000,
  exclusiveMin: true,
});
const percent = (name: string): InputSpec => ({ name, unit: 'percent', min: 0, max: 100 });
const proportion = (name: string, exclusiveMin = false): InputSpec => ({
  name,
  unit: 'proportion',
  min: 0,
  max: 1,
  exclusiveMin,
});

/** Life expectancy past 100 or schooling past 25 years is a typing error, not a region. */
const LIFE = 100;
const SCHOOL = 25;

export const INDEX_INPUTS: Record<ComputedIndexCode, readonly InputSpec[]> = {
  ipm: [
    years('lifeExpectancy', LIFE),
    years('expectedSchooling', SCHOOL),
    years('meanSchooling', SCHOOL),
    rupiah('expenditure'),
  ],
  ipg: [
    years('lifeExpectancyF', LIFE),
    years('lifeExpectancyM', LIFE),
    years('expectedSchoolingF', SCHOOL),
    years('expectedSchoolingM', SCHOOL),
    years('meanSchoolingF', SCHOOL),
    years('meanSchoolingM', SCHOOL),
    rupiah('expenditureF'),
    rupiah('expenditureM'),
  ],
  ikg: [
    proportion('mtf', true),
    proportion('mhpk20', true),
    percent('parliamentF'),
    percent('parliamentM'),
    percent('secondaryEducationF'),
    percent('secondaryEducationM'),
    percent('laborForceF'),
    percent('laborForceM'),
  ],
  idg: [
    percent('parliamentF'),
    percent('professionalF'),
    percent('incomeShareF'),
    proportion('populationShareF', true),
  ],
};

/** A family-index variable (its codes come from the method version). */
export const scoreInput = (name: string): InputSpec => ({ name, unit: 'score', min: 0, max: 100 });

/** Whether `value` lies in the input's range. */
export function withinRange(spec: InputSpec, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (spec.exclusiveMin ? value <= spec.min : value < spec.min) return false;
  return value <= spec.max;
}
