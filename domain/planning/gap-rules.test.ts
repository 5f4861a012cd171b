import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GapContent, TorContent } from './gap-content.js';
import { emptyGapContent } from './gap-content.js';
import { checkCompleteness, excerpt, issuesOf, type GapIssue } from './gap-rules.js';
import { completeGap, simpleGbs } from './gap-test-fixture.js';

/** Codes with their targets, e.g. "7:factor_unaddressed", for compact assertions. */
const codes = (issues: GapIssue[]) => issues.map((i) => `${i.target}:${i.code}`);

function issuesWith(change: (g: GapContent) => void) {
  const gap = completeGap();
  change(gap);
  return checkCompleteness(gap, simpleGbs(), null).issues;
}

describe('checkCompleteness', () => {
  test('a complete worksheet with a GBS is ready', () => {
    const c = checkCompleteness(completeGap(), simpleGbs(), null);
    assert.deepEqual(c.issues, []);
    assert.equal(c.ready, true);
  });

  test('an empty worksheet lists what every step misses, and the missing GBS', () => {
    const c = checkCompleteness(emptyGapContent(), null, null);
    assert.equal(c.ready, false);
    assert.deepEqual(codes(c.issues), [
      '1:policy_missing',
      '1:objective_missing',
      '2:data_missing',
      '3:factor_missing',
      '4:cause_missing',
      '6:reformulation_missing',
      '7:action_missing',
      '8:baseline_missing',
      '9:output_indicator_missing',
      '9:outcome_indicator_missing',
      'gbs:gbs_missing',
    ]);
    assert.deepEqual(codes(issuesOf(c, 9)), ['9:output_indicator_missing', '9:outcome_indicator_missing']);
  });

  test('step 1: whitespace is not content', () => {
    assert.deepEqual(codes(issuesWith((g) => (g.step1.policy = '  \n'))), ['1:policy_missing']);
    assert.deepEqual(codes(issuesWith((g) => (g.step1.objective = ''))), ['1:objective_missing']);
  });

  test('step 2: every data reference names an indicator and a year', () => {
    const issues = issuesWith((g) =>
      g.step2.data.push({ id: 'd2', indicatorCode: '', year: 2024, note: '' }),
    );
    assert.deepEqual(issues, [{ target: 2, code: 'data_ref_incomplete', params: { id: 'd2' } }]);
    const noYear = issuesWith((g) =>
      g.step2.data.push({ id: 'd3', indicatorCode: 'X', year: 20.5, note: '' }),
    );
    assert.deepEqual(codes(noYear), ['2:data_ref_incomplete']);
  });

  test('step 3: factors need text; a missing factor list is reported once', () => {
    assert.deepEqual(
      issuesWith((g) => (g.step3.factors[0].text = ' ')),
      [{ target: 3, code: 'factor_text_missing', params: { id: 'f1' } }],
    );
    const none = issuesWith((g) => {
      g.step3.factors = [];
      g.step7.actions[1].addresses = ['c1', 'c2'];
      g.step7.actions[0].addresses = ['c1'];
    });
    assert.deepEqual(codes(none), ['3:factor_missing']);
  });

  test('steps 4–5: one cause in either step is enough; empty causes are named by step', () => {
    const onlyExternal = issuesWith((g) => {
      g.step4.causes = [];
      g.step7.actions[1].addresses = ['f2', 'c2'];
    });
    assert.deepEqual(onlyExternal, []);
    const none = issuesWith((g) => {
      g.step4.causes = [];
      g.step5.causes = [];
      g.step7.actions[1].addresses = ['f2'];
    });
    assert.deepEqual(codes(none), ['4:cause_missing']);
    const blank = issuesWith((g) => (g.step5.causes[0].text = ''));
    assert.deepEqual(blank, [{ target: 5, code: 'cause_text_missing', params: { id: 'c2' } }]);
  });

  test('step 6 must be filled', () => {
    assert.deepEqual(codes(issuesWith((g) => (g.step6.objective = ''))), ['6:reformulation_missing']);
  });

  test('step 7 names every factor and cause no action addresses', () => {
    const issues = issuesWith((g) => (g.step7.actions[1].addresses = ['c1']));
    assert.deepEqual(issues, [
      {
        target: 7,
        code: 'factor_unaddressed',
        params: { id: 'f2', step: 3, text: 'Suami jarang hadir di kelas ibu hamil.' },
      },
      {
        target: 7,
        code: 'cause_unaddressed',
        params: { id: 'c2', step: 5, text: 'Kehamilan dianggap urusan perempuan saja.' },
      },
    ]);
  });

  test('step 7: an action must address something that exists, and have text', () => {
    const nothing = issuesWith((g) =>
      g.step7.actions.push({ id: 'a3', text: 'Rapat koordinasi', output: '', addresses: [] }),
    );
    assert.deepEqual(nothing, [
      { target: 7, code: 'action_addresses_nothing', params: { id: 'a3', text: 'Rapat koordinasi' } },
    ]);
    const unknown = issuesWith((g) => g.step7.actions[0].addresses.push('gone'));
    assert.deepEqual(unknown, [
      { target: 7, code: 'action_addresses_unknown', params: { id: 'a1', ref: 'gone' } },
    ]);
    const noText = issuesWith((g) => (g.step7.actions[0].text = ''));
    assert.deepEqual(codes(noText), ['7:action_text_missing']);
  });

  test('step 7 without actions reports only the missing action, not each unaddressed cause', () => {
    assert.deepEqual(codes(issuesWith((g) => (g.step7.actions = []))), ['7:action_missing']);
  });

  test('step 8: each baseline references an existing step 2 item', () => {
    const issues = issuesWith((g) => (g.step8.baselines[0].dataRefId = 'd9'));
    assert.deepEqual(issues, [{ target: 8, code: 'baseline_ref_unknown', params: { id: 'b1', ref: 'd9' } }]);
    const removedData = issuesWith((g) => {
      g.step2.data.push({ id: 'd2', indicatorCode: 'KES_AKI', year: 2023, note: '' });
      g.step8.baselines[0].dataRefId = 'd2';
      g.step2.data.pop();
    });
    assert.deepEqual(codes(removedData), ['8:baseline_ref_unknown']);
    assert.deepEqual(codes(issuesWith((g) => (g.step8.baselines[0].text = ''))), ['8:baseline_text_missing']);
    assert.deepEqual(codes(issuesWith((g) => (g.step8.baselines = []))), ['8:baseline_missing']);
  });

  test('step 9: an output and an outcome indicator, each with a target', () => {
    const noOutcomeTarget = issuesWith((g) => (g.step9.indicators[2].target = ''));
    assert.deepEqual(codes(noOutcomeTarget), ['9:outcome_indicator_missing', '9:indicator_incomplete']);
    const onlyOutcome = issuesWith(
      (g) => (g.step9.indicators = g.step9.indicators.filter((i) => i.kind === 'outcome')),
    );
    assert.deepEqual(codes(onlyOutcome), ['9:output_indicator_missing']);
    // One complete output suffices even if another output lacks its target.
    const partial = issuesWith((g) => (g.step9.indicators[1].target = ''));
    assert.deepEqual(partial, [{ target: 9, code: 'indicator_incomplete', params: { id: 'i2' } }]);
  });

  test('GBS: components present with valid budgets adding up above zero', () => {
    const gap = completeGap();
    const check = (gbs: ReturnType<typeof simpleGbs>) => codes(checkCompleteness(gap, gbs, null).issues);
    assert.deepEqual(check({ ...simpleGbs(), components: [] }), ['gbs:gbs_components_missing']);
    assert.deepEqual(check(simpleGbs('0.00')), ['gbs:gbs_total_zero']);
    assert.deepEqual(check(simpleGbs('12,5')), ['gbs:gbs_component_budget_invalid']);
    assert.deepEqual(check(simpleGbs('1.234')), ['gbs:gbs_component_budget_invalid']);
    assert.deepEqual(check(simpleGbs('-5')), ['gbs:gbs_component_budget_invalid']);
    const unnamed = simpleGbs();
    unnamed.components[0].name = ' ';
    assert.deepEqual(check(unnamed), ['gbs:gbs_component_name_missing']);
  });

  test('TOR: optional, but a drafted TOR needs its core sections and valid months', () => {
    const tor: TorContent = {
      legalBasis: '',
      background: 'Latar',
      objective: 'Tujuan',
      beneficiaries: { women: '', men: '', description: '' },
      method: 'Metode',
      location: '',
      implementer: '',
      schedule: [{ id: 's1', activity: 'Kelas', months: [1, 2] }],
    };
    assert.equal(checkCompleteness(completeGap(), simpleGbs(), tor).ready, true);
    const bad = {
      ...tor,
      method: '',
      schedule: [
        { id: 's1', activity: 'Kelas', months: [0, 13] },
        { id: 's2', activity: 'X', months: [] },
      ],
    };
    assert.deepEqual(codes(checkCompleteness(completeGap(), simpleGbs(), bad).issues), [
      'tor:tor_method_missing',
      'tor:tor_schedule_invalid',
      'tor:tor_schedule_invalid',
    ]);
  });

  test('excerpt shortens long text on a word-ish boundary with an ellipsis', () => {
    assert.equal(excerpt('  a  b '), 'a b');
    const long = excerpt('x'.repeat(100), 10);
    assert.equal(long.length, 10);
    assert.ok(long.endsWith('…'));
  });
});
