import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AGGREGATIONS,
  BUILTIN_DIMENSION_SETS,
  DOMAIN_GROUPS,
  PERIODICITIES,
  SEXES,
  SOURCES,
  UNITS,
} from '../../../domain/indicators.js';
import { STARTER_INDICATORS, type IndicatorDef } from './catalog-data.js';
import { DEMO_OPD } from './demo-data.js';
import { demoValues, type DemoValue } from './demo-values.js';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const byCode = new Map(STARTER_INDICATORS.map((d) => [d.code, d]));
const setMembers = new Map(BUILTIN_DIMENSION_SETS.map((s) => [s.code, s.members.map((m) => m.code)]));
const COUNT_UNITS = ['orang', 'kasus', 'unit'];

function def(code: string): IndicatorDef {
  const found = byCode.get(code);
  assert.ok(found, `unknown indicator ${code}`);
  return found;
}

function combos(d: IndicatorDef): Record<string, string>[] {
  let result: Record<string, string>[] = [{}];
  for (const set of d.dimensions) {
    result = result.flatMap((partial) => (setMembers.get(set) ?? []).map((m) => ({ ...partial, [set]: m })));
  }
  return result;
}

const keyOf = (code: string, sex: string, members: Record<string, string>, period: string) =>
  `${code}|${sex}|${Object.keys(members)
    .sort()
    .map((k) => `${k}=${members[k]}`)
    .join(';')}|${period}`;

const demo = demoValues(YEARS);
const demoByKey = new Map(demo.map((v) => [keyOf(v.indicatorCode, v.sex, v.members, v.period), v]));
const num = (v: DemoValue) => Number(v.value);

/** The demo value of an indicator for one sex and year, summed over members not in `fixed`. */
function demoTotal(code: string, sex: string, year: number, fixed: Record<string, string> = {}): number {
  return combos(def(code))
    .filter((m) => Object.entries(fixed).every(([set, member]) => m[set] === member))
    .reduce((sum, m) => {
      const v = demoByKey.get(keyOf(code, sex, m, String(year)));
      assert.ok(v, `missing demo value ${code} ${sex} ${JSON.stringify(m)} ${year}`);
      return sum + num(v);
    }, 0);
}

test('the starter catalog has 50–60 indicators with unique, well-formed codes', () => {
  assert.ok(
    STARTER_INDICATORS.length >= 50 && STARTER_INDICATORS.length <= 60,
    `${STARTER_INDICATORS.length}`,
  );
  assert.equal(byCode.size, STARTER_INDICATORS.length, 'codes must be unique');
  for (const d of STARTER_INDICATORS) {
    assert.match(d.code, /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/, d.code);
    assert.ok(d.code.length <= 40, d.code);
  }
});

test('every field uses the shared vocabulary', () => {
  const opdNames = new Set(DEMO_OPD.map((o) => o.shortName));
  for (const d of STARTER_INDICATORS) {
    assert.ok((UNITS as readonly string[]).includes(d.unit), `${d.code} unit ${d.unit}`);
    assert.ok((DOMAIN_GROUPS as readonly string[]).includes(d.group), `${d.code} group ${d.group}`);
    assert.ok((PERIODICITIES as readonly string[]).includes(d.periodicity), `${d.code} periodicity`);
    assert.ok((SOURCES as readonly string[]).includes(d.source), `${d.code} source ${d.source}`);
    assert.ok((AGGREGATIONS as readonly string[]).includes(d.aggregation), `${d.code} aggregation`);
    assert.equal(new Set(d.dimensions).size, d.dimensions.length, `${d.code} repeats a dimension`);
    for (const set of d.dimensions) assert.ok(setMembers.has(set), `${d.code} dimension ${set}`);
    assert.ok(d.sexes.length > 0 && new Set(d.sexes).size === d.sexes.length, `${d.code} sexes`);
    for (const sex of d.sexes) assert.ok((SEXES as readonly string[]).includes(sex), `${d.code} sex ${sex}`);
    assert.ok(Number.isInteger(d.decimals) && d.decimals >= 0 && d.decimals <= 4, `${d.code} decimals`);
    assert.ok(opdNames.has(d.responsibleOpd), `${d.code} OPD ${d.responsibleOpd}`);
    for (const text of [d.nameId, d.nameEn, d.definitionId, d.definitionEn, d.sourceNote]) {
      assert.ok(text.trim().length > 0 && text === text.trim(), `${d.code} has an empty or padded text`);
    }
    assert.match(d.definitionId, /\.$/, `${d.code} definitionId ends with a full stop`);
    assert.match(d.definitionEn, /\.$/, `${d.code} definitionEn ends with a full stop`);
    if (d.refs?.sdg) assert.match(d.refs.sdg, /^\d{1,2}\.[0-9a-c]{1,2}\.\d$/, `${d.code} SDG ${d.refs.sdg}`);
    if (d.percentBounded) assert.equal(d.unit, 'persen', `${d.code} bounded but not a percentage`);
  }
});

test('every domain group has at least four indicators', () => {
  for (const group of DOMAIN_GROUPS) {
    const n = STARTER_INDICATORS.filter((d) => d.group === group).length;
    assert.ok(n >= 4, `${group} has ${n}`);
  }
});

test('counts are summable integers; only ratios name a numerator and a denominator', () => {
  for (const d of STARTER_INDICATORS) {
    if (d.aggregation === 'sum') {
      assert.ok(COUNT_UNITS.includes(d.unit), `${d.code} sums a ${d.unit}`);
      assert.equal(d.decimals, 0, `${d.code} counts have no decimals`);
    }
    if (d.aggregation !== 'ratio') {
      assert.equal(d.numeratorCode, undefined, d.code);
      assert.equal(d.denominatorCode, undefined, d.code);
      assert.equal(d.multiplier, undefined, d.code);
    }
  }
});

test('ratio indicators name existing sum indicators that cover their sexes and dimensions', () => {
  const ratios = STARTER_INDICATORS.filter((d) => d.aggregation === 'ratio');
  assert.ok(ratios.length >= 4, 'the catalog shows numerator/denominator pairs');
  for (const r of ratios) {
    assert.ok(r.multiplier !== undefined && r.multiplier > 0, `${r.code} multiplier`);
    for (const partCode of [r.numeratorCode, r.denominatorCode]) {
      assert.ok(partCode, `${r.code} lacks a numerator or denominator`);
      const part = def(partCode);
      assert.equal(part.aggregation, 'sum', `${r.code}: ${partCode} is not a sum`);
      for (const sex of r.sexes)
        assert.ok(part.sexes.includes(sex), `${r.code}: ${partCode} lacks sex ${sex}`);
      for (const set of r.dimensions)
        assert.ok(part.dimensions.includes(set), `${r.code}: ${partCode} lacks ${set}`);
    }
  }
});

test('demo values are deterministic and independent of the years asked for', () => {
  assert.deepEqual(demoValues(YEARS), demo);
  const only2022 = demoValues([2022]);
  assert.deepEqual(
    only2022,
    demo.filter((v) => v.period === '2022'),
  );
  assert.deepEqual(demoValues([2024, 2019, 2024]), demoValues([2019, 2024]));
});

test('demo values cover every indicator × sex × members × year exactly once', () => {
  const expected = new Set<string>();
  for (const d of STARTER_INDICATORS) {
    for (const sex of d.sexes) {
      for (const m of combos(d)) for (const y of YEARS) expected.add(keyOf(d.code, sex, m, String(y)));
    }
  }
  const seen = new Set<string>();
  for (const v of demo) {
    const key = keyOf(v.indicatorCode, v.sex, v.members, v.period);
    assert.ok(!seen.has(key), `duplicate ${key}`);
    assert.ok(expected.has(key), `unexpected ${key}`);
    seen.add(key);
  }
  assert.equal(seen.size, expected.size);
});

test('demo values are well-formed: decimals, bounds, non-negative integer counts', () => {
  for (const v of demo) {
    const d = def(v.indicatorCode);
    const pattern = d.decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${d.decimals}}$`);
    assert.match(v.value, pattern, `${v.indicatorCode} ${v.period} ${v.value}`);
    const x = num(v);
    assert.ok(Number.isFinite(x) && x >= 0, `${v.indicatorCode} ${v.value}`);
    if (d.percentBounded) assert.ok(x <= 100, `${v.indicatorCode} ${v.sex} ${v.period} = ${v.value}`);
    if (d.aggregation === 'sum') assert.ok(Number.isInteger(x), `${v.indicatorCode} ${v.value}`);
  }
});

test('demo ratio values equal multiplier × numerator / denominator at their decimals', () => {
  for (const r of STARTER_INDICATORS.filter((d) => d.aggregation === 'ratio')) {
    for (const v of demo.filter((x) => x.indicatorCode === r.code)) {
      const year = Number(v.period);
      const n = demoTotal(r.numeratorCode ?? '', v.sex, year, v.members);
      const den = demoTotal(r.denominatorCode ?? '', v.sex, year, v.members);
      assert.ok(den > 0, `${r.code} ${v.period} has a zero denominator`);
      const exact = ((r.multiplier ?? 1) * n) / den;
      const tolerance = 0.5 * 10 ** -r.decimals + 1e-9;
      assert.ok(
        Math.abs(num(v) - exact) <= tolerance,
        `${r.code} ${v.sex} ${v.period}: ${v.value} vs ${exact}`,
      );
    }
  }
});

test('demo parts never exceed their totals', () => {
  const pairs: [part: string[], whole: string[], sexes: ('P' | 'L')[]][] = [
    [['KDD_ANAK_AKTA'], ['KDD_ANAK'], ['P', 'L']],
    [['KES_PERSALINAN_NAKES'], ['KES_IBU_BERSALIN'], ['P']],
    [['EKO_ANGKATAN_KERJA'], ['EKO_PUK'], ['P', 'L']],
    [['EKO_PENGANGGUR'], ['EKO_ANGKATAN_KERJA'], ['P', 'L']],
    [['BCN_PENGUNGSI'], ['BCN_TERDAMPAK'], ['P', 'L']],
    [['POL_JPT_PRATAMA', 'POL_ADMINISTRATOR', 'POL_PENGAWAS'], ['POL_ASN'], ['P', 'L']],
    [['POL_LURAH'], ['POL_PENGAWAS'], ['P', 'L']],
    [['KEK_KASUS_KDRT'], ['KEK_KASUS_PEREMPUAN', 'KEK_KASUS_ANAK'], ['P', 'L']],
    [['KEK_KORBAN_DILAYANI'], ['KEK_KASUS_PEREMPUAN', 'KEK_KASUS_ANAK'], ['P', 'L']],
    [['KDD_ANAK'], ['KDD_PENDUDUK'], ['P', 'L']],
    [['EKO_PUK'], ['KDD_PENDUDUK'], ['P', 'L']],
  ];
  const sum = (codes: string[], sex: 'P' | 'L', year: number) =>
    codes.filter((c) => def(c).sexes.includes(sex)).reduce((s, c) => s + demoTotal(c, sex, year), 0);
  for (const [part, whole, sexes] of pairs) {
    for (const sex of sexes) {
      for (const year of YEARS) {
        assert.ok(sum(part, sex, year) <= sum(whole, sex, year), `${part} > ${whole} for ${sex} ${year}`);
      }
    }
  }
  // Per life stage too: the displaced are part of the affected in each group.
  for (const sex of ['P', 'L'] as const) {
    for (const year of YEARS) {
      for (const stage of setMembers.get('siklus_hidup') ?? []) {
        const fixed = { siklus_hidup: stage };
        assert.ok(
          demoTotal('BCN_PENGUNGSI', sex, year, fixed) <= demoTotal('BCN_TERDAMPAK', sex, year, fixed),
        );
      }
    }
  }
});

test('demo levels look like a mid-sized Indonesian city', () => {
  const value = (code: string, sex: 'P' | 'L', year: number) => demoTotal(code, sex, year);
  for (const year of YEARS) {
    const people = value('KDD_PENDUDUK', 'P', year) + value('KDD_PENDUDUK', 'L', year);
    assert.ok(people > 350_000 && people < 420_000, `population ${year}: ${people}`);
    assert.ok(value('EKO_TPAK', 'P', year) > 45 && value('EKO_TPAK', 'P', year) < 60);
    assert.ok(value('EKO_TPAK', 'L', year) > 74 && value('EKO_TPAK', 'L', year) < 86);
    assert.ok(value('PDD_APS_SMA', 'P', year) > 78 && value('PDD_APS_SMA', 'L', year) < 90);
    assert.equal(value('POL_DPRD_ANGGOTA', 'P', year) + value('POL_DPRD_ANGGOTA', 'L', year), 35);
    assert.ok(value('POL_DPRD_ANGGOTA', 'P', year) < value('POL_DPRD_ANGGOTA', 'L', year));
    const women = value('KEK_KASUS_PEREMPUAN', 'P', year) + value('KEK_KASUS_ANAK', 'P', year);
    assert.ok(women >= 10 && women <= 200, `violence against women and girls ${year}: ${women}`);
    assert.ok(women > value('KEK_KASUS_ANAK', 'L', year), 'violence mostly against women and girls');
    assert.ok(value('KES_UHH', 'P', year) > value('KES_UHH', 'L', year), 'women live longer');
  }
});
