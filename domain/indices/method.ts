/**
 * The parameters of an index's method: goalposts, constants and weights. They are reference
 * data (table `index_methods`, one row per index and version, each with its source), never
 * constants in code: BPS revises them (the 2014 "metode baru", the 2012 price base), and a
 * figure published under an old version must be recomputable exactly as it was. These types
 * say what each version must hold; the formulas take them as arguments.
 */

/** A dimension's goalposts: the index is (x − min) / (max − min). */
export interface Goalpost {
  min: number;
  max: number;
}

/** IPM and IPG (BPS metode baru, research-2.md §5.1). */
export interface HumanDevelopmentMethod {
  /** Umur harapan hidup saat lahir for the total IPM. */
  lifeExpectancy: Goalpost;
  /** Sex-specific goalposts used by the IPG (UNDP's five-year offset). */
  lifeExpectancyF: Goalpost;
  lifeExpectancyM: Goalpost;
  /** Harapan lama sekolah; values above max count as max. */
  expectedSchooling: Goalpost;
  /** Rata-rata lama sekolah; values above max count as max. */
  meanSchooling: Goalpost;
  /** Pengeluaran riil per kapita disesuaikan, Rupiah a year at `priceBaseYear` prices (log scale). */
  expenditure: Goalpost;
  priceBaseYear: number;
}

/** IKG (BPS's adaptation of the GII, research.md §4 and its update). */
export interface GenderInequalityMethod {
  /** The female reproductive-health term is sqrt(healthConstant / (MTF × MHPK20)). */
  healthConstant: number;
  /**
   * A share of 0 would make a geometric mean 0 and a harmonic mean undefined; UNDP's GII
   * technical note replaces it by this floor (0.1 %, as a proportion).
   */
  zeroFloor: number;
}

/** IDG (UNDP GEM as used in Indonesia, research-2.md §5.2). */
export interface GenderEmpowermentMethod {
  /** Inequality aversion of the equally-distributed equivalent (2: the harmonic mean). */
  epsilon: number;
  /** The participation EDEPs are divided by this (50: equal shares give 1). */
  participationReference: number;
}

export interface IndexMethods {
  ipm: HumanDevelopmentMethod;
  ipg: HumanDevelopmentMethod;
  ikg: GenderInequalityMethod;
  idg: GenderEmpowermentMethod;
}
