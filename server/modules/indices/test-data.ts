/**
 * Published BPS components the indices tests share (docs/indices-sources.md cites each), and
 * a helper that turns plain values into a save's components.
 */

/** Indonesia 2023: IPM 74,39 (BPS, 15 November 2023). */
export const IPM_INDONESIA_2023 = {
  lifeExpectancy: 73.93,
  expectedSchooling: 13.15,
  meanSchooling: 8.77,
  expenditure: 11_899_000,
};

/** Kota Probolinggo 2021: IPG 96,01, IPM P 72,378 and L 75,378 recomputed. */
export const IPG_PROBOLINGGO_2021 = {
  lifeExpectancyF: 72.27,
  lifeExpectancyM: 68.3,
  expectedSchoolingF: 13.59,
  expectedSchoolingM: 13.91,
  meanSchoolingF: 8.38,
  meanSchoolingM: 9.68,
  expenditureF: 11_876_000,
  expenditureM: 12_636_000,
};

/** Indonesia 2023: IKG 0,447 (BPS BRS No. 54/08/Th.XXVI). */
export const IKG_INDONESIA_2023 = {
  mtf: 0.126,
  mhpk20: 0.258,
  parliamentF: 22.14,
  parliamentM: 77.86,
  secondaryEducationF: 37.6,
  secondaryEducationM: 42.62,
  laborForceF: 54.52,
  laborForceM: 84.26,
};

/** Plain values as a save's components, each with the same source. */
export const typedComponents = (values: Record<string, number>, source = 'uji') =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, source }]));
