import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classColours, classIndexOf, mapClasses, NO_DATA_COLOUR, rampAt } from './classes.js';

const bounds = (c: { from: number; to: number }[]) => c.map((k) => [k.from, k.to]);
const counts = (c: { count: number }[]) => c.map((k) => k.count);

test('equal interval: the range cut into n widths; every value counted once', () => {
  const classes = mapClasses([0, 1, 2, 10, 20, 50, 100], 'equal-interval', 5);
  assert.deepEqual(bounds(classes), [
    [0, 20],
    [20, 40],
    [40, 60],
    [60, 80],
    [80, 100],
  ]);
  assert.deepEqual(counts(classes), [4, 1, 1, 0, 1]);
});

test('quantile: about as many values in each class', () => {
  const classes = mapClasses([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 'quantile', 5);
  assert.deepEqual(bounds(classes), [
    [1, 3],
    [3, 5],
    [5, 7],
    [7, 9],
    [9, 10],
  ]);
  assert.deepEqual(counts(classes), [2, 2, 2, 2, 2]);
});

test('quantile with ties: no empty or repeated class', () => {
  const classes = mapClasses([1, 1, 1, 1, 1, 1, 2, 3], 'quantile', 4);
  assert.deepEqual(bounds(classes), [
    [1, 2],
    [2, 3],
    [3, 3],
  ]);
  assert.deepEqual(counts(classes), [6, 1, 1]);
});

test('nulls and non-finite numbers are left out; none left → no class', () => {
  assert.deepEqual(counts(mapClasses([null, 5, undefined, NaN, 15, Infinity], 'equal-interval', 2)), [1, 1]);
  assert.deepEqual(mapClasses([null, undefined]), []);
  assert.deepEqual(mapClasses([]), []);
});

test('all-equal values make one class; fewer values than classes make one class each', () => {
  assert.deepEqual(mapClasses([7, 7, 7], 'quantile', 5), [{ from: 7, to: 7, count: 3 }]);
  assert.deepEqual(mapClasses([7, 7, 7], 'equal-interval', 5), [{ from: 7, to: 7, count: 3 }]);
  for (const method of ['quantile', 'equal-interval'] as const) {
    const classes = mapClasses([3, 1, 2], method, 5);
    assert.equal(classes.length, 3, method);
    assert.deepEqual(counts(classes), [1, 1, 1], method);
  }
});

test('default: 5 quantile classes; a negative or huge count of classes is held to what makes sense', () => {
  const values = Array.from({ length: 100 }, (_, i) => i);
  assert.equal(mapClasses(values).length, 5);
  assert.equal(mapClasses(values, 'quantile', 0).length, 1);
  assert.equal(mapClasses(values, 'quantile', NaN).length, 5);
  assert.equal(mapClasses(values, 'equal-interval', 1000).length, 100);
});

test('classIndexOf: lower bound included, maximum in the last class, no value → null', () => {
  const classes = mapClasses([0, 10, 20, 30, 40], 'equal-interval', 4);
  assert.equal(classIndexOf(0, classes), 0);
  assert.equal(classIndexOf(10, classes), 1);
  assert.equal(classIndexOf(9.99, classes), 0);
  assert.equal(classIndexOf(40, classes), 3);
  assert.equal(classIndexOf(null, classes), null);
  assert.equal(classIndexOf(5, []), null);
});

test('sequential colours go light to dark, one per class, distinct', () => {
  const colours = classColours(mapClasses([1, 2, 3, 4, 5]), 'total');
  assert.equal(colours.length, 5);
  assert.equal(new Set(colours).size, 5);
  assert.equal(colours[4], '#4a1486');
  const lightness = (c: string) => [1, 3, 5].reduce((s, k) => s + parseInt(c.slice(k, k + 2), 16), 0);
  for (let i = 1; i < 5; i++) assert.ok(lightness(colours[i]) < lightness(colours[i - 1]), colours.join());
  assert.ok(!colours.includes(NO_DATA_COLOUR));
  assert.equal(classColours(mapClasses([3, 3]), 'female').length, 1);
});

test('rampAt interpolates between stops', () => {
  assert.equal(rampAt(['#000000', '#ffffff'], 0), '#000000');
  assert.equal(rampAt(['#000000', '#ffffff'], 0.5), '#808080');
  assert.equal(rampAt(['#000000', '#ff0000', '#ffffff'], 1), '#ffffff');
  assert.equal(rampAt(['#000000', '#ffffff'], 7), '#ffffff');
});

test('diverging colours for the gap: men ahead green, parity neutral, women ahead purple', () => {
  const classes = mapClasses([-10, -5, 0, 5, 10], 'equal-interval', 5);
  const colours = classColours(classes, 'gap');
  assert.deepEqual(colours, ['#1b7837', '#a6dba0', '#f7f7f7', '#c2a5cf', '#762a83']);
  // Every gap negative: only green, the darkest farthest from 0, the lightest next to it.
  const below = classColours(mapClasses([-10, -8, -6, -4, -2], 'quantile', 5), 'gap');
  assert.equal(below[0], '#1b7837');
  assert.equal(below[4], '#dff1da', 'a fifth of the way from parity to the darkest');
  assert.equal(new Set(below).size, 5);
  assert.ok(
    below.every((c) => parseInt(c.slice(3, 5), 16) > parseInt(c.slice(1, 3), 16)),
    'green hues',
  );
  // The first class holds 0 (neutral); three above it, the darkest the farthest.
  const lopsided = classColours(mapClasses([-1, 1, 2, 3], 'quantile', 4), 'gap');
  assert.deepEqual(lopsided, ['#f7f7f7', '#dbc4e0', '#a782b7', '#762a83']);
});

test('the ratio P/L diverges around 1; a class holding exactly 1 is neutral', () => {
  assert.deepEqual(classColours(mapClasses([0.5, 1, 1.5], 'equal-interval', 3), 'ratio'), [
    '#1b7837',
    '#f7f7f7',
    '#762a83',
  ]);
  assert.deepEqual(classColours(mapClasses([1, 1]), 'ratio'), ['#f7f7f7']);
  assert.deepEqual(classColours([], 'ratio'), []);
});
