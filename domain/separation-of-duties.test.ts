import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvalCheck, mayApprove } from './separation-of-duties.js';

test('the last submitter may not approve their own submission', () => {
  const facts = { approverId: 'u1', lastSubmitterId: 'u1', selfApprovalAllowed: false };
  assert.equal(approvalCheck(facts), 'own_submission');
  assert.equal(mayApprove(facts), false);
});

test('anyone else may approve; an unknown submitter does not block', () => {
  for (const selfApprovalAllowed of [false, true]) {
    assert.equal(approvalCheck({ approverId: 'u2', lastSubmitterId: 'u1', selfApprovalAllowed }), 'allowed');
    assert.equal(approvalCheck({ approverId: 'u2', lastSubmitterId: null, selfApprovalAllowed }), 'allowed');
  }
});

test('a region that waived the rule lets the submitter approve, flagged as using the waiver', () => {
  const facts = { approverId: 'u1', lastSubmitterId: 'u1', selfApprovalAllowed: true };
  assert.equal(approvalCheck(facts), 'waived');
  assert.equal(mayApprove(facts), true);
});
