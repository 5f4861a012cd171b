/**
 * Worksheets end to end on the real app (PGlite, and PostgreSQL with TEST_DATABASE_URL): a
 * kab/kota answers (DP3A and an OPD it assigned), links evidence from the repository, sees its
 * score, tier and what is missing, submits (frozen); the province verifies it (adjusts with a
 * comment), the region replies, stages close; results, ranks, the recaps and the queue; the
 * permission cases of issue 13 and bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FIVE_TIERS, smallInstrument } from '../../../domain/evaluation/test-fixtures.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart } from '../imports/test-helpers.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { caller, insertCycle, insertInstrument, type Call } from './test-helpers.js';

type Res = Awaited<ReturnType<Call>>;

/** The refusal has `status` and names `field`. */
function assertField(res: Res, status: number, field: string) {
  assert.equal(res.statusCode, status, res.body);
  const fields = res.json().error.fields ?? {};
  assert.ok(field in fields, `${field} not in ${JSON.stringify(fields)}`);
}

describe('evaluation worksheets', () => {
  let t: TestApp;
  let call: Call;
  let sa: string,
    admin: string,
    prov: string,
    operator: string,
    reviewer: string,
    donggala: string,
    otherProv: string;
  let cycleId: string, pastCycleId: string, wsId: string;
  const ws = (path = '') => `/api/evaluation-worksheets/${wsId}${path}`;

  before(async () => {
    t = await createTestApp();
    call = caller(t);
    [sa, admin, prov, operator, reviewer] = await Promise.all(
      ['demo.superadmin', 'demo.admin', 'demo.provinsi', 'demo.operator', 'demo.reviewer'].map((u) =>
        t.login(u),
      ),
    );
    for (const [username, role, regionCode] of [
      ['admin.donggala', 'admin_daerah', '72.03'],
      ['prov.sulsel', 'provinsi', '73'],
    ]) {
      const res = await call(sa, 'POST', '/api/users', {
        username,
        fullName: username,
        role,
        regionCode,
        password: 'Sandi-evaluasi-2026',
      });
      assert.equal(res.statusCode, 201, res.body);
    }
    donggala = await t.login('admin.donggala', 'Sandi-evaluasi-2026');
    otherProv = await t.login('prov.sulsel', 'Sandi-evaluasi-2026');
    const db = t.database.db;
    const instrumentId = await insertInstrument(db, 'UJI', smallInstrument());
    cycleId = await insertCycle(db, { year: 2027, instrumentId, tiers: FIVE_TIERS });
    pastCycleId = await insertCycle(db, {
      year: 2024,
      instrumentId,
      tiers: FIVE_TIERS,
      selfAssessment: [-100, -50],
      award: 'APE',
    });
  });
  after(() => t.close());

  test('DP3A starts the worksheet of an open cycle; an operator or a verifier cannot', async () => {
    const list = await call(admin, 'GET', '/api/regions/72.71/evaluation');
    assert.equal(list.statusCode, 200, list.body);
    assert.ok(list.json().startable.some((c: { id: string }) => c.id === cycleId));
    assert.equal(list.json().canManage, true);
    for (const who of [operator, prov, sa, donggala])
      assert.ok(
        [403, 404].includes(
          (await call(who, 'POST', '/api/regions/72.71/evaluation', { cycleId })).statusCode,
        ),
      );
    const res = await call(admin, 'POST', '/api/regions/72.71/evaluation', { cycleId });
    assert.equal(res.statusCode, 201, res.body);
    wsId = res.json().id;
    const again = await call(admin, 'POST', '/api/regions/72.71/evaluation', { cycleId });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().id, wsId);
  });

  test('answers rescore live: score, tier, evidence missing and the next tier', async () => {
    const a1 = await call(admin, 'PUT', ws('/answers/A1'), { value: true, note: 'SK Wali Kota 2026' });
    assert.equal(a1.statusCode, 200, a1.body);
    assert.equal(a1.json().score.total, 10);
    assert.equal(a1.json().score.tier, 'Pratama');
    assert.deepEqual(a1.json().missing.withoutEvidence, [{ questionCode: 'A1', kinds: ['sk_pokja_pug'] }]);
    assert.ok(a1.json().missing.unanswered.includes('A3'), 'A3 shown once A1 is yes');
    assert.ok(a1.json().missing.toNextTier.length > 0);
    const a2 = await call(admin, 'PUT', ws('/answers/A2'), { value: 'A' });
    assert.equal(a2.json().score.total, 30);
    assert.equal(a2.json().score.tier, 'Nindya');
    const live = await call(reviewer, 'GET', ws('/score'));
    assert.equal(live.statusCode, 200);
    assert.equal(live.json().score.total, 30);
  });

  test('bad input names the field: wrong type, unknown option, out of range, NUL, huge, unknown question', async () => {
    assertField(await call(admin, 'PUT', ws('/answers/A1'), { value: 'ya' }), 422, 'value');
    assertField(await call(admin, 'PUT', ws('/answers/A2'), { value: 'Z' }), 422, 'value');
    assertField(await call(admin, 'PUT', ws('/answers/B1'), { value: 150 }), 422, 'value');
    assert.equal((await call(admin, 'PUT', ws('/answers/B1'), { value: { x: 1 } })).statusCode, 400);
    assert.equal((await call(admin, 'PUT', ws('/answers/B3'), { value: 'a\u0000b' })).statusCode, 400);
    assert.equal(
      (await call(admin, 'PUT', ws('/answers/B3'), { value: 'x', note: 'n'.repeat(5000) })).statusCode,
      400,
    );
    assertField(await call(admin, 'PUT', ws('/answers/ZZ9'), { value: true }), 422, 'questionCode');
    // Formula-looking text is stored as typed; the exports defuse it.
    const formula = await call(admin, 'PUT', ws('/answers/B3'), { value: '=HYPERLINK("http://x")' });
    assert.equal(formula.statusCode, 200, formula.body);
  });

  test('an OPD operator answers only what is assigned to its OPD; verifiers never answer', async () => {
    const opds = await demoOpdIdsByShortName(t, admin);
    assert.equal((await call(operator, 'PUT', ws('/answers/B2'), { value: 20 })).statusCode, 403);
    assertField(
      await call(admin, 'PUT', ws('/assignments'), {
        items: [{ questionCode: 'B2', opdId: crypto.randomUUID(), userId: null }],
      }),
      422,
      'items.0.opdId',
    );
    const assigned = await call(admin, 'PUT', ws('/assignments'), {
      items: [{ questionCode: 'B2', opdId: opds.get('Dinkes'), userId: null }],
    });
    assert.equal(assigned.statusCode, 200, assigned.body);
    const b2 = await call(operator, 'PUT', ws('/answers/B2'), { value: 20 });
    assert.equal(b2.statusCode, 200, b2.body);
    assert.equal(b2.json().score.total, 50);
    assert.equal((await call(operator, 'PUT', ws('/answers/A2'), { value: 'C' })).statusCode, 403);
    for (const who of [prov, sa])
      assert.equal((await call(who, 'PUT', ws('/answers/A1'), { value: false })).statusCode, 403);
    assert.equal((await call(reviewer, 'PUT', ws('/answers/A1'), { value: false })).statusCode, 403);
  });

  test('another kab/kota or province never sees the worksheet', async () => {
    for (const who of [donggala, otherProv]) {
      assert.equal((await call(who, 'GET', ws())).statusCode, 404);
      assert.equal((await call(who, 'GET', ws('/results'))).statusCode, 404);
    }
    assert.equal((await call(prov, 'GET', ws())).statusCode, 200);
  });

  test('evidence: an upload of the repository proposed, confirmed once, and the question complete', async () => {
    const file = multipart('sk-pokja.png', TINY_PNG, {
      kind: 'sk_pokja_pug',
      year: '2027',
      title: 'SK Pokja PUG 2026',
    });
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/evaluation-evidence',
      headers: { cookie: admin, ...file.headers },
      payload: file.payload,
    });
    assert.equal(up.statusCode, 201, up.body);
    const documentId = up.json().id as string;
    const proposals = await call(admin, 'GET', ws('/answers/A1/proposals'));
    assert.equal(proposals.statusCode, 200, proposals.body);
    const mine = proposals
      .json()
      .items.find((c: { link: { ref: { documentId?: string } } }) => c.link.ref.documentId === documentId);
    assert.ok(mine, 'the upload is proposed');
    assert.equal(mine.linked, false);
    const body = {
      kind: 'sk_pokja_pug',
      source: 'upload',
      documentId,
      title: 'SK Pokja PUG 2026',
      year: 2027,
    };
    const linked = await call(admin, 'POST', ws('/answers/A1/links'), body);
    assert.equal(linked.statusCode, 201, linked.body);
    assert.deepEqual(linked.json().missing.withoutEvidence, []);
    assert.equal(linked.json().score.evidenceComplete, 1);
    assertField(await call(admin, 'POST', ws('/answers/A1/links'), body), 409, 'link');
    assertField(
      await call(admin, 'POST', ws('/answers/A1/links'), { ...body, documentId: crypto.randomUUID() }),
      422,
      'documentId',
    );
    assertField(await call(admin, 'POST', ws('/answers/A1/links'), { ...body, source: 'live' }), 422, 'id');
    assert.equal((await call(prov, 'POST', ws('/answers/A1/links'), body)).statusCode, 403);
    assert.equal(
      (await call(admin, 'GET', ws('/answers/A1/proposals')))
        .json()
        .items.find((c: { link: { ref: { documentId?: string } } }) => c.link.ref.documentId === documentId)
        .linked,
      true,
    );
  });

  test('each change keeps the earlier version', async () => {
    await call(admin, 'PUT', ws('/answers/B1'), { value: 50 });
    await call(admin, 'PUT', ws('/answers/B1'), { value: 100 });
    const versions = await call(reviewer, 'GET', ws('/answers/B1/versions'));
    assert.equal(versions.statusCode, 200);
    assert.deepEqual(
      versions.json().items.map((v: { value: number }) => v.value),
      [50],
    );
  });

  test('submit freezes the worksheet and tells the province', async () => {
    const detail = (await call(admin, 'GET', ws())).json();
    assert.equal(detail.can.submit, true);
    assert.equal((await call(operator, 'POST', ws('/submit'), { version: detail.version })).statusCode, 403);
    assertField(await call(admin, 'POST', ws('/submit'), { version: 999 }), 409, 'version');
    const res = await call(admin, 'POST', ws('/submit'), { version: detail.version });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'submitted');
    assertField(await call(admin, 'PUT', ws('/answers/A1'), { value: false }), 409, 'worksheet');
    assertField(
      await call(admin, 'PUT', ws('/assignments'), {
        items: [{ questionCode: 'A1', opdId: null, userId: null }],
      }),
      409,
      'worksheet',
    );
    const told = await countOf(
      t,
      sql`select count(*) from notifications n join users u on u.id = n.user_id where n.kind = 'evaluation_submitted' and u.username = 'demo.provinsi'`,
    );
    assert.equal(told, 1);
    const queue = await call(prov, 'GET', `/api/regions/72/evaluation/queue?cycleId=${cycleId}`);
    assert.equal(queue.statusCode, 200, queue.body);
    assert.deepEqual(
      queue.json().items.map((i: { regionCode: string }) => i.regionCode),
      ['72.71'],
    );
    assert.equal((await call(otherProv, 'GET', '/api/regions/72/evaluation/queue')).statusCode, 403);
    assert.equal((await call(admin, 'GET', '/api/regions/72/evaluation/queue')).statusCode, 403);
    // The national level verifies kab/kota only when the cycle says so: nothing waits for it.
    assert.deepEqual((await call(sa, 'GET', '/api/regions/ID/evaluation/queue')).json().items, []);
  });

  test('the province decides; others may not; a decision needs its comment and a score in range', async () => {
    const adjust = {
      questionCode: 'A2',
      decision: 'adjusted',
      adjustedScore: 5,
      comment: 'Rencana aksi belum lengkap',
    };
    for (const who of [sa, admin, operator])
      assert.equal((await call(who, 'PUT', ws('/decisions'), { items: [adjust] })).statusCode, 403);
    assert.equal((await call(otherProv, 'PUT', ws('/decisions'), { items: [adjust] })).statusCode, 404);
    assertField(
      await call(prov, 'PUT', ws('/decisions'), { items: [{ ...adjust, comment: ' ' }] }),
      422,
      'items.0.comment',
    );
    assertField(
      await call(prov, 'PUT', ws('/decisions'), { items: [{ ...adjust, adjustedScore: 11 }] }),
      422,
      'items.0.adjustedScore',
    );
    assertField(
      await call(prov, 'PUT', ws('/decisions'), { items: [{ questionCode: 'B3', decision: 'rejected' }] }),
      422,
      'items.0.comment',
    );
    assertField(
      await call(prov, 'PUT', ws('/decisions'), { items: [adjust, adjust] }),
      422,
      'items.1.questionCode',
    );
    const res = await call(prov, 'PUT', ws('/decisions'), { items: [adjust] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'verification_administrative');
    const after = (await call(admin, 'GET', ws())).json();
    assert.equal(after.stageScores[0].stage, 'administrative');
    assert.equal(after.score.total, after.stageScores[0].total);
    assert.equal(
      after.answers.find((a: { questionCode: string }) => a.questionCode === 'A2').value,
      'A',
      'the answer is unchanged',
    );
    const audited = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'evaluation_decision'`,
    );
    assert.ok(audited >= 1);
  });

  test('the region replies to a comment before the stage closes; the close accepts the rest', async () => {
    const ret = await call(prov, 'POST', ws('/stages/administrative/return'));
    assert.equal(ret.statusCode, 200, ret.body);
    assert.equal(ret.json().questions, 1);
    assert.ok(ret.json().notified >= 1);
    assertField(
      await call(admin, 'POST', ws('/replies'), { stage: 'administrative', questionCode: 'B3', body: 'x' }),
      422,
      'questionCode',
    );
    assert.equal(
      (await call(prov, 'POST', ws('/replies'), { stage: 'administrative', questionCode: 'A2', body: 'x' }))
        .statusCode,
      403,
    );
    const reply = await call(admin, 'POST', ws('/replies'), {
      stage: 'administrative',
      questionCode: 'A2',
      body: 'Rencana aksi terlampir',
    });
    assert.equal(reply.statusCode, 201, reply.body);
    const version = (await call(prov, 'GET', ws())).json().version;
    assertField(await call(prov, 'POST', ws('/stages/administrative/close'), { version: 1 }), 409, 'version');
    assertField(await call(prov, 'POST', ws('/stages/field/close'), { version }), 409, 'stage');
    assert.equal(
      (await call(admin, 'POST', ws('/stages/administrative/close'), { version })).statusCode,
      403,
    );
    const closed = await call(prov, 'POST', ws('/stages/administrative/close'), { version });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'verification_field');
    assert.equal(closed.json().total, 50 - 10 + 4);
    const byClose = await countOf(
      t,
      sql`select count(*) from evaluation_decisions where by_close and stage = 'administrative'`,
    );
    assert.ok(byClose >= 4);
    assertField(
      await call(admin, 'POST', ws('/replies'), {
        stage: 'administrative',
        questionCode: 'A2',
        body: 'late',
      }),
      409,
      'stage',
    );
  });

  test('the field stage closes to final results with ranks, trend and the recaps', async () => {
    const version = (await call(prov, 'GET', ws())).json().version;
    const closed = await call(prov, 'POST', ws('/stages/field/close'), { version });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'final');
    const results = await call(admin, 'GET', ws('/results'));
    assert.equal(results.statusCode, 200, results.body);
    const r = results.json();
    assert.equal(r.selfTotal, 54);
    assert.equal(r.total, 44);
    assert.equal(r.tier, 'Utama');
    assert.deepEqual(r.rankInProvince, { rank: 1, of: 1 });
    assert.deepEqual(r.rankInNation, { rank: 1, of: 1 });
    assert.equal(r.byArea.find((a: { code: string }) => a.code === 'PELEMBAGAAN').self, 30);
    assert.deepEqual(
      r.trend.map((x: { year: number }) => x.year),
      [2025, 2026, 2027],
      'the demo years, then this one',
    );
    const recap = await call(prov, 'GET', `/api/regions/72/evaluation/recap?cycleId=${cycleId}`);
    assert.equal(recap.statusCode, 200, recap.body);
    const palu = recap.json().rows.find((x: { regionCode: string }) => x.regionCode === '72.71');
    assert.equal(palu.total, 44);
    assert.equal(palu.tier, 'Utama');
    assert.equal(palu.rank, 1);
    assert.ok(
      recap
        .json()
        .rows.some(
          (x: { regionCode: string; worksheetId: null }) =>
            x.regionCode === '72.03' && x.worksheetId === null,
        ),
    );
    for (const who of [donggala, admin, otherProv])
      assert.equal(
        (await call(who, 'GET', `/api/regions/72/evaluation/recap?cycleId=${cycleId}`)).statusCode,
        403,
      );
    assert.equal(
      (await call(prov, 'GET', `/api/regions/ID/evaluation/recap?cycleId=${cycleId}`)).statusCode,
      403,
    );
    const national = await call(sa, 'GET', `/api/regions/ID/evaluation/recap?cycleId=${cycleId}`);
    assert.equal(national.statusCode, 200);
    assert.ok(national.json().rows.length > 30);
    const told = await countOf(
      t,
      sql`select count(*) from notifications where kind = 'evaluation_stage_closed'`,
    );
    assert.ok(told >= 2);
  });

  test('exports: worksheet XLSX (formulas defused) and PDF, verification report, recap, evidence ZIP by question code', async () => {
    const xlsx = await call(admin, 'GET', ws('/export/xlsx'));
    assert.equal(xlsx.statusCode, 200, xlsx.body);
    assert.match(String(xlsx.headers['content-disposition']), /lembar-kerja-Kota-Palu/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const rows = wb.getWorksheet('Jawaban')!.getSheetValues() as unknown[][];
    const b3 = rows.find((r) => Array.isArray(r) && r[1] === 'B3')!;
    assert.equal(b3[4], `'=HYPERLINK("http://x")`, 'a formula-looking answer stays text');
    for (const path of ['/export/pdf', '/verification-report']) {
      const pdf = await call(prov, 'GET', ws(path));
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    }
    const zip = await call(admin, 'GET', ws('/evidence-zip'));
    assert.equal(zip.statusCode, 200, zip.body);
    const archive = await JSZip.loadAsync(zip.rawPayload);
    const names = Object.keys(archive.files);
    assert.ok(
      names.some((n) => n.startsWith('A1/') && n.endsWith('.png')),
      names.join(','),
    );
    assert.match(await archive.file('DAFTAR-BUKTI.txt')!.async('string'), /A1\tSK Pokja PUG 2026/);
    for (const kind of ['xlsx', 'pdf']) {
      const r = await call(prov, 'GET', `/api/regions/72/evaluation/recap/${kind}?cycleId=${cycleId}`);
      assert.equal(r.statusCode, 200, r.body);
    }
    assert.equal((await call(operator, 'GET', ws('/export/xlsx'))).statusCode, 403);
    assert.equal((await call(operator, 'GET', ws('/evidence-zip'))).statusCode, 403);
    assert.equal((await call(donggala, 'GET', ws('/export/pdf'))).statusCode, 404);
    assert.equal(
      (await call(admin, 'GET', `/api/regions/72/evaluation/recap/pdf?cycleId=${cycleId}`)).statusCode,
      403,
    );
  });

  test('answers outside the self-assessment window are refused', async () => {
    const res = await call(admin, 'POST', '/api/regions/72.71/evaluation', { cycleId: pastCycleId });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id;
    assertField(
      await call(admin, 'PUT', `/api/evaluation-worksheets/${id}/answers/A1`, { value: true }),
      409,
      'worksheet',
    );
    const detail = (await call(admin, 'GET', `/api/evaluation-worksheets/${id}`)).json();
    assert.equal(detail.can.answer, false);
    assert.equal(detail.can.submit, false);
  });
});
