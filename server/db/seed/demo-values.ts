/**
 * DEMO FIGURES — INVENTED, NOT OFFICIAL STATISTICS. These values for Kota Palu (about 390,000
 * people, Sulawesi Tengah) only let a demo show realistic-looking levels, gaps and trends for
 * every starter indicator. They are generated, not taken from BPS, Dinas or SIMFONI-PPA
 * publications, and must never be cited as data about Palu. Whoever stores them marks them
 * `is_demo`.
 *
 * Pure and deterministic: each figure depends only on its indicator, sex, members and year
 * (a seeded PRNG per key, no Math.random), so asking for 2022 alone gives the same 2022 as
 * asking for 2019–2024. Related figures agree: parts never exceed their totals, rates follow
 * from their generated numerator and denominator, and percentages stay within 0–100.
 */
import type { Sex } from '../../../domain/indicators.js';
import { STARTER_INDICATORS } from './catalog-data.js';
import {
  BASE_YEAR,
  DEFS,
  Table,
  clamp,
  combos,
  count,
  covid,
  memberKey,
  noise,
  roundTo,
  splitPosts,
} from './demo-values-table.js';
import { disasters, politics, society, violence } from './demo-values-public-life.js';

export interface DemoValue {
  indicatorCode: string;
  /** The year, e.g. '2024' (every starter indicator is yearly). */
  period: string;
  sex: Sex;
  /** Dimension set code -> member code; {} when the indicator has no other dimension. */
  members: Record<string, string>;
  /** Decimal string with the indicator's number of decimals, e.g. '12.50'. */
  value: string;
}

// --- kependudukan --------------------------------------------------------------------------

/** Share of each age group in % (a university city: many 15–24), drifting older each year. */
const AGE_SHARE: Record<string, [share: number, drift: number, femaleShare: number]> = {
  '0-4': [8.3, -0.08, 0.487],
  '5-14': [16.8, -0.06, 0.488],
  '15-24': [18.5, -0.04, 0.498],
  '25-34': [16.5, -0.02, 0.499],
  '35-44': [14.8, 0.02, 0.497],
  '45-54': [11.8, 0.04, 0.498],
  '55-64': [8.0, 0.06, 0.505],
  '65+': [5.3, 0.08, 0.545],
};

function population(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  const total = 367_800 * 1.0135 ** t;
  for (const [age, [share, drift, female]] of Object.entries(AGE_SHARE)) {
    const people = (total * (share + drift * t)) / 100;
    tbl.set('KDD_PENDUDUK', 'P', year, count(people * female), { umur8: age });
    tbl.set('KDD_PENDUDUK', 'L', year, count(people * (1 - female)), { umur8: age });
  }

  const families = 104_500 + 1_900 * t + 150 * noise('kk', year);
  const femaleHeads = count(families * (0.178 + 0.0025 * t + 0.002 * noise('kk-p', year)));
  tbl.set('KDD_KEPALA_KELUARGA', 'P', year, femaleHeads);
  tbl.set('KDD_KEPALA_KELUARGA', 'L', year, count(families) - femaleHeads);

  const children = 119_000 + 500 * t + 300 * noise('anak', year);
  const girls = count(children * 0.488);
  const childrenBySex: Record<Sex, number> = { P: girls, L: count(children) - girls };
  for (const sex of ['P', 'L'] as const) {
    tbl.set('KDD_ANAK', sex, year, childrenBySex[sex]);
    const coverage = clamp(
      0.862 + 0.021 * t + (sex === 'P' ? 0.003 : 0) + 0.004 * noise('akta', sex, year),
      0,
      0.985,
    );
    tbl.set('KDD_ANAK_AKTA', sex, year, count(childrenBySex[sex] * coverage));
  }

  // SD and SMP principals: teaching is mostly female, leadership slowly following.
  const schools = 265 + Math.round(t / 2);
  splitPosts(tbl, 'PDD_KEPALA_SEKOLAH', year, schools, 0.565 + 0.008 * t + 0.01 * noise('kepsek', year));

  tbl.set('KDD_KB_AKTIF', 'P', year, count(36_400 + 520 * t + 400 * noise('kb', 'P', year)));
  tbl.set('KDD_KB_AKTIF', 'L', year, count(1_150 + 110 * t + 60 * noise('kb', 'L', year)));
}

// --- rates published as they are (survey estimates and BPS statistics) ---------------------

interface Smooth {
  /** Level in the base year by sex (a female-only indicator has only P). */
  P: number;
  L?: number;
  /** Change per year. */
  slope: number;
  /** Half-width of the year-to-year noise. */
  amp: number;
  /** Added in the COVID-19 years (scaled by `covid`). */
  covid?: number;
  max?: number;
}

const SMOOTH: Record<string, Smooth> = {
  PDD_APS_SD: { P: 99.55, L: 99.38, slope: 0.03, amp: 0.12, max: 100 },
  PDD_APS_SMP: { P: 97.6, L: 96.7, slope: 0.2, amp: 0.45, max: 100 },
  PDD_APS_SMA: { P: 84.8, L: 82.1, slope: 0.55, amp: 0.9, covid: -0.6, max: 100 },
  PDD_APM_SD: { P: 97.9, L: 97.5, slope: 0.05, amp: 0.3, max: 100 },
  PDD_APM_SMP: { P: 82.6, L: 79.4, slope: 0.45, amp: 1.1 },
  PDD_APM_SMA: { P: 69.8, L: 65.7, slope: 0.6, amp: 1.4, covid: -0.8 },
  PDD_AMH: { P: 98.55, L: 99.35, slope: 0.09, amp: 0.1, max: 99.95 },
  PDD_RLS: { P: 11.32, L: 12.04, slope: 0.08, amp: 0.03 },
  PDD_HLS: { P: 16.02, L: 15.74, slope: 0.05, amp: 0.02 },
  KES_UHH: { P: 73.62, L: 69.71, slope: 0.16, amp: 0.03, covid: -0.12 },
  EKO_PEKERJA_INFORMAL: { P: 47.8, L: 41.2, slope: -0.35, amp: 1.1, covid: 1.8 },
  EKO_SUMBANGAN_PENDAPATAN: { P: 37.6, slope: 0.22, amp: 0.35, covid: -0.4 },
  POL_TENAGA_PROFESIONAL: { P: 51.2, slope: 0.35, amp: 0.9 },
  HSB_PERKAWINAN_ANAK: { P: 6.4, slope: -0.3, amp: 0.7 },
  HSB_AKSES_INTERNET: { P: 66.8, L: 70.1, slope: 3.0, amp: 0.8, covid: 1.5, max: 99 },
  HSB_PUNYA_HP: { P: 69.5, L: 74.2, slope: 1.8, amp: 0.6, max: 99 },
};

function smoothRates(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  for (const [code, s] of Object.entries(SMOOTH)) {
    for (const sex of DEFS.get(code)?.sexes ?? []) {
      const level = sex === 'P' ? s.P : (s.L ?? s.P);
      const value = level + s.slope * t + (s.covid ?? 0) * covid(year) + s.amp * noise(code, sex, year);
      tbl.set(code, sex, year, clamp(value, 0.1, s.max ?? 100));
    }
  }
  // Money: growth per year with a COVID-19 dip; wages to the rupiah, expenditure to the thousand.
  const wage: Record<Sex, number> = {
    P: 2_880_000 * 1.045 ** t * (1 - 0.03 * covid(year)),
    L: 3_390_000 * 1.04 ** t * (1 - 0.03 * covid(year)),
  };
  const spending: Record<Sex, number> = {
    P: 12_950_000 * 1.024 ** t * (1 - 0.025 * covid(year)),
    L: 18_620_000 * 1.021 ** t * (1 - 0.025 * covid(year)),
  };
  for (const sex of ['P', 'L'] as const) {
    tbl.set('EKO_UPAH', sex, year, count(wage[sex] * (1 + 0.015 * noise('upah', sex, year))));
    const perCapita = spending[sex] * (1 + 0.004 * noise('pengeluaran', sex, year));
    tbl.set('EKO_PENGELUARAN_PERKAPITA', sex, year, Math.round(perCapita / 1000) * 1000);
  }
}

// --- kesehatan -----------------------------------------------------------------------------

function health(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  const births: Record<Sex, number> = {
    P: count(3_120 * 0.988 ** t + 40 * noise('lahir', 'P', year)),
    L: count(3_300 * 0.988 ** t + 40 * noise('lahir', 'L', year)),
  };
  tbl.set('KES_KELAHIRAN_HIDUP', 'P', year, births.P);
  tbl.set('KES_KELAHIRAN_HIDUP', 'L', year, births.L);

  // A few deaths a year, with the 2021 Delta wave.
  const covidDeaths = year === 2021 ? 4 : year === 2020 ? 1 : 0;
  const maternalDeaths = Math.max(1, count(6 - 0.35 * t + covidDeaths + 1.4 * noise('kematian-ibu', year)));
  tbl.set('KES_KEMATIAN_IBU', 'P', year, maternalDeaths);
  tbl.set('KES_AKI', 'P', year, (100_000 * maternalDeaths) / (births.P + births.L));

  const deliveries = count((births.P + births.L) * 0.988 + 15 * noise('bersalin', year));
  tbl.set('KES_IBU_BERSALIN', 'P', year, deliveries);
  const attended = clamp(0.952 + 0.007 * t + 0.004 * noise('nakes', year), 0, 0.995);
  tbl.set('KES_PERSALINAN_NAKES', 'P', year, count(deliveries * attended));

  for (const sex of ['P', 'L'] as const) {
    const coverage = clamp(
      (sex === 'P' ? 0.805 : 0.795) + 0.034 * t + 0.004 * noise('jkn', sex, year),
      0.5,
      0.992,
    );
    tbl.set('KES_JKN_PESERTA', sex, year, count(tbl.total('KDD_PENDUDUK', sex, year) * coverage));
  }

  tbl.set('KES_HIV_BARU', 'L', year, count(92 + 3 * t - 18 * covid(year) + 9 * noise('hiv', 'L', year)));
  tbl.set('KES_HIV_BARU', 'P', year, count(34 + t - 6 * covid(year) + 5 * noise('hiv', 'P', year)));
}

// --- ekonomi dan ketenagakerjaan -----------------------------------------------------------

const WORKING_AGE = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'];

function labour(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  const participation: Record<Sex, number> = {
    P: 51.4 + 0.55 * t - 1.0 * covid(year) + 0.9 * noise('tpak', 'P', year),
    L: 78.6 + 0.2 * t - 0.8 * covid(year) + 0.7 * noise('tpak', 'L', year),
  };
  const unemployment: Record<Sex, number> = {
    P: 7.1 - 0.25 * t + 1.6 * covid(year) + 0.5 * noise('tpt', 'P', year),
    L: 7.7 - 0.28 * t + 2.0 * covid(year) + 0.5 * noise('tpt', 'L', year),
  };
  for (const sex of ['P', 'L'] as const) {
    const population15 = WORKING_AGE.reduce(
      (sum, age) => sum + tbl.get('KDD_PENDUDUK', sex, year, { umur8: age }),
      0,
    );
    const workingAge = count(population15 * (1 + 0.004 * noise('puk', sex, year)));
    const labourForce = count((workingAge * clamp(participation[sex], 30, 95)) / 100);
    tbl.set('EKO_PUK', sex, year, workingAge);
    tbl.set('EKO_ANGKATAN_KERJA', sex, year, labourForce);
    tbl.set('EKO_PENGANGGUR', sex, year, count((labourForce * clamp(unemployment[sex], 2, 20)) / 100));
  }
  tbl.set('EKO_PELAKU_UMK', 'P', year, count(14_300 + 900 * t + 250 * noise('umk', 'P', year)));
  tbl.set('EKO_PELAKU_UMK', 'L', year, count(11_900 + 520 * t + 250 * noise('umk', 'L', year)));
}

// --- assembly ------------------------------------------------------------------------------

/** Rates recomputed from their numerator and denominator, summed over any extra dimensions. */
function ratios(tbl: Table, year: number): void {
  for (const def of STARTER_INDICATORS) {
    if (def.aggregation !== 'ratio' || !def.numeratorCode || !def.denominatorCode) continue;
    for (const sex of def.sexes) {
      for (const members of combos(def)) {
        const numerator = tbl.total(def.numeratorCode, sex, year, members);
        const denominator = tbl.total(def.denominatorCode, sex, year, members);
        tbl.set(def.code, sex, year, ((def.multiplier ?? 1) * numerator) / denominator, members);
      }
    }
  }
}

/** Invented demo values for Kota Palu: every starter indicator × sex × members × year. */
export function demoValues(years: number[]): DemoValue[] {
  const tbl = new Table();
  const sortedYears = [...new Set(years)].sort((a, b) => a - b);
  for (const year of sortedYears) {
    population(tbl, year);
    smoothRates(tbl, year);
    health(tbl, year);
    labour(tbl, year);
    politics(tbl, year);
    society(tbl, year);
    violence(tbl, year);
    disasters(tbl, year);
    ratios(tbl, year);
  }
  const out: DemoValue[] = [];
  for (const def of STARTER_INDICATORS) {
    for (const sex of def.sexes) {
      for (const members of combos(def)) {
        for (const year of sortedYears) {
          if (!tbl.has(def.code, sex, year, members)) {
            throw new Error(`No demo value for ${def.code} ${sex} ${memberKey(members)} ${year}`);
          }
          const value = roundTo(tbl.get(def.code, sex, year, members), def.decimals);
          out.push({
            indicatorCode: def.code,
            period: String(year),
            sex,
            members: { ...members },
            value: value.toFixed(def.decimals),
          });
        }
      }
    }
  }
  return out;
}
