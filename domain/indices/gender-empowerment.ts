/**
 * IDG (Indeks Pemberdayaan Gender), UNDP's GEM as used in Indonesia (research-2.md §5.2): each
 * participation share becomes an equally-distributed equivalent percentage weighted by
 * population shares, EDEP = [p_F·X_F^(1−ε) + p_M·X_M^(1−ε)]^(1/(1−ε)) (ε = 2: the harmonic
 * mean), divided by 50. The income index needs wage data and goalposts BPS does not publish
 * with the IDG, so no cited method reproduces it: the IDG itself is not computed (`value`
 * null) and regions keep BPS's published IDG beside the two sub-indices.
 */
import type { GenderEmpowermentMethod } from './method.js';

export interface IdgInputs {
  /** Percentages (0–100): women's share of parliament seats, of professionals and managers,
   * and of earned income. */
  parliamentF: number;
  professionalF: number;
  incomeShareF: number;
  /** Women's share of the population (0–1). */
  populationShareF: number;
}

/** The EDEP of a female share (percent) against the male remainder, over the reference. */
export function participationIndex(
  femalePercent: number,
  populationShareF: number,
  method: GenderEmpowermentMethod,
): number {
  const e = method.epsilon;
  const pF = populationShareF;
  const pM = 1 - populationShareF;
  const xF = femalePercent;
  const xM = 100 - femalePercent;
  // A sex with no share at all makes the equivalent 0 for any ε > 1 (the limit of the formula).
  if (e > 1 && (xF === 0 || xM === 0)) return 0;
  const edep =
    e === 1
      ? Math.exp(pF * Math.log(xF) + pM * Math.log(xM))
      : (pF * xF ** (1 - e) + pM * xM ** (1 - e)) ** (1 / (1 - e));
  return edep / method.participationReference;
}

export function computeIdg(inputs: IdgInputs, method: GenderEmpowermentMethod) {
  return {
    value: null,
    parts: {
      parliament: participationIndex(inputs.parliamentF, inputs.populationShareF, method),
      decisionMaking: participationIndex(inputs.professionalF, inputs.populationShareF, method),
      income: null,
    },
  };
}
