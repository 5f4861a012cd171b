/**
 * The formulas against figures BPS published with their components (docs/indices.md cites
 * each). BPS rounds its inputs to two decimals (Rupiah to thousands), so a recomputed value
 * may differ from the published one by about 0.01.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calculateIndex } from './calculate.js';
import { participationIndex } from './gender-empowerment.js';
import { inputsBelowGoalposts } from './human-development.js';
import { INDEX_INPUTS, withinRange } from './inputs.js';
import type { IndexMethods } from './method.js';

/** BPS metode baru (research-2.md §5.1); the same values the migration ships as version 1. */
const HUMAN: IndexMethods['ipm'] = {
  lifeExpectancy: { min: 20, max: 85 },
  lifeExpectancyF: { min: 22.5, max: 87.5 },
  lifeExpectancyM: { min: 17.5, max: 82.5 },
  expectedSchooling: { min: 0, max: 18 },
  meanSchooling: { min: 0, max: 15 },
  expenditure: { min: 1_007_436, max: 26_572_352 },
  priceBaseYear: 2012,
};
const INEQUALITY: IndexMethods['ikg'] = { healthConstant: 0.00005, zeroFloor: 0.001 };
const EMPOWERMENT: IndexMethods['idg'] = { epsilon: 2, participationReference: 50 };

const near = (actual: number | null, expected: number, tolerance: number, what: string) => {
  assert.ok(actual !== null, `${what}: no value`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not ${expected} ± ${tolerance}`);
};

describe('IPM (BPS metode baru)', () => {
  const cases = [
    // Indonesia: UHH, HLS, RLS, pengeluaran riil per kapita disesuaikan → published IPM.
    { what: 'Indonesia 2022', inputs: [71.85, 13.1, 8.69, 11_479_000], published: 72.91 },
    { what: 'Indonesia 2023', inputs: [73.93, 13.15, 8.77, 11_899_000], published: 74.39 },
    { what: 'Indonesia 2024', inputs: [74.15, 13.21, 8.85, 12_341_000], published: 75.02 },
    { what: 'DI Yogyakarta 2024', inputs: [75.36, 15.7, 9.92, 15_361_000], published: 81.62 },
    { what: 'DKI Jakarta 2024', inputs: [75.99, 13.51, 11.49, 19_950_000], published: 84.15 },
    { what: 'DKI Jakarta 2022', inputs: [73.32, 13.08, 11.31, 18_930_000], published: 81.65 },
    { what: 'Kota Surabaya 2017', inputs: [73.88, 14.41, 10.45, 16_726_000], published: 81.07 },
    { what: 'Banten 2016', inputs: [69.46, 12.7, 8.37, 11_470_000], published: 70.96 },
    { what: 'Jawa Timur 2020', inputs: [71.3, 13.19, 7.78, 11_600_000], published: 71.71 },
  ];
  for (const c of cases) {
    test(`${c.what}: ${c.published}`, () => {
      const [lifeExpectancy, expectedSchooling, meanSchooling, expenditure] = c.inputs as [
        number,
        number,
        number,
        number,
      ];
      const result = calculateIndex(
        'ipm',
        { lifeExpectancy, expectedSchooling, meanSchooling, expenditure },
        HUMAN,
      );
      near(result.value, c.published, 0.006, c.what);
      for (const part of ['health', 'education', 'expenditure']) {
        const v = result.parts[part]!;
        assert.ok(v > 0 && v < 1, `${part} ${v} within (0, 1)`);
      }
    });
  }

  test('schooling above the goalposts counts as the goalposts', () => {
    const base = { lifeExpectancy: 70, expenditure: 10_000_000 };
    const atCap = calculateIndex('ipm', { ...base, expectedSchooling: 18, meanSchooling: 15 }, HUMAN);
    const over = calculateIndex('ipm', { ...base, expectedSchooling: 21, meanSchooling: 17 }, HUMAN);
    assert.equal(over.value, atCap.value);
    assert.equal(atCap.parts.education, 1);
  });

  test('inputs at or under a goalpost minimum are named', () => {
    assert.deepEqual(
      inputsBelowGoalposts(
        'ipm',
        { lifeExpectancy: 20, expectedSchooling: 0, meanSchooling: 0, expenditure: 900_000 },
        HUMAN,
      ),
      ['lifeExpectancy', 'expenditure'],
    );
    assert.deepEqual(
      inputsBelowGoalposts(
        'ipg',
        { lifeExpectancyF: 22, lifeExpectancyM: 18, expenditureF: 2e6, expenditureM: 2e6 },
        HUMAN,
      ),
      ['lifeExpectancyF'],
    );
  });
});

describe('IPG', () => {
  test('Kota Probolinggo 2021: 96.01 from its eight components by sex', () => {
    const inputs = {
      lifeExpectancyF: 72.27,
      lifeExpectancyM: 68.3,
      expectedSchoolingF: 13.59,
      expectedSchoolingM: 13.91,
      meanSchoolingF: 8.38,
      meanSchoolingM: 9.68,
      expenditureF: 11_876_000,
      expenditureM: 12_636_000,
    };
    near(calculateIndex('ipg', inputs, HUMAN).value, 96.01, 0.02, 'IPG Probolinggo 2021');
    // The total IPM's goalposts for both sexes would give 99.26: the sex-specific ones matter.
    const unisex = { ...HUMAN, lifeExpectancyF: HUMAN.lifeExpectancy, lifeExpectancyM: HUMAN.lifeExpectancy };
    near(calculateIndex('ipg', inputs, unisex).value, 99.26, 0.02, 'with the total goalposts');
  });

  test("Kota Samarinda 2022 and 2024: the men's IPM (85.97, 87.22) by the men's goalposts", () => {
    // A partial check (docs/indices-sources.md §2): the source gives the men's four components
    // and IPM, and the women's IPM without its components. The total goalposts (20–85) would
    // give 84.66 and 85.90 — the men's own (17.5–82.5) are what reproduce BPS.
    const menOf = (year: number) =>
      year === 2022
        ? { lifeExpectancy: 73.19, expectedSchooling: 15.01, meanSchooling: 11.1, expenditure: 22_004_000 }
        : { lifeExpectancy: 73.52, expectedSchooling: 15.21, meanSchooling: 11.38, expenditure: 23_317_000 };
    const men = { ...HUMAN, lifeExpectancy: HUMAN.lifeExpectancyM };
    near(calculateIndex('ipm', menOf(2022), men).value, 85.97, 0.005, 'IPM L Samarinda 2022');
    near(calculateIndex('ipm', menOf(2024), men).value, 87.22, 0.005, 'IPM L Samarinda 2024');
    near(calculateIndex('ipm', menOf(2024), HUMAN).value, 85.9, 0.005, 'with the total goalposts');
  });

  test('equal achievements with the sex-specific offset give exactly 100', () => {
    const result = calculateIndex(
      'ipg',
      {
        lifeExpectancyF: 75,
        lifeExpectancyM: 70, // five years less on goalposts five years lower: the same health index
        expectedSchoolingF: 13,
        expectedSchoolingM: 13,
        meanSchoolingF: 9,
        meanSchoolingM: 9,
        expenditureF: 9_000_000,
        expenditureM: 9_000_000,
      },
      HUMAN,
    );
    near(result.value, 100, 1e-9, 'IPG');
    near(result.parts.ipmF!, result.parts.ipmM!, 1e-9, 'IPM P = IPM L');
  });

  test('IPG = 100 × IPM P / IPM L, each IPM by its own goalposts', () => {
    const inputs = {
      lifeExpectancyF: 75.5,
      lifeExpectancyM: 71.6,
      expectedSchoolingF: 13.3,
      expectedSchoolingM: 13.0,
      meanSchoolingF: 8.4,
      meanSchoolingM: 9.1,
      expenditureF: 9_300_000,
      expenditureM: 15_600_000,
    };
    const result = calculateIndex('ipg', inputs, HUMAN);
    const female = calculateIndex(
      'ipm',
      { lifeExpectancy: 75.5, expectedSchooling: 13.3, meanSchooling: 8.4, expenditure: 9_300_000 },
      { ...HUMAN, lifeExpectancy: HUMAN.lifeExpectancyF },
    );
    const male = calculateIndex(
      'ipm',
      { lifeExpectancy: 71.6, expectedSchooling: 13.0, meanSchooling: 9.1, expenditure: 15_600_000 },
      { ...HUMAN, lifeExpectancy: HUMAN.lifeExpectancyM },
    );
    near(result.parts.ipmF!, female.value!, 1e-12, 'IPM P');
    near(result.parts.ipmM!, male.value!, 1e-12, 'IPM L');
    near(result.value, (100 * female.value!) / male.value!, 1e-12, 'IPG');
    assert.ok(result.value! < 100, 'lower female expenditure pulls the IPG under 100');
  });
});

describe('IKG (BPS adaptation of the GII)', () => {
  test('Indonesia 2023: 0.447 from its published components (research.md §4)', () => {
    const result = calculateIndex(
      'ikg',
      {
        mtf: 0.126,
        mhpk20: 0.258,
        parliamentF: 22.14,
        parliamentM: 77.86,
        secondaryEducationF: 37.6,
        secondaryEducationM: 42.62,
        laborForceF: 54.52,
        laborForceM: 84.26,
      },
      INEQUALITY,
    );
    near(result.value, 0.447, 0.0005, 'IKG 2023');
    assert.equal(result.parts.healthM, 1);
  });

  // BPS Kabupaten Majalengka's table of Jawa Barat's IKG and components (docs/indices-sources.md):
  // MTF, MHPK20, SMA+ P/L, legislature P/L, TPAK P/L → published IKG.
  const published: [string, number[], number][] = [
    ['Jawa Barat 2018', [0.198, 0.279, 28.63, 36.55, 22.0, 78.0, 42.25, 82.96], 0.508],
    ['Jawa Barat 2019', [0.168, 0.31, 28.89, 38.24, 20.0, 80.0, 46.33, 83.25], 0.504],
    ['Jawa Barat 2020', [0.155, 0.295, 32.48, 40.59, 20.83, 79.17, 46.79, 81.9], 0.489],
    ['Jawa Barat 2021', [0.171, 0.298, 33.12, 40.99, 20.83, 79.17, 47.88, 81.68], 0.493],
    ['Jawa Barat 2022', [0.169, 0.299, 35.36, 41.24, 21.85, 78.15, 48.01, 83.93], 0.49],
    ['Kabupaten Bogor 2018', [0.252, 0.312, 25.91, 34.8, 12.0, 88.0, 39.82, 84.53], 0.571],
    ['Kabupaten Bogor 2022', [0.28, 0.324, 31.15, 38.98, 9.09, 90.91, 41.27, 85.13], 0.588],
    ['Kabupaten Sukabumi 2018', [0.373, 0.429, 12.28, 20.35, 12.0, 88.0, 37.81, 87.0], 0.627],
    ['Kabupaten Sukabumi 2022', [0.163, 0.427, 16.84, 21.44, 14.0, 86.0, 51.77, 86.07], 0.535],
  ];
  for (const [what, c, value] of published) {
    test(`${what}: ${value}`, () => {
      const [
        mtf,
        mhpk20,
        secondaryEducationF,
        secondaryEducationM,
        parliamentF,
        parliamentM,
        laborForceF,
        laborForceM,
      ] = c as [number, number, number, number, number, number, number, number];
      const inputs = {
        mtf,
        mhpk20,
        secondaryEducationF,
        secondaryEducationM,
        parliamentF,
        parliamentM,
        laborForceF,
        laborForceM,
      };
      near(calculateIndex('ikg', inputs, INEQUALITY).value, value, 0.0006, what);
    });
  }

  test('a parliament share of 0 uses the floor instead of collapsing the means', () => {
    const result = calculateIndex(
      'ikg',
      {
        mtf: 0.1,
        mhpk20: 0.2,
        parliamentF: 0,
        parliamentM: 100,
        secondaryEducationF: 30,
        secondaryEducationM: 35,
        laborForceF: 50,
        laborForceM: 80,
      },
      INEQUALITY,
    );
    assert.ok(Number.isFinite(result.value!) && result.value! > 0 && result.value! < 1);
  });
});

describe('IDG sub-indices (EDEP, ε = 2)', () => {
  test('equal shares give 1; the income step is not computed', () => {
    near(participationIndex(50, 0.5, EMPOWERMENT), 1, 1e-12, 'parity');
    const result = calculateIndex(
      'idg',
      { parliamentF: 50, professionalF: 50, incomeShareF: 50, populationShareF: 0.5 },
      EMPOWERMENT,
    );
    assert.equal(result.value, null);
    assert.equal(result.parts.income, null);
    near(result.parts.parliament!, 1, 1e-12, 'parliament');
  });

  test('the harmonic EDEP of 21.89 % women in parliament with half the population', () => {
    // [0.5/21.89 + 0.5/78.11]^-1 / 50
    const expected = 1 / (0.5 / 21.89 + 0.5 / 78.11) / 50;
    near(participationIndex(21.89, 0.5, EMPOWERMENT), expected, 1e-12, 'parliament');
    assert.equal(participationIndex(0, 0.5, EMPOWERMENT), 0);
  });
});

describe('input ranges', () => {
  test('every input of every index has a range that refuses typing errors', () => {
    const life = INDEX_INPUTS.ipm.find((s) => s.name === 'lifeExpectancy')!;
    assert.equal(withinRange(life, 150), false);
    assert.equal(withinRange(life, 72.5), true);
    const mtf = INDEX_INPUTS.ikg.find((s) => s.name === 'mtf')!;
    assert.equal(withinRange(mtf, 1.2), false);
    assert.equal(withinRange(mtf, 0), false);
    const share = INDEX_INPUTS.ikg.find((s) => s.name === 'laborForceF')!;
    assert.equal(withinRange(share, 130), false);
    assert.equal(withinRange(share, Number.NaN), false);
    const expenditure = INDEX_INPUTS.ipm.find((s) => s.name === 'expenditure')!;
    assert.equal(withinRange(expenditure, -5), false);
  });
});
