import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canManagePokjaPlans, canReadPokjaPlans } from './access.js';
import {
  isEmptyProgress,
  parseBudget,
  periodOf,
  validateActionItems,
  validateMatrixRows,
  validateProgress,
  yearsOf,
  type MatrixRowInput,
} from './rules.js';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const FIVE = { startYear: 2025, endYear: 2029 };

function row(over: Partial<MatrixRowInput> = {}): MatrixRowInput {
  return {
    section: 'perencanaan',
    level: 'sub_kegiatan',
    code: '2.08.02.2.01.0001',
    description: 'Penyusunan kebijakan PUG',
    baseline: '0 dokumen',
    target5y: '5 dokumen',
    yearlyTargets: [{ year: 2025, target: '1 dokumen' }],
    indicator: 'Jumlah dokumen',
    budget: 'Rp 25.000.000',
    opdId: null,
    unit: 'Bappeda',
    ...over,
  };
}

test('periods: 5-tahunan spans five years, tahunan one, rencana aksi up to ten; perubahan is never created', () => {
  assert.deepEqual(periodOf('lima_tahunan', 2025), { ok: true, value: FIVE });
  assert.deepEqual(periodOf('tahunan', 2025), { ok: true, value: { startYear: 2025, endYear: 2025 } });
  assert.deepEqual(periodOf('rencana_aksi', 2025, 2027), {
    ok: true,
    value: { startYear: 2025, endYear: 2027 },
  });
  assert.equal(periodOf('rencana_aksi', 2025, 2035).ok, false);
  assert.equal(periodOf('rencana_aksi', 2025, 2024).ok, false);
  assert.equal(periodOf('perubahan', 2025).ok, false);
  assert.equal(periodOf('tahunan', 1999).ok, false);
  assert.deepEqual(yearsOf(FIVE), [2025, 2026, 2027, 2028, 2029]);
});

test('a good row is normalised: SIPD code of its level, budget canonical, targets sorted', () => {
  const r = validateMatrixRows(
    [
      row({
        code: '2.08.02.02.01.0001',
        yearlyTargets: [
          { year: 2027, target: ' 3 ' },
          { year: 2025, target: '1' },
          { year: 2026, target: '' },
        ],
      }),
    ],
    FIVE,
    new Set(),
    newId,
  );
  assert.ok(r.ok);
  assert.equal(r.value[0].code, '2.08.02.2.01.0001');
  assert.equal(r.value[0].budget, '25000000.00');
  assert.deepEqual(
    r.value[0].yearlyTargets.map((t) => t.year),
    [2025, 2027],
  );
});

test('bad rows: each issue names its field', () => {
  const opd = '11111111-1111-4111-8111-111111111111';
  const r = validateMatrixRows(
    [
      row(),
      row({ description: ' ' }),
      row({ code: '2.08.02' }), // a program code on a sub-kegiatan row
      row({
        yearlyTargets: [
          { year: 2024, target: 'x' },
          { year: 2026, target: 'a' },
          { year: 2026, target: 'b' },
        ],
      }),
      row({ code: '', budget: '-5' }),
      row({ code: '2.08.02.2.01.0001' }), // the same code twice in a section
      row({ code: null, opdId: opd }),
      row({ code: null, budget: '1,250' }),
    ],
    FIVE,
    new Set(),
    newId,
  );
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(
    r.issues.map((i) => `${i.field} ${i.code}`),
    [
      'rows.1.description pokja_required',
      'rows.1.code pokja_code_duplicate',
      'rows.2.code pokja_sipd_code_invalid',
      'rows.3.code pokja_code_duplicate',
      'rows.3.yearlyTargets.0.year pokja_year_outside_period',
      'rows.3.yearlyTargets.2.year pokja_year_duplicate',
      'rows.4.budget pokja_money_negative',
      'rows.5.code pokja_code_duplicate',
      'rows.6.opdId pokja_opd_unknown',
      'rows.7.budget pokja_money_invalid',
    ],
  );
});

test('the same code may appear in two sections; a repeated row id is refused', () => {
  const ok = validateMatrixRows([row(), row({ section: 'pemantauan' })], FIVE, new Set(), newId);
  assert.ok(ok.ok);
  const id = newId();
  const dup = validateMatrixRows([row({ id, code: null }), row({ id, code: null })], FIVE, new Set(), newId);
  assert.equal(dup.ok, false);
  assert.equal(!dup.ok && dup.issues[0].field, 'rows.1.id');
});

test('budgets: blank is none; huge and unreadable are refused', () => {
  assert.deepEqual(parseBudget(null), { ok: true, value: null });
  assert.deepEqual(parseBudget(' '), { ok: true, value: null });
  assert.deepEqual(parseBudget(1500000), { ok: true, value: '1500000.00' });
  assert.deepEqual(parseBudget('12345678901234567890'), { ok: false, code: 'pokja_money_too_large' });
  assert.deepEqual(parseBudget('abc'), { ok: false, code: 'pokja_money_invalid' });
});

test('action items: action required, OPD of the region', () => {
  const opd = '11111111-1111-4111-8111-111111111111';
  const r = validateActionItems(
    [
      {
        area: 'peraturan',
        action: 'Perda PUG',
        target: 'Perda ditetapkan',
        timeline: '2025',
        opdId: opd,
        unit: '',
      },
      { area: 'peran_serta', action: '', target: '', timeline: '', opdId: null, unit: 'Forum PUSPA' },
      { area: 'kelembagaan', action: 'SK Pokja', target: '', timeline: '', opdId: newId(), unit: '' },
    ],
    new Set([opd]),
    newId,
  );
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.issues.map((i) => i.field), ['items.1.action', 'items.2.opdId']);
});

test('progress: known row, year in the period once, achievement a percentage', () => {
  const rowId = newId();
  const base = { rowId, year: 2025, realisation: '1 dokumen', achievement: '85,5', status: null, note: '' };
  const ok = validateProgress([base], FIVE, new Set([rowId]));
  assert.ok(ok.ok);
  assert.equal(ok.value[0].achievement, '85.50');
  const bad = validateProgress(
    [
      base,
      { ...base },
      { ...base, year: 2030 },
      { ...base, rowId: newId(), year: 2026 },
      { ...base, year: 2027, achievement: '-3' },
    ],
    FIVE,
    new Set([rowId]),
  );
  assert.equal(bad.ok, false);
  assert.deepEqual(!bad.ok && bad.issues.map((i) => `${i.field} ${i.code}`), [
    'entries.1.year pokja_year_duplicate',
    'entries.2.year pokja_year_outside_period',
    'entries.3.rowId pokja_row_unknown',
    'entries.4.achievement pokja_percent_invalid',
  ]);
  assert.ok(
    isEmptyProgress({ rowId, year: 2025, realisation: '', achievement: null, status: null, note: '' }),
  );
});

test('access: region readers read, admin daerah and superadmin manage', () => {
  const admin = { role: 'admin_daerah' as const, regionCode: '72.71', opdId: null };
  const pokja = { role: 'pokja' as const, regionCode: '72.71', opdId: null };
  const prov = { role: 'provinsi' as const, regionCode: '72', opdId: null };
  assert.ok(canReadPokjaPlans(pokja, '72.71') && !canManagePokjaPlans(pokja, '72.71'));
  assert.ok(canManagePokjaPlans(admin, '72.71') && !canManagePokjaPlans(admin, '72.03'));
  assert.ok(canReadPokjaPlans(prov, '72.71') && !canManagePokjaPlans(prov, '72.71'));
});
