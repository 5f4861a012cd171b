/**
 * IKG (Indeks Ketimpangan Gender), BPS's adaptation of UNDP's Gender Inequality Index
 * (research.md §4 and its update): the female reproductive-health term is
 * sqrt(c / (MTF × MHPK20)) and the male one 1; empowerment is the geometric mean of the
 * parliament share and the share of people 25+ with at least upper-secondary schooling;
 * labour is the participation rate. Each sex's geometric mean G, their harmonic mean, the
 * reference G of the averaged dimensions, IKG = 1 − HARM(G_F, G_M) / G_F,M (0 = equal).
 * With the national 2023 components this gives 0.447, BPS's published value.
 */
import type { GenderInequalityMethod } from './method.js';

export interface IkgInputs {
  /** Proportions (0–1). */
  mtf: number;
  mhpk20: number;
  /** Percentages (0–100). */
  parliamentF: number;
  parliamentM: number;
  secondaryEducationF: number;
  secondaryEducationM: number;
  laborForceF: number;
  laborForceM: number;
}

export function computeIkg(inputs: IkgInputs, method: GenderInequalityMethod) {
  const share = (percent: number) => Math.max(percent / 100, method.zeroFloor);
  const healthF = Math.sqrt(method.healthConstant / (inputs.mtf * inputs.mhpk20));
  const healthM = 1;
  const empowermentF = Math.sqrt(share(inputs.parliamentF) * share(inputs.secondaryEducationF));
  const empowermentM = Math.sqrt(share(inputs.parliamentM) * share(inputs.secondaryEducationM));
  const laborF = share(inputs.laborForceF);
  const laborM = share(inputs.laborForceM);
  const gF = Math.cbrt(healthF * empowermentF * laborF);
  const gM = Math.cbrt(healthM * empowermentM * laborM);
  const harmonic = 2 / (1 / gF + 1 / gM);
  const reference = Math.cbrt(
    ((healthF + healthM) / 2) * ((empowermentF + empowermentM) / 2) * ((laborF + laborM) / 2),
  );
  return {
    value: 1 - harmonic / reference,
    parts: { healthF, healthM, empowermentF, empowermentM, laborF, laborM, gF, gM, harmonic, reference },
  };
}
