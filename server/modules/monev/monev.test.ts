import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { emptyGapContent } from '../../../domain/planning/gap-content.js';
import { gapDocuments } from '../../db/schema-planning.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { multipart } from '../imports/test-helpers.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addResponsiveLine, client, emptyQuarter, opdIdOf, YEAR } from './test-helpers.js';

describe('monev quarterly cycle', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let operator: string;
  let reviewer: string;
  let admin: string;
  let lineId: string;
  const url = (q: number, line = lineId) => `/api/sub-activities/${line}/monev/${YEAR}-Q${q}`;
  const upload = (reportId: string, name: string, content: Buffer, cookie: string) => {
    const file = multipart(name, content);
    return t.app.inject({
      method: 'POST',
      url: `/api/monev/${reportId}/evidence`,
      headers: { ...file.headers, cookie },
      payload: file.payload,
    });
  };

  before(async () => {
    t = await createTestApp();
    api = client(t);
    operator = await t.login('demo.operator');
    reviewer = await t.login('demo.reviewer');
    admin = await t.login('demo.admin');
    // A netral line with an approved GAP is gender-responsive too; its step 9 indicators are the form's.
    lineId = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0081', argCategory: 'netral' });
    const gap = emptyGapContent();
    gap.step9.indicators = [
      { id: 'i1', kind: 'output', text: 'Ibu hamil mendapat pemeriksaan K4', target: '200', unit: 'orang' },
    ];
    await t.database.db.insert(gapDocuments).values({
      regionCode: '72.71',
      subActivityId: lineId,
      opdId: await opdIdOf(t, 'Dinkes'),
      year: YEAR,
      status: 'approved',
      gap,
      tor: null,
    });
  });
  after(() => t.close());

  test('the list shows the year’s gender-responsive lines only, an operator’s own OPD only', async () => {
    await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0082', argCategory: null });
    const dinsos = await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0081' });
    const mine = await api.get(`/api/regions/72.71/monev?year=${YEAR}`, operator);
    assert.equal(mine.statusCode, 200, mine.body);
    const codes = mine.json().items.map((i: { code: string }) => i.code);
    assert.deepEqual(codes, ['1.02.02.2.02.0081']);
    assert.deepEqual(
      mine.json().items[0].quarters.map((q: { status: string | null }) => q.status),
      [null, null, null, null],
    );
    const all = await api.get(`/api/regions/72.71/monev?year=${YEAR}`, reviewer);
    assert.ok(all.json().items.some((i: { subActivityId: string }) => i.subActivityId === dinsos));
    // Another OPD's report form is not even found for the operator.
    assert.equal((await api.get(url(1, dinsos), operator)).statusCode, 404);
  });

  test('operator fills Q1, submits; reviewer returns with a comment; fix, resubmit, verify; DP3A reopens', async () => {
    const form = await api.get(url(1), operator);
    assert.equal(form.statusCode, 200, form.body);
    const blank = form.json();
    assert.equal(blank.id, null);
    assert.equal(blank.plan.pagu, '100000000.00');
    assert.equal(blank.plan.target, '200');
    assert.equal(blank.plan.unit, 'orang');
    assert.equal(blank.previous.budgetRealised, '0.00');
    assert.deepEqual(
      blank.genderIndicators.map((i: { id: string; target: string }) => [i.id, i.target]),
      [['i1', '200']],
    );
    assert.equal(blank.can.edit, true);

    const body = {
      version: 0,
      entryMode: 'increment',
      budgetRealised: '25.000.000',
      physicalRealised: '50',
      beneficiaries: {
        P: 48,
        L: 2,
        group: { ibu_hamil: { P: 48, L: 0 } },
        age: { dewasa: { P: 48, L: 2 } },
      },
      genderIndicators: { i1: '48' },
      kendala: 'Cuaca buruk menghambat kunjungan rumah.',
      tindakLanjut: 'Jadwal kunjungan ditambah pada triwulan II.',
    };
    const saved = await api.put(url(1), operator, body);
    assert.equal(saved.statusCode, 200, saved.body);
    const r1 = saved.json();
    assert.equal(r1.status, 'draft');
    assert.equal(r1.version, 1);
    assert.deepEqual(r1.budgetRealised, { addition: '25000000.00', cumulative: '25000000.00' });
    assert.deepEqual(r1.beneficiaries.P, { addition: 48, cumulative: 48 });
    assert.deepEqual(r1.beneficiaries.group.ibu_hamil.P, { addition: 48, cumulative: 48 });
    assert.equal(r1.genderIndicators[0].achieved, '48.00');
    assert.equal(r1.genderIndicators[0].achievement, '24.00');

    // A reviewer never edits figures; a second "first save" of the quarter is a conflict.
    assert.equal((await api.put(url(1), reviewer, { ...body, version: 1 })).statusCode, 403);
    assert.equal((await api.put(url(1), operator, body)).statusCode, 409);

    // Realisation was added, so submitting asks for evidence first.
    const noEvidence = await api.post(`/api/monev/${r1.id}/submit`, operator, { version: 1 });
    assert.equal(noEvidence.statusCode, 422, noEvidence.body);
    assert.ok(noEvidence.json().error.fields.evidence);
    const photo = await upload(r1.id, 'foto kegiatan.png', TINY_PNG, operator);
    assert.equal(photo.statusCode, 201, photo.body);
    assert.equal(photo.json().contentType, 'image/png');

    const submitted = await api.post(`/api/monev/${r1.id}/submit`, operator, { version: 1 });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(submitted.json().status, 'submitted');
    // Double submission: refused, not repeated.
    const twice = await api.post(`/api/monev/${r1.id}/submit`, operator, { version: 2 });
    assert.equal(twice.statusCode, 409, twice.body);
    // Locked while submitted, evidence too.
    assert.equal((await api.put(url(1), operator, { ...body, version: 2 })).statusCode, 422);
    assert.equal((await upload(r1.id, 'lagi.png', TINY_PNG, operator)).statusCode, 422);
    // The operator does not decide.
    const self = await api.post(`/api/monev/${r1.id}/decision`, operator, { version: 2, decision: 'verify' });
    assert.equal(self.statusCode, 403);

    // A return needs a comment on a field.
    const bare = await api.post(`/api/monev/${r1.id}/decision`, reviewer, { version: 2, decision: 'return' });
    assert.equal(bare.statusCode, 422);
    assert.ok(bare.json().error.fields.comments);
    const unknownField = await api.post(`/api/monev/${r1.id}/decision`, reviewer, {
      version: 2,
      decision: 'return',
      comments: [{ field: 'gaji', body: 'x' }],
    });
    assert.equal(unknownField.statusCode, 400);
    assert.ok(unknownField.json().error.fields['comments.0.field']);
    const returned = await api.post(`/api/monev/${r1.id}/decision`, reviewer, {
      version: 2,
      decision: 'return',
      comments: [{ field: 'beneficiaries.L', body: 'Periksa: kegiatan ini untuk ibu hamil.' }],
    });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(returned.json().status, 'returned');
    assert.deepEqual(
      returned.json().comments.map((c: { field: string; submission: number }) => [c.field, c.submission]),
      [['beneficiaries.L', 1]],
    );
    const told = await countOf(
      t,
      sql`select count(*) from notifications where kind = 'monev_returned' and link like ${`%${lineId}%`}`,
    );
    assert.ok(told >= 1, 'the OPD is told of the return');

    const fixed = await api.put(url(1), operator, {
      ...body,
      version: 3,
      beneficiaries: { ...body.beneficiaries, L: 0, age: { dewasa: { P: 48, L: 0 } } },
    });
    assert.equal(fixed.statusCode, 200, fixed.body);
    const resubmitted = await api.post(`/api/monev/${r1.id}/submit`, operator, { version: 4 });
    assert.equal(resubmitted.statusCode, 200, resubmitted.body);
    assert.equal(resubmitted.json().submission, 2);
    const verified = await api.post(`/api/monev/${r1.id}/decision`, reviewer, {
      version: 5,
      decision: 'verify',
    });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().status, 'verified');
    assert.ok(verified.json().verifiedBy.name);

    // Verified is locked: no edits, no reopening by the reviewer, only by DP3A with a reason.
    assert.equal((await api.put(url(1), operator, { ...body, version: 6 })).statusCode, 422);
    assert.equal(
      (await api.post(`/api/monev/${r1.id}/reopen`, reviewer, { reason: 'Koreksi.' })).statusCode,
      403,
    );
    assert.equal((await api.post(`/api/monev/${r1.id}/reopen`, admin, { reason: '' })).statusCode, 400);
    const reopened = await api.post(`/api/monev/${r1.id}/reopen`, admin, {
      reason: 'Realisasi dikoreksi setelah rekonsiliasi dengan BPKAD.',
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal(reopened.json().status, 'returned');
    assert.match(reopened.json().reopenReason, /rekonsiliasi/);
    assert.equal(
      reopened.json().can.edit,
      true,
      'returned: the OPD’s editors (here DP3A, the admin) may correct it',
    );

    const audits = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'monev_report' and entity_id = ${r1.id}`,
    );
    // create, save (return fix), submit ×2, return, verify, reopen: every change audited.
    assert.equal(audits, 7);
    const reopenAudit = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'monev_report' and after->>'reopenReason' like '%BPKAD%'`,
    );
    assert.equal(reopenAudit, 1);
    // The audit page names the sub-kegiatan a monev entry is about.
    const log = await api.get(`/api/audit?region=72.71&entity=monev_report`, admin);
    assert.equal(log.statusCode, 200, log.body);
    const entry = log.json().items.find((e: { entityId: string }) => e.entityId === r1.id);
    assert.match(entry.subject.name, /Pelayanan kesehatan ibu hamil 1\.02\.02\.2\.02\.0081/);
  });

  test('Q2 opens with Q1’s totals; a cumulative entry is split into the quarter’s addition', async () => {
    const form = (await api.get(url(2), operator)).json();
    assert.equal(form.previous.budgetRealised, '25000000.00');
    assert.equal(form.previous.beneficiaries.P, 48);
    assert.deepEqual(form.previous.beneficiaries.group.ibu_hamil, { P: 48, L: 0 });
    const saved = await api.put(url(2), operator, {
      ...emptyQuarter(),
      entryMode: 'cumulative',
      budgetRealised: '60000000',
      physicalRealised: '120',
      beneficiaries: { P: 110, L: 0, group: { ibu_hamil: { P: 110, L: 0 } } },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json().budgetRealised, { addition: '35000000.00', cumulative: '60000000.00' });
    assert.deepEqual(saved.json().beneficiaries.P, { addition: 62, cumulative: 110 });
    // A cumulative total below the previous quarter's is refused, naming the field.
    const down = await api.put(url(2), operator, {
      ...emptyQuarter({ version: saved.json().version }),
      entryMode: 'cumulative',
      budgetRealised: '1000',
    });
    assert.equal(down.statusCode, 422, down.body);
    assert.ok(down.json().error.fields.budgetRealised);
  });

  test('settings: the admin sets thresholds and deadlines; the list flags behind-schedule and late quarters', async () => {
    const bad = await api.put('/api/regions/72.71/monev/settings', admin, {
      year: YEAR,
      expectedShare: { 1: 50, 2: 40 },
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.ok(bad.json().error.fields['expectedShare.2']);
    assert.equal(
      (await api.put('/api/regions/72.71/monev/settings', reviewer, { year: YEAR, expectedShare: { 1: 20 } }))
        .statusCode,
      403,
    );
    const put = await api.put('/api/regions/72.71/monev/settings', admin, {
      year: YEAR,
      expectedShare: { 1: 30, 2: 45, 3: 70, 4: 95 },
      deadlines: { 1: `${YEAR}-04-15`, 3: `${YEAR - 1}-12-01` },
      sourceNote: 'Keputusan Rakor Pokja PUG Kota Palu',
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().expectedShare, { 1: 30, 2: 45, 3: 70, 4: 95 });
    const read = await api.get(`/api/regions/72.71/monev/settings?year=${YEAR}`, operator);
    assert.equal(read.json().sourceNote, 'Keputusan Rakor Pokja PUG Kota Palu');

    const list = await api.get(`/api/regions/72.71/monev?year=${YEAR}`, operator);
    const [line] = list.json().items;
    const codes = (q: number) => line.quarters[q - 1].flags.map((f: { code: string }) => f.code);
    // Q1: 25 % of pagu realised against 30 % expected.
    assert.ok(codes(1).includes('behind_schedule'), JSON.stringify(line.quarters[0]));
    assert.equal(line.quarters[0].status, 'returned');
    // Q3: nothing submitted and its deadline has passed.
    assert.deepEqual(codes(3), ['late']);
    assert.deepEqual(codes(4), []);
  });

  test('whoever submitted a report does not verify it (separation of duties)', async () => {
    const line = await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0082' });
    const draft = (await api.put(url(1, line), admin, emptyQuarter())).json();
    const submitted = await api.post(`/api/monev/${draft.id}/submit`, admin, { version: draft.version });
    assert.equal(submitted.statusCode, 200, submitted.body);
    const own = await api.post(`/api/monev/${draft.id}/decision`, admin, {
      version: submitted.json().version,
      decision: 'verify',
    });
    assert.equal(own.statusCode, 403, own.body);
    assert.match(own.json().error.message, /pemisahan tugas/);
    const other = await api.post(`/api/monev/${draft.id}/decision`, reviewer, {
      version: submitted.json().version,
      decision: 'verify',
    });
    assert.equal(other.statusCode, 200, other.body);
  });

  test('a khusus activity whose TOR serves women, reporting mostly men, is flagged', async () => {
    const line = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0083' });
    await t.database.db.insert(gapDocuments).values({
      regionCode: '72.71',
      subActivityId: line,
      opdId: await opdIdOf(t, 'Dinkes'),
      year: YEAR,
      status: 'draft',
      gap: emptyGapContent(),
      tor: {
        legalBasis: '',
        background: '',
        objective: '',
        beneficiaries: { women: '200 ibu hamil', men: '', description: '' },
        method: '',
        location: '',
        implementer: '',
        schedule: [],
      },
    });
    const saved = await api.put(url(1, line), operator, emptyQuarter({ beneficiaries: { P: 2, L: 8 } }));
    assert.equal(saved.statusCode, 200, saved.body);
    const flag = saved.json().flags.find((f: { code: string }) => f.code === 'beneficiaries_contradict_plan');
    assert.ok(flag, JSON.stringify(saved.json().flags));
    assert.equal(flag.field, 'beneficiaries.L');
  });
});
