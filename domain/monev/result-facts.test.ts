import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dueQuarters,
  latestReported,
  opdYearFacts,
  type ResultLine,
  type ResultReport,
} from './result-facts.js';
import { criterionValues } from './scoring.js';

const report = (over: Partial<ResultReport> & Pick<ResultReport, 'quarter'>): ResultReport => ({
  status: 'verified',
  submittedOn: null,
  budgetCumulative: null,
  outputCumulative: null,
  indicators: [],
  ...over,
});

const DEADLINES = { 1: '2026-04-15', 2: '2026-07-15', 3: '2026-10-15', 4: '2027-01-15' } as const;

test('a quarter is due the day after its deadline; a quarter without a deadline never is', () => {
  assert.deepEqual(dueQuarters(DEADLINES, '2026-04-15'), []);
  assert.deepEqual(dueQuarters(DEADLINES, '2026-04-16'), [1]);
  assert.deepEqual(dueQuarters(DEADLINES, '2026-10-16'), [1, 2, 3]);
  assert.deepEqual(dueQuarters({ 3: '2026-10-15', 1: '2026-04-15' }, '2027-02-01'), [1, 3]);
  assert.deepEqual(dueQuarters({}, '2030-01-01'), []);
});

test('the latest report that reached the reviewer carries the year to date; drafts and returns do not', () => {
  const reports = [
    report({ quarter: 1, budgetCumulative: '10.00' }),
    report({ quarter: 2, status: 'submitted', budgetCumulative: '20.00' }),
    report({ quarter: 3, status: 'returned', budgetCumulative: '30.00' }),
    report({ quarter: 4, status: 'draft', budgetCumulative: '40.00' }),
  ];
  assert.equal(latestReported(reports)?.quarter, 2);
  assert.equal(latestReported([report({ quarter: 1, status: 'draft' })]), null);
});

test('an OPD year: due, submitted, on time, realisation, indicators and approved GAPs', () => {
  const lines: ResultLine[] = [
    {
      pagu: '100000000.00',
      physicalTarget: '200.00',
      gapApproved: true,
      reports: [
        report({
          quarter: 1,
          submittedOn: '2026-04-10',
          budgetCumulative: '20000000.00',
          outputCumulative: '40.00',
        }),
        // Submitted late (after 15 July), still submitted.
        report({
          quarter: 2,
          status: 'submitted',
          submittedOn: '2026-07-20',
          budgetCumulative: '50000000.00',
          outputCumulative: '100.00',
          indicators: [{ target: '80', achieved: '60.00' }],
        }),
      ],
    },
    {
      pagu: '50000000.00',
      physicalTarget: null,
      gapApproved: false,
      // Q1 returned (not submitted), Q2 never reported.
      reports: [
        report({ quarter: 1, status: 'returned', submittedOn: '2026-04-01', budgetCumulative: '9.00' }),
      ],
    },
  ];
  const facts = opdYearFacts(lines, DEADLINES, '2026-08-01');
  assert.deepEqual(facts, {
    reportsDue: 4,
    reportsSubmitted: 2,
    reportsOnTime: 1,
    pagu: '150000000.00',
    budgetRealised: '50000000.00',
    physical: [
      { target: '200.00', realised: '100.00' },
      { target: null, realised: '0.00' },
    ],
    indicators: [{ target: '80', achieved: '60.00' }],
    responsiveSubActivities: 2,
    approvedGaps: 1,
    staff: null,
  });
  const values = criterionValues(facts);
  assert.equal(values.reporting_completeness, 50);
  assert.equal(values.timeliness, 25);
  assert.equal(values.budget_realisation, 33.33);
  assert.equal(values.physical_realisation, 50);
  assert.equal(values.gender_indicator_achievement, 75);
  assert.equal(values.gap_gbs_status, 50);
  assert.equal(values.pprg_training_share, null);
});

test('without deadlines nothing is due, so completeness and timeliness have no data', () => {
  const facts = opdYearFacts(
    [{ pagu: '10.00', physicalTarget: null, gapApproved: false, reports: [] }],
    {},
    '2030-01-01',
  );
  assert.equal(facts.reportsDue, 0);
  const values = criterionValues(facts);
  assert.equal(values.reporting_completeness, null);
  assert.equal(values.timeliness, null);
  assert.equal(values.budget_realisation, 0);
  assert.equal(values.physical_realisation, null);
});
