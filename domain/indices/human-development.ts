/**
 * IPM (Indeks Pembangunan Manusia) and IPG (Indeks Pembangunan Gender), BPS metode baru
 * (research-2.md §5.1, docs/indices.md): three dimension indices from goalposts, IPM = 100 ×
 * their geometric mean, IPG = 100 × IPM perempuan / IPM laki-laki. Full precision: rounding is
 * for display only (BPS publishes two decimals).
 */
import type { Goalpost, HumanDevelopmentMethod } from './method.js';

export interface IpmInputs {
  lifeExpectancy: number;
  expectedSchooling: number;
  meanSchooling: number;
  /** Rupiah a year (not thousands). */
  expenditure: number;
}

export interface IpmParts {
  health: number;
  education: number;
  expenditure: number;
}

export interface IpgInputs {
  lifeExpectancyF: number;
  lifeExpectancyM: number;
  expectedSchoolingF: number;
  expectedSchoolingM: number;
  meanSchoolingF: number;
  meanSchoolingM: number;
  expenditureF: number;
  expenditureM: number;
}

const linear = (x: number, g: Goalpost) => (x - g.min) / (g.max - g.min);
/** Schooling above the goalpost counts as the goalpost (UNDP caps HLS at 18 and RLS at 15). */
const capped = (x: number, g: Goalpost) => linear(Math.min(x, g.max), g);
const logarithmic = (x: number, g: Goalpost) =>
  (Math.log(x) - Math.log(g.min)) / (Math.log(g.max) - Math.log(g.min));

function ipmWith(inputs: IpmInputs, lifeExpectancy: Goalpost, method: HumanDevelopmentMethod) {
  const parts: IpmParts = {
    health: linear(inputs.lifeExpectancy, lifeExpectancy),
    education:
      (capped(inputs.expectedSchooling, method.expectedSchooling) +
        capped(inputs.meanSchooling, method.meanSchooling)) /
      2,
    expenditure: logarithmic(inputs.expenditure, method.expenditure),
  };
  return { value: 100 * Math.cbrt(parts.health * parts.education * parts.expenditure), parts };
}

export function computeIpm(inputs: IpmInputs, method: HumanDevelopmentMethod) {
  return ipmWith(inputs, method.lifeExpectancy, method);
}

export function computeIpg(inputs: IpgInputs, method: HumanDevelopmentMethod) {
  const female = ipmWith(
    {
      lifeExpectancy: inputs.lifeExpectancyF,
      expectedSchooling: inputs.expectedSchoolingF,
      meanSchooling: inputs.meanSchoolingF,
      expenditure: inputs.expenditureF,
    },
    method.lifeExpectancyF,
    method,
  );
  const male = ipmWith(
    {
      lifeExpectancy: inputs.lifeExpectancyM,
      expectedSchooling: inputs.expectedSchoolingM,
      meanSchooling: inputs.meanSchoolingM,
      expenditure: inputs.expenditureM,
    },
    method.lifeExpectancyM,
    method,
  );
  return {
    value: (100 * female.value) / male.value,
    parts: {
      ipmF: female.value,
      ipmM: male.value,
      healthF: female.parts.health,
      healthM: male.parts.health,
      educationF: female.parts.education,
      educationM: male.parts.education,
      expenditureF: female.parts.expenditure,
      expenditureM: male.parts.expenditure,
    },
  };
}

/**
 * Inputs at or below a goalpost's minimum would give a dimension index of zero or less, whose
 * geometric mean is meaningless: the caller refuses them naming the field. (Schooling of 0 is a
 * real zero and stays allowed.)
 */
export function inputsBelowGoalposts(
  index: 'ipm' | 'ipg',
  inputs: Record<string, number>,
  method: HumanDevelopmentMethod,
): string[] {
  const checks: [string, Goalpost][] =
    index === 'ipm'
      ? [
          ['lifeExpectancy', method.lifeExpectancy],
          ['expenditure', method.expenditure],
        ]
      : [
          ['lifeExpectancyF', method.lifeExpectancyF],
          ['lifeExpectancyM', method.lifeExpectancyM],
          ['expenditureF', method.expenditure],
          ['expenditureM', method.expenditure],
        ];
  return checks.filter(([field, goalpost]) => !(inputs[field]! > goalpost.min)).map(([field]) => field);
}
