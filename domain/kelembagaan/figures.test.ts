import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  figuresPerOpd,
  focalPointCoverage,
  percent,
  regionOfficialRows,
  staffTrainingFigure,
  trainingFigures,
  womenAmongOfficials,
  type FocalPointFact,
} from './figures.js';
import { parseEchelon } from './constants.js';
import { memberProblems, trainingProblems, validityProblems } from './rules.js';

const fp = (
  opdId: string,
  skNumber: string,
  trainingStatus: FocalPointFact['trainingStatus'],
  ended = false,
) => ({
  opdId,
  skNumber,
  trainingStatus,
  ended,
});

test('percent rounds to one decimal and is null without a whole', () => {
  assert.equal(percent(1, 3), 33.3);
  assert.equal(percent(2, 3), 66.7);
  assert.equal(percent(0, 0), null);
});

test('OPDs with a focal-point SK count active OPDs with an open focal point that has an SK number', () => {
  const facts = [
    fp('a', 'SK 1', 'pug'),
    fp('a', '', 'belum'),
    fp('b', '', 'pprg'),
    fp('c', 'SK 2', 'belum', true),
    fp('x', 'SK', 'pug'),
  ];
  assert.deepEqual(focalPointCoverage(['a', 'b', 'c', 'd'], facts), {
    activeOpds: 4,
    opdsWithSk: 1,
    share: 25,
  });
  assert.deepEqual(focalPointCoverage([], facts), { activeOpds: 0, opdsWithSk: 0, share: null });
});

test('training shares count open focal points trained in PUG, PPRG, either', () => {
  const facts = [
    fp('a', '', 'pug'),
    fp('a', '', 'keduanya'),
    fp('b', '', 'pprg'),
    fp('b', '', 'belum'),
    fp('b', '', 'pug', true),
  ];
  assert.deepEqual(trainingFigures(facts), {
    focalPoints: 4,
    trainedPug: 2,
    trainedPprg: 2,
    trainedAny: 3,
    sharePug: 50,
    sharePprg: 50,
    shareAny: 75,
  });
  const perOpd = figuresPerOpd(['a', 'b', 'z'], facts);
  assert.equal(perOpd[0]!.training.sharePug, 100);
  assert.equal(perOpd[1]!.training.shareAny, 50);
  assert.equal(perOpd[2]!.training.shareAny, null);
  assert.equal(perOpd[0]!.hasFocalPointSk, false);
});

test('women among officials: women ÷ all × 100 per echelon and in total', () => {
  const figures = womenAmongOfficials([
    { opdId: null, echelon: 'jpt_pratama', women: 7, men: 21 },
    { opdId: null, echelon: 'administrator', women: 60, men: 90 },
  ]);
  assert.deepEqual(
    figures.map((f) => [f.echelon, f.womenShare]),
    [
      ['jpt_pratama', 25],
      ['administrator', 40],
      ['total', 37.6],
    ],
  );
  assert.deepEqual(womenAmongOfficials([]), []);
  assert.equal(
    womenAmongOfficials([{ opdId: null, echelon: 'pengawas', women: 0, men: 0 }])[0]!.womenShare,
    null,
  );
});

test("the region's counts are its own rows when entered, else the sum of its OPDs'", () => {
  const opdRows = [
    { opdId: 'a', echelon: 'pengawas' as const, women: 2, men: 3 },
    { opdId: 'b', echelon: 'pengawas' as const, women: 1, men: 1 },
  ];
  assert.deepEqual(regionOfficialRows(opdRows), [{ opdId: null, echelon: 'pengawas', women: 3, men: 4 }]);
  const own = { opdId: null, echelon: 'pengawas' as const, women: 10, men: 10 };
  assert.deepEqual(regionOfficialRows([...opdRows, own]), [own]);
});

test('staff trained: trained ÷ staff per OPD; the region its own row, else the sum of its OPDs', () => {
  const opds = [
    { opdId: 'a', staff: 40, trained: 10 },
    { opdId: 'b', staff: 20, trained: 3 },
    { opdId: 'c', staff: 0, trained: 0 },
  ];
  assert.deepEqual(staffTrainingFigure(opds, 'a'), { staff: 40, trained: 10, share: 25 });
  assert.deepEqual(staffTrainingFigure(opds, 'c'), { staff: 0, trained: 0, share: null });
  assert.equal(staffTrainingFigure(opds, 'x'), null);
  assert.deepEqual(staffTrainingFigure(opds, null), { staff: 60, trained: 13, share: 21.7 });
  // The region's own row wins over its OPDs' (never both: nobody counted twice).
  const withOwn = [...opds, { opdId: null, staff: 1000, trained: 150 }];
  assert.deepEqual(staffTrainingFigure(withOwn, null), { staff: 1000, trained: 150, share: 15 });
  assert.deepEqual(staffTrainingFigure(withOwn, 'b'), { staff: 20, trained: 3, share: 15 });
  assert.equal(staffTrainingFigure([], null), null);
  // Summing leaves the input rows untouched.
  assert.deepEqual(opds[0], { opdId: 'a', staff: 40, trained: 10 });
});

test('echelon cells read in their old and new names', () => {
  assert.equal(parseEchelon('Eselon II'), 'jpt_pratama');
  assert.equal(parseEchelon('III.a'), 'administrator');
  assert.equal(parseEchelon('pengawas'), 'pengawas');
  assert.equal(parseEchelon('V'), null);
});

test('rules name the field', () => {
  assert.deepEqual(validityProblems('2025-01-01', '2024-12-31'), { validTo: 'kelembagaan_validity_order' });
  assert.deepEqual(validityProblems('2025-01-01', null), {});
  assert.deepEqual(
    memberProblems([
      { key: 'x', role: 'ketua' },
      { key: 'y', role: 'ketua' },
      { key: 'x', role: 'anggota' },
    ]),
    { 'members.1.role': 'kelembagaan_ketua_single', 'members.2': 'kelembagaan_member_duplicate' },
  );
  assert.deepEqual(trainingProblems('belum', 2024), { trainingYear: 'kelembagaan_training_year_unexpected' });
  assert.deepEqual(trainingProblems('pprg', null), { trainingYear: 'kelembagaan_training_year_missing' });
  assert.deepEqual(trainingProblems('pprg', 2023), {});
});
