import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessActor } from '../access.js';
import { MONEV_REPORT_STATUSES, type MonevReportStatus } from './constants.js';
import {
  canEditMonev,
  canManageMonevScoring,
  canReadAllMonevResults,
  canReadMonevResults,
  canManageMonevSettings,
  canReadMonev,
  canReadMonevDashboard,
  canReadMonevSettings,
  canReopenMonev,
  canReviewMonev,
  canSubmitMonev,
  canWriteMonevOf,
  isMonevEditable,
} from './access.js';

const ACTORS = {
  superadmin: { role: 'superadmin', regionCode: 'ID', opdId: null },
  provinsi: { role: 'provinsi', regionCode: '72', opdId: null },
  admin: { role: 'admin_daerah', regionCode: '72.71', opdId: null },
  otherAdmin: { role: 'admin_daerah', regionCode: '72.03', opdId: null },
  reviewer: { role: 'reviewer', regionCode: '72.71', opdId: null },
  pokja: { role: 'pokja', regionCode: '72.71', opdId: null },
  operator: { role: 'operator_opd', regionCode: '72.71', opdId: 'opd-a' },
  otherOperator: { role: 'operator_opd', regionCode: '72.71', opdId: 'opd-b' },
  operatorWithoutOpd: { role: 'operator_opd', regionCode: '72.71', opdId: null },
} satisfies Record<string, AccessActor>;
type Name = keyof typeof ACTORS;
const NAMES = Object.keys(ACTORS) as Name[];

const report = (status: MonevReportStatus) => ({ regionCode: '72.71', opdId: 'opd-a', status });
const who = (allowed: (a: AccessActor) => boolean) => NAMES.filter((n) => allowed(ACTORS[n]));

test('reading a report: the region’s readers, an operator only their own OPD’s', () => {
  assert.deepEqual(
    who((a) => canReadMonev(a, '72.71', 'opd-a')),
    ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja', 'operator'],
  );
});

test('figures are written by the OPD’s operator and the region’s admin, never by reviewers', () => {
  assert.deepEqual(
    who((a) => canWriteMonevOf(a, '72.71', 'opd-a')),
    ['superadmin', 'admin', 'operator'],
  );
});

test('only a draft or returned report is edited or submitted; submitted and verified are locked', () => {
  assert.deepEqual(
    MONEV_REPORT_STATUSES.filter((s) => isMonevEditable(s)),
    ['draft', 'returned'],
  );
  for (const status of MONEV_REPORT_STATUSES) {
    const expected = isMonevEditable(status) ? ['superadmin', 'admin', 'operator'] : [];
    assert.deepEqual(
      who((a) => canEditMonev(a, report(status))),
      expected,
      status,
    );
    assert.deepEqual(
      who((a) => canSubmitMonev(a, report(status))),
      expected,
      status,
    );
  }
});

test('a submitted report is verified or returned by the reviewer, DP3A or superadmin', () => {
  assert.deepEqual(
    who((a) => canReviewMonev(a, report('submitted'))),
    ['superadmin', 'admin', 'reviewer'],
  );
  for (const status of ['draft', 'returned', 'verified'] as const) {
    assert.deepEqual(
      who((a) => canReviewMonev(a, report(status))),
      [],
      status,
    );
  }
});

test('a verified report is reopened by DP3A (admin daerah) or superadmin only', () => {
  assert.deepEqual(
    who((a) => canReopenMonev(a, report('verified'))),
    ['superadmin', 'admin'],
  );
  assert.deepEqual(
    who((a) => canReopenMonev(a, report('submitted'))),
    [],
  );
});

test('monev settings: read by the region’s readers, set by its admin', () => {
  assert.deepEqual(
    who((a) => canReadMonevSettings(a, '72.71')),
    [
      'superadmin',
      'provinsi',
      'admin',
      'reviewer',
      'pokja',
      'operator',
      'otherOperator',
      'operatorWithoutOpd',
    ],
  );
  assert.deepEqual(
    who((a) => canManageMonevSettings(a, '72.71')),
    ['superadmin', 'admin'],
  );
});

test('the yearly result: region readers; every OPD’s row and the Rakor files not for operators; DP3A sets the scoring', () => {
  assert.deepEqual(
    who((a) => canReadMonevResults(a, '72.71')),
    [
      'superadmin',
      'provinsi',
      'admin',
      'reviewer',
      'pokja',
      'operator',
      'otherOperator',
      'operatorWithoutOpd',
    ],
  );
  assert.deepEqual(
    who((a) => canReadAllMonevResults(a, '72.71')),
    ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja'],
  );
  assert.deepEqual(
    who((a) => canManageMonevScoring(a, '72.71')),
    ['superadmin', 'admin'],
  );
});

test('the dashboard: the region’s readers and an operator of an OPD (limited by the server), no one else', () => {
  assert.deepEqual(
    who((a) => canReadMonevDashboard(a, '72.71')),
    ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja', 'operator', 'otherOperator'],
  );
  assert.deepEqual(
    who((a) => canReadMonevDashboard(a, '72')),
    ['superadmin', 'provinsi'],
  );
});
