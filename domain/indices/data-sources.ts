/**
 * Which data terpilah indicator fills which index component ("Ambil dari data terpilah",
 * docs/indices.md). A component is mapped only where the catalog indicator measures the same
 * thing in the same unit as the input (domain/indices/inputs.ts); every other component stays
 * unmapped with the reason, so the screen can say why it must be typed or imported.
 *
 * The mapping is one constant for every region: the catalog's definitions are national (BPS,
 * Sakernas, Susenas, Setwan), so a region has nothing to override yet.
 */
import type { Sex } from '../indicators.js';
import type { ComputedIndexCode } from './inputs.js';

/**
 * How the indicator's verified figure becomes the component:
 * - `same`: the figure of `sex` as it is (same unit);
 * - `complement`: 100 − the figure of `sex` (a percentage whose other part is the other sex,
 *   e.g. men's share of DPRD seats = 100 − women's share);
 * - `shareOfBoth`: P / (P + L) of the indicator's totals, a proportion 0–1 (a count by sex).
 */
export type DataTransform = 'same' | 'complement' | 'shareOfBoth';

export interface MappedComponent {
  indicatorCode: string;
  /** The sex whose figure is read (`shareOfBoth` reads both and names P). */
  sex: Sex;
  transform: DataTransform;
}

export interface UnmappedComponent {
  /** Why no catalog indicator fits (English; docs/indices.md gives the same reasons). */
  unmapped: string;
}

export type ComponentDataSource = MappedComponent | UnmappedComponent;

export const isMapped = (s: ComponentDataSource): s is MappedComponent => 'indicatorCode' in s;

const same = (indicatorCode: string, sex: Sex): MappedComponent => ({
  indicatorCode,
  sex,
  transform: 'same',
});

const NO_TOTAL =
  'The catalog keeps this indicator by sex only (P, L); BPS computes the total from the whole population, which is not the mean of the two.';

/** Every input of every computed index (tested: no input is forgotten, no unknown one named). */
export const COMPONENT_DATA_SOURCES: Record<ComputedIndexCode, Record<string, ComponentDataSource>> = {
  ipm: {
    lifeExpectancy: { unmapped: NO_TOTAL },
    expectedSchooling: { unmapped: NO_TOTAL },
    meanSchooling: { unmapped: NO_TOTAL },
    expenditure: { unmapped: NO_TOTAL },
  },
  ipg: {
    // KES_UHH, PDD_HLS, PDD_RLS and EKO_PENGELUARAN_PERKAPITA are BPS's own IPM/IPG components
    // by sex, in years and in Rupiah a year at 2012 prices: the inputs' units.
    lifeExpectancyF: same('KES_UHH', 'P'),
    lifeExpectancyM: same('KES_UHH', 'L'),
    expectedSchoolingF: same('PDD_HLS', 'P'),
    expectedSchoolingM: same('PDD_HLS', 'L'),
    meanSchoolingF: same('PDD_RLS', 'P'),
    meanSchoolingM: same('PDD_RLS', 'L'),
    expenditureF: same('EKO_PENGELUARAN_PERKAPITA', 'P'),
    expenditureM: same('EKO_PENGELUARAN_PERKAPITA', 'L'),
  },
  ikg: {
    mtf: {
      unmapped:
        'MTF is the share of ever-married women 15–49 whose last live birth was not in a health facility (Susenas); KES_PERSALINAN_NAKES_PERSEN counts births attended by health workers anywhere, a different measure.',
    },
    mhpk20: {
      unmapped:
        'MHPK20 is the share of ever-married women 15–49 whose first live birth was before age 20 (Susenas); the catalog has no such indicator (HSB_PERKAWINAN_ANAK is child marriage).',
    },
    // Seats are held by women or men, so men's share is the complement of women's.
    parliamentF: same('POL_DPRD_PEREMPUAN_PERSEN', 'P'),
    parliamentM: { indicatorCode: 'POL_DPRD_PEREMPUAN_PERSEN', sex: 'P', transform: 'complement' },
    secondaryEducationF: {
      unmapped:
        'The share of people 25+ with at least upper-secondary education is attainment (Susenas); the catalog has only enrolment rates of ages 16–18 (PDD_APS_SMA, PDD_APM_SMA).',
    },
    secondaryEducationM: {
      unmapped:
        'The share of people 25+ with at least upper-secondary education is attainment (Susenas); the catalog has only enrolment rates of ages 16–18 (PDD_APS_SMA, PDD_APM_SMA).',
    },
    // TPAK by sex, a percentage (Sakernas August): computed from its counts where they are verified.
    laborForceF: same('EKO_TPAK', 'P'),
    laborForceM: same('EKO_TPAK', 'L'),
  },
  idg: {
    parliamentF: same('POL_DPRD_PEREMPUAN_PERSEN', 'P'),
    professionalF: same('POL_TENAGA_PROFESIONAL', 'P'),
    incomeShareF: same('EKO_SUMBANGAN_PENDAPATAN', 'P'),
    // Women's share of the mid-year population: the projection's counts by sex, every age group.
    populationShareF: { indicatorCode: 'KDD_PENDUDUK', sex: 'P', transform: 'shareOfBoth' },
  },
};

/** The catalog indicators the mapping of `index` reads (for one query). */
export function mappedIndicatorCodes(index: ComputedIndexCode): string[] {
  const codes = Object.values(COMPONENT_DATA_SOURCES[index])
    .filter(isMapped)
    .map((s) => s.indicatorCode);
  return [...new Set(codes)];
}

/**
 * The component's value from the indicator's figures by sex (null where one it needs is
 * missing). `complement` and `shareOfBoth` keep 10 decimals so binary noise does not show.
 */
export function componentValue(
  source: MappedComponent,
  figures: { p: number | null; l: number | null },
): number | null {
  const own = source.sex === 'P' ? figures.p : figures.l;
  if (source.transform === 'same') return own;
  if (source.transform === 'complement') return own === null ? null : round10(100 - own);
  const { p, l } = figures;
  if (p === null || l === null || p + l <= 0) return null;
  return round10(p / (p + l));
}

const round10 = (v: number): number => Math.round(v * 1e10) / 1e10;

/** The sexes whose figures `source` needs. */
export function sexesNeeded(source: MappedComponent): Sex[] {
  return source.transform === 'shareOfBoth' ? ['P', 'L'] : [source.sex];
}

export const DATA_TRANSFORMS = [
  'same',
  'complement',
  'shareOfBoth',
] as const satisfies readonly DataTransform[];

/**
 * A component's state in data terpilah: `verified` can be taken; `unverified` has figures only
 * in draft or submitted; `missing` has none; `out_of_range` has a verified figure outside the
 * input's range (e.g. expenditure entered in thousands); `unmapped` has no indicator.
 */
export const DATA_COMPONENT_STATUSES = [
  'verified',
  'unverified',
  'missing',
  'out_of_range',
  'unmapped',
] as const;
export type DataComponentStatus = (typeof DATA_COMPONENT_STATUSES)[number];
