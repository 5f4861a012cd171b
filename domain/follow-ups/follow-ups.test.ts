import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FollowUpActor } from './access.js';
import { canManageFollowUps, canReadFollowUps, canUpdateFollowUp, isFollowUpOwner } from './access.js';
import { FOLLOW_UP_STATUSES } from './constants.js';
import {
  addDays,
  isCalendarDate,
  isDueSoon,
  isOverdue,
  timeZoneOfRegion,
  todayInRegion,
  urgencyOf,
} from './dates.js';
import { allowedNextStatuses, checkStatusChange } from './status.js';

const A = (a: FollowUpActor) => a;
const ACTORS = {
  superadmin: A({ role: 'superadmin', regionCode: 'ID', opdId: null }),
  provinsi: A({ role: 'provinsi', regionCode: '72', opdId: null }),
  otherProvinsi: A({ role: 'provinsi', regionCode: '63', opdId: null }),
  admin: A({ role: 'admin_daerah', regionCode: '72.71', opdId: null }),
  otherAdmin: A({ role: 'admin_daerah', regionCode: '72.03', opdId: null }),
  reviewer: A({ role: 'reviewer', regionCode: '72.71', opdId: null, email: 'Ani@Palu.go.id' }),
  pokja: A({ role: 'pokja', regionCode: '72.71', opdId: null }),
  dinkes: A({ role: 'operator_opd', regionCode: '72.71', opdId: 'dinkes' }),
  dinsos: A({ role: 'operator_opd', regionCode: '72.71', opdId: 'dinsos' }),
};
const opdOwned = { regionCode: '72.71', ownerOpdId: 'dinkes', ownerPersonEmail: null };
const personOwned = { regionCode: '72.71', ownerOpdId: null, ownerPersonEmail: 'ani@palu.go.id' };

test('reading: the region’s roles, the province above it and superadmin', () => {
  for (const key of ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja', 'dinkes'] as const) {
    assert.equal(canReadFollowUps(ACTORS[key], '72.71'), true, key);
  }
  assert.equal(canReadFollowUps(ACTORS.otherAdmin, '72.71'), false);
  assert.equal(canReadFollowUps(ACTORS.otherProvinsi, '72.71'), false);
});

test('managing: the region’s admin daerah and superadmin only', () => {
  assert.equal(canManageFollowUps(ACTORS.admin, '72.71'), true);
  assert.equal(canManageFollowUps(ACTORS.superadmin, '72.71'), true);
  for (const key of ['provinsi', 'otherAdmin', 'reviewer', 'pokja', 'dinkes'] as const) {
    assert.equal(canManageFollowUps(ACTORS[key], '72.71'), false, key);
  }
});

test('owner: the owner OPD’s operator, or the user with the owner person’s e-mail (any case)', () => {
  assert.equal(isFollowUpOwner(ACTORS.dinkes, opdOwned), true);
  assert.equal(isFollowUpOwner(ACTORS.dinsos, opdOwned), false);
  assert.equal(isFollowUpOwner(ACTORS.admin, opdOwned), false);
  assert.equal(isFollowUpOwner(ACTORS.reviewer, personOwned), true);
  assert.equal(isFollowUpOwner(ACTORS.pokja, personOwned), false);
  assert.equal(isFollowUpOwner({ ...ACTORS.reviewer, regionCode: '72.03' }, personOwned), false);
  assert.equal(isFollowUpOwner(ACTORS.reviewer, { ...personOwned, ownerPersonEmail: null }), false);
  assert.equal(canUpdateFollowUp(ACTORS.dinkes, opdOwned), true);
  assert.equal(canUpdateFollowUp(ACTORS.admin, opdOwned), true);
  assert.equal(canUpdateFollowUp(ACTORS.provinsi, opdOwned), false);
  assert.equal(canUpdateFollowUp(ACTORS.pokja, opdOwned), false);
});

test('status: owners move forward, organisers also drop and reopen', () => {
  assert.deepEqual(allowedNextStatuses('open', false), ['in_progress', 'done']);
  assert.deepEqual(allowedNextStatuses('done', false), []);
  assert.deepEqual(allowedNextStatuses('done', true), ['in_progress']);
  assert.deepEqual(allowedNextStatuses('dropped', true), ['open']);
  const base = { organiser: false, evidenceCount: 0, note: 'selesai' };
  assert.equal(checkStatusChange({ ...base, from: 'open', to: 'in_progress' }), null);
  assert.equal(checkStatusChange({ ...base, from: 'in_progress', to: 'done' }), null);
  assert.deepEqual(checkStatusChange({ ...base, from: 'open', to: 'dropped' }), {
    field: 'status',
    reason: 'follow_up_transition_not_allowed',
  });
  assert.deepEqual(checkStatusChange({ ...base, from: 'done', to: 'open' }), {
    field: 'status',
    reason: 'follow_up_transition_not_allowed',
  });
  for (const s of FOLLOW_UP_STATUSES) assert.equal(checkStatusChange({ ...base, from: s, to: s }), null);
  // Emptying the note of a done follow-up without evidence is refused; with evidence it is fine.
  assert.deepEqual(checkStatusChange({ ...base, from: 'done', to: 'done', note: null }), {
    field: 'completionNote',
    reason: 'follow_up_done_needs_proof',
  });
  assert.equal(checkStatusChange({ ...base, from: 'done', to: 'done', note: null, evidenceCount: 1 }), null);
});

test('done needs evidence or a note; dropped needs a note', () => {
  const c = { from: 'in_progress' as const, organiser: true };
  assert.deepEqual(checkStatusChange({ ...c, to: 'done', evidenceCount: 0, note: '  ' }), {
    field: 'completionNote',
    reason: 'follow_up_done_needs_proof',
  });
  assert.equal(checkStatusChange({ ...c, to: 'done', evidenceCount: 1, note: null }), null);
  assert.equal(checkStatusChange({ ...c, to: 'done', evidenceCount: 0, note: 'Surat edaran terbit' }), null);
  assert.deepEqual(checkStatusChange({ ...c, to: 'dropped', evidenceCount: 3, note: null }), {
    field: 'completionNote',
    reason: 'follow_up_dropped_needs_note',
  });
  assert.equal(checkStatusChange({ ...c, to: 'dropped', evidenceCount: 0, note: 'Digabung' }), null);
});

test('the region’s date: WIB, WITA and WIT by province', () => {
  assert.equal(timeZoneOfRegion('72.71'), 'Asia/Makassar');
  assert.equal(timeZoneOfRegion('63.72'), 'Asia/Makassar');
  assert.equal(timeZoneOfRegion('12.71'), 'Asia/Jakarta');
  assert.equal(timeZoneOfRegion('31'), 'Asia/Jakarta');
  assert.equal(timeZoneOfRegion('81.71'), 'Asia/Jayapura');
  assert.equal(timeZoneOfRegion('94.71'), 'Asia/Jayapura');
  const lateUtc = new Date('2026-03-09T16:30:00Z');
  assert.equal(todayInRegion('72.71', lateUtc), '2026-03-10');
  assert.equal(todayInRegion('12.71', lateUtc), '2026-03-09');
});

test('overdue and due soon: open ones only, strictly after the due date', () => {
  const today = '2026-03-10';
  assert.equal(isOverdue({ status: 'open', dueDate: '2026-03-09' }, today), true);
  assert.equal(isOverdue({ status: 'in_progress', dueDate: '2026-03-09' }, today), true);
  assert.equal(isOverdue({ status: 'open', dueDate: '2026-03-10' }, today), false);
  assert.equal(isOverdue({ status: 'done', dueDate: '2020-01-01' }, today), false);
  assert.equal(isOverdue({ status: 'dropped', dueDate: '2020-01-01' }, today), false);
  assert.equal(isDueSoon({ status: 'open', dueDate: '2026-03-10' }, today), true);
  assert.equal(isDueSoon({ status: 'open', dueDate: '2026-03-17' }, today), true);
  assert.equal(isDueSoon({ status: 'open', dueDate: '2026-03-18' }, today), false);
  assert.equal(urgencyOf({ status: 'open', dueDate: '2026-03-01' }, today), 'overdue');
  assert.equal(urgencyOf({ status: 'open', dueDate: '2026-03-12' }, today), 'due_soon');
  assert.equal(urgencyOf({ status: 'open', dueDate: '2026-06-12' }, today), 'later');
  assert.equal(urgencyOf({ status: 'done', dueDate: '2026-03-01' }, today), 'closed');
});

test('dates: calendar arithmetic and real dates only', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(isCalendarDate('2026-02-28'), true);
  assert.equal(isCalendarDate('2026-02-30'), false);
  assert.equal(isCalendarDate('2026-2-3'), false);
  assert.equal(isCalendarDate('kemarin'), false);
});
