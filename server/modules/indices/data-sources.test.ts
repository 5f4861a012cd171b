/**
 * The data terpilah mapping: every input of every computed index is either mapped to a catalog
 * indicator of the starter catalog or says why not, and the transforms give the input's unit.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STARTER_INDICATORS } from '../../db/seed/catalog-data.js';
import {
  COMPONENT_DATA_SOURCES,
  componentValue,
  isMapped,
  mappedIndicatorCodes,
} from '../../../domain/indices/data-sources.js';
import { COMPUTED_INDEX_CODES, INDEX_INPUTS } from '../../../domain/indices/inputs.js';

describe('component data sources', () => {
  test('every input is named once, mapped to a catalog indicator of that sex or unmapped with a reason', () => {
    const catalog = new Map(STARTER_INDICATORS.map((i) => [i.code, i]));
    for (const index of COMPUTED_INDEX_CODES) {
      const mapping = COMPONENT_DATA_SOURCES[index];
      assert.deepEqual(Object.keys(mapping).sort(), INDEX_INPUTS[index].map((s) => s.name).sort(), index);
      for (const [name, src] of Object.entries(mapping)) {
        if (!isMapped(src)) {
          assert.ok(src.unmapped.length > 20, `${index}.${name}`);
          continue;
        }
        const ind = catalog.get(src.indicatorCode);
        assert.ok(ind, `${index}.${name}: ${src.indicatorCode}`);
        assert.ok(ind.sexes.includes(src.sex), `${index}.${name}: sex ${src.sex}`);
        const unit = INDEX_INPUTS[index].find((s) => s.name === name)!.unit;
        const expected =
          src.transform === 'shareOfBoth'
            ? 'orang'
            : { years: 'tahun', rupiah: 'rupiah', percent: 'persen', proportion: '-', score: '-' }[unit];
        assert.equal(ind.unit, expected, `${index}.${name}: unit`);
      }
    }
    assert.deepEqual(mappedIndicatorCodes('ipm'), []);
    assert.deepEqual(mappedIndicatorCodes('ikg').sort(), ['EKO_TPAK', 'POL_DPRD_PEREMPUAN_PERSEN']);
  });

  test('transforms: as is, 100 − the share, P / (P + L)', () => {
    const { ikg, idg } = COMPONENT_DATA_SOURCES;
    const get = (s: (typeof ikg)[string]) => (isMapped(s) ? s : assert.fail('unmapped'));
    assert.equal(componentValue(get(ikg.parliamentF!), { p: 22.14, l: null }), 22.14);
    assert.equal(componentValue(get(ikg.parliamentM!), { p: 22.14, l: null }), 77.86);
    assert.equal(componentValue(get(ikg.laborForceM!), { p: 54.5, l: 84.26 }), 84.26);
    assert.equal(componentValue(get(ikg.laborForceM!), { p: 54.5, l: null }), null);
    assert.equal(componentValue(get(idg.populationShareF!), { p: 490, l: 510 }), 0.49);
    assert.equal(componentValue(get(idg.populationShareF!), { p: 490, l: null }), null);
    assert.equal(componentValue(get(idg.populationShareF!), { p: 0, l: 0 }), null);
  });
});
