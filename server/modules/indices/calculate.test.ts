/**
 * The calculator through the app: each index from published components (docs/indices.md and
 * docs/indices-sources.md), the parts it answers, and bad input — out-of-range, missing, wrong
 * type, unknown index or method version, NUL, a huge body — refused naming the field.
 * PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { IKG_INDONESIA_2023, IPG_PROBOLINGGO_2021, IPM_INDONESIA_2023 } from './test-data.js';

describe('indices calculator', () => {
  let t: TestApp;
  let cookie: string;
  const calc = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/indices/calculate',
      headers: { cookie, origin: 'http://localhost:80', ...headers },
      payload: payload as object,
    });
  const refused = async (payload: unknown, field: string) => {
    const res = await calc(payload);
    assert.equal(res.statusCode, 422, res.body);
    const fields = res.json().error.fields ?? {};
    assert.ok(field in fields, `${field} named in ${JSON.stringify(fields)}`);
    return fields[field] as string;
  };

  before(async () => {
    t = await createTestApp();
    cookie = await t.login('demo.operator');
  });
  after(() => t.close());

  test('IPM: Indonesia 2023 → 74.39, full precision, with its three dimension indices', async () => {
    const res = await calc({ index: 'ipm', inputs: IPM_INDONESIA_2023 });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.index, 'ipm');
    assert.ok(Math.abs(body.value - 74.39) < 0.005, String(body.value));
    assert.notEqual(body.value, Math.round(body.value * 100) / 100, 'not rounded');
    assert.deepEqual(Object.keys(body.parts).sort(), ['education', 'expenditure', 'health']);
    assert.equal(body.method.version, 1);
    assert.match(body.method.sourceNote, /BPS/);
  });

  test('IPG: Kota Probolinggo 2021 → 96.01, with IPM by sex', async () => {
    const body = (await calc({ index: 'ipg', inputs: IPG_PROBOLINGGO_2021 })).json();
    assert.ok(Math.abs(body.value - 96.01) < 0.02, String(body.value));
    assert.ok(Math.abs(body.parts.ipmF - 72.378) < 0.001);
    assert.ok(Math.abs(body.parts.ipmM - 75.378) < 0.001);
    assert.ok(Math.abs(body.value - (100 * body.parts.ipmF) / body.parts.ipmM) < 1e-9);
  });

  test('IKG: Indonesia 2023 → 0.447 on 0–1', async () => {
    const body = (await calc({ index: 'ikg', inputs: IKG_INDONESIA_2023 })).json();
    assert.ok(Math.abs(body.value - 0.447) < 0.0005, String(body.value));
  });

  test('IDG: the two participation sub-indices, no value without a cited income step', async () => {
    const res = await calc({
      index: 'idg',
      inputs: { parliamentF: 21.89, professionalF: 49.99, incomeShareF: 37.22, populationShareF: 0.5 },
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.value, null);
    assert.ok(body.parts.parliament > 0.68 && body.parts.parliament < 0.69, String(body.parts.parliament));
    assert.ok(body.parts.decisionMaking > 0.99 && body.parts.decisionMaking <= 1);
  });

  test('out-of-range components are refused naming the field', async () => {
    assert.equal(
      await refused(
        { index: 'ipm', inputs: { ...IPM_INDONESIA_2023, lifeExpectancy: 150 } },
        'inputs.lifeExpectancy',
      ),
      'Di luar rentang yang masuk akal (lebih dari 0 tahun, paling lama 100 tahun untuk UHH dan 25 tahun untuk sekolah).',
    );
    await refused(
      { index: 'ikg', inputs: { ...IKG_INDONESIA_2023, laborForceF: 130 } },
      'inputs.laborForceF',
    );
    await refused({ index: 'ipm', inputs: { ...IPM_INDONESIA_2023, expenditure: -5 } }, 'inputs.expenditure');
    await refused({ index: 'ikg', inputs: { ...IKG_INDONESIA_2023, mtf: 1.2 } }, 'inputs.mtf');
    await refused(
      {
        index: 'idg',
        inputs: { parliamentF: 20, professionalF: 40, incomeShareF: 30, populationShareF: 50 },
      },
      'inputs.populationShareF',
    );
    // Under the method's goalposts: a health index of zero or less.
    await refused(
      { index: 'ipg', inputs: { ...IPG_PROBOLINGGO_2021, lifeExpectancyF: 21 } },
      'inputs.lifeExpectancyF',
    );
    await refused(
      { index: 'ipm', inputs: { ...IPM_INDONESIA_2023, expenditure: 900_000 } },
      'inputs.expenditure',
    );
  });

  test('missing, wrong type, unknown index or method version: 422 naming the field', async () => {
    const { meanSchooling: _omitted, ...withoutOne } = IPM_INDONESIA_2023;
    await refused({ index: 'ipm', inputs: withoutOne }, 'inputs.meanSchooling');
    await refused(
      { index: 'ipm', inputs: { ...IPM_INDONESIA_2023, expectedSchooling: '13,15' } },
      'inputs.expectedSchooling',
    );
    await refused(
      { index: 'ipm', inputs: { ...IPM_INDONESIA_2023, expenditure: null } },
      'inputs.expenditure',
    );
    await refused({ index: 'hdi', inputs: IPM_INDONESIA_2023 }, 'index');
    await refused({ inputs: IPM_INDONESIA_2023 }, 'index');
    await refused({ index: 'ipm' }, 'inputs');
    await refused({ index: 'ipm', inputs: [1, 2] }, 'inputs');
    await refused({ index: 'ipm', inputs: IPM_INDONESIA_2023, methodVersion: 99 }, 'methodVersion');
  });

  test('NUL, a huge body, a non-object body and anonymous callers are refused', async () => {
    const nul = await calc({ index: 'ipm\u0000', inputs: IPM_INDONESIA_2023 });
    assert.equal(nul.statusCode, 400);
    const huge = await calc({
      index: 'ipm',
      inputs: { ...IPM_INDONESIA_2023, note: 'x'.repeat(2 * 1024 * 1024) },
    });
    assert.equal(huge.statusCode, 413);
    const notObject = await calc(JSON.stringify([1, 2]), { 'content-type': 'application/json' });
    assert.equal(notObject.statusCode, 400);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/indices/calculate',
      payload: { index: 'ipm', inputs: IPM_INDONESIA_2023 },
    });
    assert.equal(anonymous.statusCode, 401);
  });
});
