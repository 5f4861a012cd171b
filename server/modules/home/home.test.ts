/**
 * The home endpoint and the province board on the demo: what each role is shown, that the
 * counts follow the workflow (submit, return, verify, GAP revision, imports), that an operator
 * never sees another OPD's counts, and bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { upload } from '../imports/test-helpers.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

interface Task {
  kind: string;
  count: number;
  period: string | null;
  opdId: string | null;
  batchId: number | null;
}

describe('home: what is waiting for me', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let opds: Map<string, string>;
  before(async () => {
    t = await createTestApp();
    for (const who of ['operator', 'admin', 'reviewer', 'provinsi', 'pokja', 'superadmin'])
      cookies[who] = await t.login(`demo.${who}`);
    opds = await demoOpdIdsByShortName(t, cookies.admin);
  });
  after(() => t.close());

  const home = async (who: string, url = '/api/regions/72.71/home') => {
    const res = await t.app.inject({ url, headers: { cookie: cookies[who] } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as {
      dataYear: number;
      tasks: Task[];
      progress: { opd: { id: string }; state: string }[] | null;
    };
  };
  const taskOf = (tasks: Task[], kind: string) => tasks.find((x) => x.kind === kind);
  const kinds = (tasks: Task[]) => tasks.map((x) => x.kind).sort();
  const step = (who: string, name: string, opd: string, extra: object = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/regions/72.71/entry/${name}`,
      headers: { cookie: cookies[who] },
      payload: { period: '2024', opdId: opds.get(opd), ...extra },
    });

  test('each role is shown its own kinds of task; readers none', async () => {
    assert.deepEqual(kinds((await home('operator')).tasks), [
      'follow_ups_open',
      'gaps_returned',
      'imports_waiting',
      'monev_due',
      'monev_overdue',
      'monev_returned',
      'values_returned',
      'values_to_submit',
    ]);
    assert.deepEqual(kinds((await home('admin')).tasks), [
      'dossiers_to_review',
      'gaps_to_review',
      'imports_waiting',
      'monev_opds_missing',
      'monev_to_verify',
      'opds_behind',
      'submissions_to_verify',
    ]);
    assert.deepEqual(kinds((await home('reviewer')).tasks), [
      'gaps_to_review',
      'monev_opds_missing',
      'monev_to_verify',
    ]);
    assert.deepEqual((await home('pokja')).tasks, []);
    // The province decides standardisation dossiers (institution-standards): its only task.
    assert.deepEqual(kinds((await home('provinsi')).tasks), ['dossiers_to_review']);
    // A superadmin who opens the kab/kota sees what its DP3A sees.
    assert.deepEqual(kinds((await home('superadmin')).tasks), kinds((await home('admin')).tasks));
    // The operator follows one OPD: no region progress; the readers do.
    assert.equal((await home('operator')).progress, null);
    assert.ok((await home('pokja')).progress!.length > 10);
  });

  test('the operator’s drafts are their OPD’s only, and the data year is the latest with values', async () => {
    const mine = await home('operator');
    // The progress's data year: the latest year with values, as the entry page opens by default.
    assert.equal((await home('admin')).dataYear, 2024);
    const drafts = taskOf(mine.tasks, 'values_to_submit')!;
    const expected = await countOf(
      t,
      sql`select count(*) from data_values v join indicator_assignments a
          on a.region_code = v.region_code and a.indicator_code = v.indicator_code
          where v.region_code = '72.71' and a.opd_id = ${opds.get('Dinkes')} and v.status = 'draft'`,
    );
    assert.ok(expected > 0);
    assert.equal(drafts.count, expected);
    assert.equal(drafts.period, '2024');
    assert.equal(drafts.opdId, opds.get('Dinkes'));
    // Every OPD of the demo has 2024 drafts: the operator's count is their OPD's alone.
    const all = await countOf(
      t,
      sql`select count(*) from data_values where region_code = '72.71' and status = 'draft'`,
    );
    assert.ok(all > drafts.count);
  });

  test('submit, return and verify move the tasks of the operator and of DP3A', async () => {
    const behindBefore = taskOf((await home('admin')).tasks, 'opds_behind')!.count;
    const submitted = await step('operator', 'submit', 'Dinkes');
    assert.equal(submitted.statusCode, 200, submitted.body);

    const admin = await home('admin');
    const verify = taskOf(admin.tasks, 'submissions_to_verify')!;
    assert.equal(verify.count, 1);
    assert.equal(verify.period, '2024');
    assert.equal(verify.opdId, opds.get('Dinkes'));
    assert.equal(taskOf(admin.tasks, 'opds_behind')!.count, behindBefore - 1);
    const dinkes = admin.progress!.find((p) => p.opd.id === opds.get('Dinkes'))!;
    assert.equal(dinkes.state, 'submitted');
    assert.equal(taskOf((await home('operator')).tasks, 'values_to_submit')!.count, 0);

    const returned = await step('admin', 'return', 'Dinkes', { comment: 'Periksa angka kematian ibu.' });
    assert.equal(returned.statusCode, 200, returned.body);
    const back = taskOf((await home('operator')).tasks, 'values_returned')!;
    assert.equal(back.count, 1);
    assert.equal(back.period, '2024');
    assert.equal(taskOf((await home('admin')).tasks, 'submissions_to_verify')!.count, 0);

    // Resubmitted, the return is dealt with; verified, nothing waits.
    assert.equal((await step('operator', 'submit', 'Dinkes')).statusCode, 200);
    assert.equal(taskOf((await home('operator')).tasks, 'values_returned')!.count, 0);
    assert.equal((await step('admin', 'verify', 'Dinkes')).statusCode, 200);
    const after = await home('admin');
    assert.equal(taskOf(after.tasks, 'submissions_to_verify')!.count, 0);
    assert.equal(after.progress!.find((p) => p.opd.id === opds.get('Dinkes'))!.state, 'verified');
  });

  test('GAPs: the submitted one waits for reviewers; a revision asked comes back to its OPD only', async () => {
    const waiting = taskOf((await home('reviewer')).tasks, 'gaps_to_review')!;
    assert.equal(waiting.count, 1);
    assert.equal(waiting.period, '2026');
    const queue = await t.app.inject({
      url: '/api/regions/72.71/gap?status=submitted',
      headers: { cookie: cookies.reviewer },
    });
    assert.equal(queue.statusCode, 200, queue.body);
    const id: string = queue.json().items[0].id;
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/gap/${id}/decision`,
      headers: { cookie: cookies.reviewer, origin: 'http://localhost:80' },
      payload: { decision: 'revision', body: 'Lengkapi data pembuka wawasan.' },
    });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.equal(taskOf((await home('reviewer')).tasks, 'gaps_to_review')!.count, 0);
    // That GAP is DP3A's: nothing comes back to the operator of Dinkes, until one of theirs is returned.
    assert.equal(taskOf((await home('operator')).tasks, 'gaps_returned')!.count, 0);
    await t.database.db.execute(
      sql`update gap_documents set status = 'revision' where region_code = '72.71' and opd_id = ${opds.get('Dinkes')}`,
    );
    const back = taskOf((await home('operator')).tasks, 'gaps_returned')!;
    assert.equal(back.count, 1);
    assert.equal(back.period, '2026');
  });

  test('imports checked but not committed wait for their uploader, and all of them for DP3A', async () => {
    const header = 'indicator_code,region_code,period,sex,value';
    const batch = await upload(t, cookies.operator, 'op.csv', `${header}\nKES_KEMATIAN_IBU,72.71,2031,P,2\n`);
    assert.equal(batch.status, 'checked');
    const mine = taskOf((await home('operator')).tasks, 'imports_waiting')!;
    assert.equal(mine.count, 1);
    assert.equal(mine.batchId, batch.id);
    await upload(t, cookies.admin, 'admin.csv', `${header}\nKES_KEMATIAN_IBU,72.71,2033,P,1\n`);
    assert.equal(taskOf((await home('admin')).tasks, 'imports_waiting')!.count, 2);
    assert.equal(taskOf((await home('operator')).tasks, 'imports_waiting')!.count, 1);
  });

  test('upcoming deadlines of the region, earliest first; past ones left out', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const [kind, year, dueDate] of [
      ['data_values', 2025, day(20)],
      ['gap_submission', 2027, day(5)],
      ['data_values', 2024, day(-10)],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/regions/72.71/deadlines',
        headers: { cookie: cookies.admin, origin: 'http://localhost:80' },
        payload: { kind, year, dueDate },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
    for (const who of ['operator', 'pokja']) {
      const res = await t.app.inject({ url: '/api/regions/72.71/home', headers: { cookie: cookies[who] } });
      const deadlines = res.json().deadlines as { kind: string; year: number }[];
      assert.deepEqual(
        deadlines.map((d) => `${d.kind} ${d.year}`),
        ['gap_submission 2027', 'data_values 2025'],
        who,
      );
    }
  });

  test('bad input: an unknown region, a malformed code, a bad year', async () => {
    const unknown = await t.app.inject({
      url: '/api/regions/72.99/home',
      headers: { cookie: cookies.superadmin },
    });
    assert.equal(unknown.statusCode, 404);
    const malformed = await t.app.inject({
      url: '/api/regions/palu/home',
      headers: { cookie: cookies.admin },
    });
    assert.equal(malformed.statusCode, 400);
    assert.ok(malformed.json().error.fields.code);
    for (const year of ['abc', '1800', '2024.5']) {
      const res = await t.app.inject({
        url: `/api/regions/72.71/home?year=${year}`,
        headers: { cookie: cookies.admin },
      });
      assert.equal(res.statusCode, 400, year);
      assert.ok(res.json().error.fields.year, res.body);
    }
    const other = await t.app.inject({
      url: '/api/regions/72.71/home?foo=1',
      headers: { cookie: cookies.admin },
    });
    assert.equal(other.statusCode, 400);
    // Another region's home is refused, not answered empty.
    const donggala = await t.app.inject({
      url: '/api/regions/72.03/home',
      headers: { cookie: cookies.admin },
    });
    assert.equal(donggala.statusCode, 403);
  });

  test('a chosen year moves the progress: before any value every OPD is behind', async () => {
    const old = await home('admin', '/api/regions/72.71/home?year=2001');
    assert.equal(old.dataYear, 2001);
    assert.ok(old.progress!.every((p) => p.state === 'no_values'));
    assert.equal(taskOf(old.tasks, 'opds_behind')!.count, old.progress!.length);
  });
});
