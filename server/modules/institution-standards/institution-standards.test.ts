/**
 * Standards and standardisation dossiers end to end on the real app: the example standards,
 * import/export and versions, a dossier through every stage (frozen after submit, only the
 * criteria asked for editable), the registry's standing, the certificate and its public page,
 * expiry and its reminders, the board, and bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { institutionDossiers } from '../../db/schema-institution-standards.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { exampleStandardsSql } from './examples-sql.js';
import { remindExpiringStandards } from './reminders.js';
import {
  ACCOUNT_PASSWORD,
  caller,
  fillLplpp,
  insertInstitution,
  insertInstitutionAccount,
  LPLPP_EXAMPLE,
  uploadEvidence,
  type Call,
} from './test-helpers.js';
import { readFileSync } from 'node:fs';

/** The refusal names the field (its message is the server's text for the reader's language). */
function assertField(res: { json: () => { error: { fields?: Record<string, string> } } }, field: string) {
  const fields = res.json().error.fields ?? {};
  assert.ok(field in fields, `${field} not in ${JSON.stringify(fields)}`);
}

describe('institution standards', () => {
  let t: TestApp;
  let call: Call;
  let sa: string, admin: string, prov: string, reviewer: string, account: string, otherAccount: string;
  let instId: string, otherId: string;
  let dossierId: string;

  before(async () => {
    t = await createTestApp();
    call = caller(t);
    instId = await insertInstitution(t.database.db, {
      name: 'Perempuan Mandiri Palu',
      fields: ['ekonomi', 'hukum'],
    });
    otherId = await insertInstitution(t.database.db, { name: 'Lembaga Lain', fields: ['sosial'] });
    await insertInstitution(t.database.db, { name: 'Puspaga Kota', type: 'puspaga', fields: ['konseling'] });
    await insertInstitutionAccount(t.database.db, instId, 'lembaga.mandiri');
    await insertInstitutionAccount(t.database.db, otherId, 'lembaga.lain');
    [sa, admin, prov, reviewer] = await Promise.all(
      ['demo.superadmin', 'demo.admin', 'demo.provinsi', 'demo.reviewer'].map((u) => t.login(u)),
    );
    account = await t.login('lembaga.mandiri', ACCOUNT_PASSWORD);
    otherAccount = await t.login('lembaga.lain', ACCOUNT_PASSWORD);
  });
  after(() => t.close());

  test('the migration holds exactly the example standards of examples.ts', () => {
    const migration = readFileSync(
      new URL('../../db/migrations/0024_institution_standards.sql', import.meta.url),
      'utf8',
    );
    assert.ok(migration.includes(exampleStandardsSql()));
  });

  test('every database starts with the two examples, published and labelled', async () => {
    const res = await call(admin, 'GET', '/api/institution-standards');
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { code: string; example: boolean; status: string; name: string }[];
    assert.deepEqual(items.map((s) => s.code).sort(), ['LPLPP-CONTOH', 'PUSPAGA-CONTOH']);
    for (const s of items) {
      assert.equal(s.example, true);
      assert.equal(s.status, 'published');
      assert.match(s.name, /CONTOH — bukan standar resmi/);
    }
    const detail = (await call(admin, 'GET', `/api/institution-standards/${LPLPP_EXAMPLE.id}`)).json();
    assert.equal(detail.elements[0].code, 'STR', 'struktur organisasi first');
    assert.match(detail.sourceNote, /tidak dipublikasikan/);
  });

  test('import: superadmin only; problems name the codes; versions; export round-trips', async () => {
    const def = {
      code: 'UJI',
      name: 'Standar uji',
      institutionType: 'lplpp',
      sourceNote: 'Uji',
      validityMonths: 12,
      nationalReview: true,
      elements: [
        {
          code: 'A',
          name: 'Unsur A',
          weight: 1,
          criteria: [
            { code: 'A.1', text: '=HYPERLINK("http://x")', kind: 'yes_no', weight: 1 },
            { code: 'A.2', text: 'Skala', kind: 'scale', weight: 1, scaleMax: 5 },
          ],
        },
      ],
    };
    assert.equal((await call(admin, 'POST', '/api/institution-standards/import', def)).statusCode, 403);
    const bad = await call(sa, 'POST', '/api/institution-standards/import', {
      ...def,
      elements: [
        {
          ...def.elements[0],
          criteria: [...def.elements[0].criteria, { code: 'a.1', text: 'x', kind: 'number', weight: 1 }],
        },
      ],
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), [
      'elements.A.criteria.a.1.code',
      'elements.A.criteria.a.1.thresholds',
    ]);
    assert.match(bad.json().error.fields['elements.A.criteria.a.1.code'], /sudah dipakai/);
    const wrongType = await call(sa, 'POST', '/api/institution-standards/import', {
      ...def,
      elements: [{ ...def.elements[0], weight: 'berat' }],
    });
    assert.equal(wrongType.statusCode, 400);
    const unknownField = await call(sa, 'POST', '/api/institution-standards/import', { ...def, extra: 1 });
    assert.equal(unknownField.statusCode, 400);
    const created = await call(sa, 'POST', '/api/institution-standards/import', def);
    assert.equal(created.statusCode, 201, created.body);
    const { id, version } = created.json();
    assert.equal(version, 1);
    assert.equal(
      (await call(sa, 'POST', '/api/institution-standards/import', def)).statusCode,
      409,
      'one draft per code',
    );
    assert.equal(
      (await call(admin, 'GET', `/api/institution-standards/${id}`)).statusCode,
      404,
      'drafts are the superadmin’s',
    );
    assert.equal((await call(sa, 'POST', `/api/institution-standards/${id}/publish`)).statusCode, 200);
    assert.equal((await call(sa, 'POST', `/api/institution-standards/${id}/publish`)).statusCode, 409);
    const exported = await call(admin, 'GET', `/api/institution-standards/${id}/export`);
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.json().elements[0].criteria[0].text, '=HYPERLINK("http://x")', 'kept as text');
    const v2 = await call(sa, 'POST', `/api/institution-standards/${id}/new-version`);
    assert.equal(v2.statusCode, 201);
    assert.equal(v2.json().version, 2);
    assert.equal((await call(sa, 'POST', `/api/institution-standards/${id}/retire`)).statusCode, 200);
  });

  test('opening a dossier: own institution, published standard of its type, once per version', async () => {
    const puspaga = await call(account, 'POST', `/api/institutions/${instId}/dossiers`, {
      standardId: '70757370-6167-4000-8000-000000000001',
    });
    assert.equal(puspaga.statusCode, 422);
    assertField(puspaga, 'standardId');
    assert.equal(
      (
        await call(otherAccount, 'POST', `/api/institutions/${instId}/dossiers`, {
          standardId: LPLPP_EXAMPLE.id,
        })
      ).statusCode,
      404,
    );
    assert.equal(
      (await call(reviewer, 'POST', `/api/institutions/${instId}/dossiers`, { standardId: LPLPP_EXAMPLE.id }))
        .statusCode,
      403,
    );
    const res = await call(account, 'POST', `/api/institutions/${instId}/dossiers`, {
      standardId: LPLPP_EXAMPLE.id,
    });
    assert.equal(res.statusCode, 201, res.body);
    dossierId = res.json().id;
    assert.equal(res.json().stage, 'draft');
    assert.equal(res.json().standard.example, true);
    const again = await call(admin, 'POST', `/api/institutions/${instId}/dossiers`, {
      standardId: LPLPP_EXAMPLE.id,
    });
    assert.equal(again.statusCode, 409);
    assertField(again, 'standardId');
    const reg = await countOf(
      t,
      sql`select count(*) from institutions where id = ${instId} and standard_status = 'proses'`,
    );
    assert.equal(reg, 1, 'the registry shows the dossier in process');
  });

  test('answers: the kind decides the value; unknown codes, NUL, huge and stale are refused', async () => {
    const url = (code: string) => `/api/institution-dossiers/${dossierId}/answers/${code}`;
    const v = (await call(account, 'GET', `/api/institution-dossiers/${dossierId}`)).json().version;
    const wrong = await call(account, 'PUT', url('STR.1'), { version: v, value: 3 });
    assert.equal(wrong.statusCode, 422);
    assertField(wrong, 'value');
    const offScale = await call(account, 'PUT', url('STR.3'), { version: v, value: 7 });
    assertField(offScale, 'value');
    assert.equal((await call(account, 'PUT', url('NOPE.1'), { version: v, value: true })).statusCode, 404);
    assert.equal((await call(account, 'PUT', url('STR.1'), { version: v, value: 'ya' })).statusCode, 400);
    const nul = await call(account, 'PUT', url('STR.1'), { version: v, value: true, note: 'a\u0000b' });
    assert.equal(nul.statusCode, 400);
    assert.equal(
      (await call(account, 'PUT', url('STR.1'), { version: v, value: true, note: 'x'.repeat(5000) }))
        .statusCode,
      400,
    );
    const ok = await call(account, 'PUT', url('str.1'), { version: v, value: true, note: '=SUM(A1:A9)' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().answers[0].note, '=SUM(A1:A9)');
    const stale = await call(account, 'PUT', url('STR.2'), { version: v, value: true });
    assert.equal(stale.statusCode, 409);
    assertField(stale, 'version');
    assert.equal(
      (await call(otherAccount, 'GET', `/api/institution-dossiers/${dossierId}`)).statusCode,
      404,
      'another institution’s account does not see it',
    );
  });

  test('submit needs every answer and its evidence; then the dossier is frozen', async () => {
    const early = await call(account, 'POST', `/api/institution-dossiers/${dossierId}/submit`, {
      version: (await call(account, 'GET', `/api/institution-dossiers/${dossierId}`)).json().version,
    });
    assert.equal(early.statusCode, 422);
    assertField(early, 'STR.2');
    const version = await fillLplpp(t, account, dossierId);
    const before = await countOf(
      t,
      sql`select count(*) from notifications where kind = 'standard_dossier_to_review'`,
    );
    const sub = await call(account, 'POST', `/api/institution-dossiers/${dossierId}/submit`, { version });
    assert.equal(sub.statusCode, 200, sub.body);
    assert.equal(sub.json().stage, 'dp3a_review');
    assert.ok(sub.json().score.total > 99);
    assert.ok(
      (await countOf(t, sql`select count(*) from notifications where kind = 'standard_dossier_to_review'`)) >
        before,
      'DP3A told',
    );
    const frozen = await call(account, 'PUT', `/api/institution-dossiers/${dossierId}/answers/STR.2`, {
      version: sub.json().version,
      value: false,
    });
    assert.equal(frozen.statusCode, 409);
    assertField(frozen, 'STR.2');
    assert.equal((await uploadEvidence(t, account, dossierId, 'STR.1')).statusCode, 409);
  });

  test('DP3A reviews: a fix needs a comment; only the criteria asked for become editable; resubmit', async () => {
    const d = (await call(admin, 'GET', `/api/institution-dossiers/${dossierId}`)).json();
    assert.equal(d.can.review, true);
    const codes = d.answers.map((x: { criterionCode: string }) => x.criterionCode) as string[];
    const reviews = codes.map((code) => ({
      criterionCode: code,
      review: code === 'LEG.2' ? 'needs_fix' : 'accepted',
    }));
    const noComment = await call(admin, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
      version: d.version,
      reviews,
    });
    assert.equal(noComment.statusCode, 422);
    assertField(noComment, 'reviews.LEG.2.comment');
    const unknown = await call(admin, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
      version: d.version,
      reviews: [{ criterionCode: 'ZZ.9', review: 'accepted' }],
    });
    assertField(unknown, 'reviews.ZZ.9');
    assert.equal(
      (
        await call(account, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
          version: d.version,
          reviews,
        })
      ).statusCode,
      403,
      'the institution does not review itself',
    );
    assert.equal(
      (
        await call(prov, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
          version: d.version,
          reviews,
        })
      ).statusCode,
      403,
      'not the province’s stage yet',
    );
    const withComment = reviews.map((r) =>
      r.review === 'needs_fix' ? { ...r, comment: 'Lampirkan AD/ART' } : r,
    );
    const reviewed = await call(admin, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
      version: d.version,
      reviews: withComment,
    });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.equal(
      (
        await call(admin, 'POST', `/api/institution-dossiers/${dossierId}/forward`, {
          version: reviewed.json().version,
        })
      ).statusCode,
      409,
      'not forwarded with a fix outstanding',
    );
    const back = await call(admin, 'POST', `/api/institution-dossiers/${dossierId}/return`, {
      version: reviewed.json().version,
      note: 'Satu kriteria perlu diperbaiki',
    });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().stage, 'fixing');
    const mine = (await call(account, 'GET', `/api/institution-dossiers/${dossierId}`)).json();
    const editable = mine.answers
      .filter((x: { editable: boolean }) => x.editable)
      .map((x: { criterionCode: string }) => x.criterionCode);
    assert.deepEqual(editable, ['LEG.2']);
    const accepted = await call(account, 'PUT', `/api/institution-dossiers/${dossierId}/answers/STR.1`, {
      version: mine.version,
      value: false,
    });
    assert.equal(accepted.statusCode, 409, 'an accepted criterion stays frozen');
    const fixed = await call(account, 'PUT', `/api/institution-dossiers/${dossierId}/answers/LEG.2`, {
      version: mine.version,
      value: true,
      note: 'AD/ART terlampir',
    });
    assert.equal(fixed.statusCode, 200);
    const up = await uploadEvidence(t, account, dossierId, 'LEG.2');
    assert.equal(up.statusCode, 201, up.body);
    const re = await call(account, 'POST', `/api/institution-dossiers/${dossierId}/submit`, {
      version: fixed.json().version + 1,
    });
    assert.equal(re.statusCode, 200, re.body);
    assert.equal(re.json().stage, 'dp3a_review');
    assert.deepEqual(re.json().gaps.unreviewed, ['LEG.2'], 'only the fixed criterion is reviewed again');
  });

  test('forward to the province, which decides: terstandar with the default validity; registry and public page', async () => {
    let d = (await call(admin, 'GET', `/api/institution-dossiers/${dossierId}`)).json();
    d = (
      await call(admin, 'PUT', `/api/institution-dossiers/${dossierId}/reviews`, {
        version: d.version,
        reviews: [{ criterionCode: 'LEG.2', review: 'accepted' }],
      })
    ).json();
    const fwd = await call(admin, 'POST', `/api/institution-dossiers/${dossierId}/forward`, {
      version: d.version,
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    assert.equal(fwd.json().stage, 'province_review');
    assert.equal(
      (
        await call(admin, 'POST', `/api/institution-dossiers/${dossierId}/decide`, {
          version: fwd.json().version,
          outcome: 'terstandar',
          decisionNumber: '1/2026',
          decisionDate: '2026-12-01',
        })
      ).statusCode,
      403,
      'DP3A does not decide at the province stage',
    );
    const noNumber = await call(prov, 'POST', `/api/institution-dossiers/${dossierId}/decide`, {
      version: fwd.json().version,
      outcome: 'terstandar',
      decisionDate: '2026-12-01',
    });
    assertField(noNumber, 'decisionNumber');
    const badDate = await call(prov, 'POST', `/api/institution-dossiers/${dossierId}/decide`, {
      version: fwd.json().version,
      outcome: 'terstandar',
      decisionNumber: 'X',
      decisionDate: '2026-02-30',
    });
    assert.equal(badDate.statusCode, 400);
    const decided = await call(prov, 'POST', `/api/institution-dossiers/${dossierId}/decide`, {
      version: fwd.json().version,
      outcome: 'terstandar',
      decisionNumber: '463/12/DP3A/2026',
      decisionDate: '2026-12-01',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const body = decided.json();
    assert.equal(body.stage, 'decided');
    assert.equal(body.validUntil, '2029-11-30', '36 months of the example standard');
    assert.equal(body.standing, 'valid');
    assert.equal(body.can.certificate, true);
    const reg = await countOf(
      t,
      sql`select count(*) from institutions where id = ${instId} and standard_status = 'terstandar'
          and standard_valid_until = '2029-11-30' and standard_decision_number = '463/12/DP3A/2026'`,
    );
    assert.equal(reg, 1);
    const audit = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'institution_dossier' and entity_id = ${dossierId}`,
    );
    assert.ok(audit >= 5, 'every move audited');
    const pub = await t.app.inject({
      method: 'GET',
      url: `/api/public/institution-standards/${body.verificationCode}`,
    });
    assert.equal(pub.json().state, 'valid');
    assert.doesNotMatch(pub.body, /lembaga\.mandiri|Akun/, 'no personal data');
    const page = await t.app.inject({ method: 'GET', url: `/verifikasi-standar/${body.verificationCode}` });
    assert.match(page.body, /sah dan berlaku/);
    assert.match(page.body, /CONTOH — bukan standar resmi/);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/institution-standards/ZZZZ' });
    assert.equal(unknown.json().state, 'unknown');
    const pdf = await call(account, 'GET', `/api/institution-dossiers/${dossierId}/certificate`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.body.slice(0, 5), '%PDF-');
  });

  test('the board counts by stage and field; standardised only while in force', async () => {
    const res = await call(admin, 'GET', '/api/regions/72.71/institution-dossiers');
    assert.equal(res.statusCode, 200, res.body);
    const b = res.json();
    const mine = b.rows.find((r: { institution: { id: string } }) => r.institution.id === instId);
    assert.equal(mine.dossier.stage, 'decided');
    assert.equal(mine.dossier.standing, 'valid');
    assert.ok(b.standardised >= 1);
    const ekonomi = b.byField.find((f: { field: string }) => f.field === 'ekonomi');
    assert.ok(ekonomi.standardised >= 1);
    const none = (await call(admin, 'GET', '/api/regions/72.71/institution-dossiers?stage=none')).json();
    assert.ok(none.rows.every((r: { dossier: unknown }) => r.dossier === null));
    assert.equal((await call(account, 'GET', '/api/regions/72.71/institution-dossiers')).statusCode, 403);
    assert.equal(
      (await call(admin, 'GET', '/api/regions/72.71/institution-dossiers?field=nope')).statusCode,
      400,
    );
  });

  test('expiry: reminders 90 and 30 days before, once each; expired everywhere after', async () => {
    const db = t.database.db;
    const setValid = (d: string) =>
      db.execute(sql`update ${institutionDossiers} set valid_until = ${d} where id = ${dossierId}`);
    await setValid('2027-03-01');
    const now = new Date('2026-12-15T02:00:00Z');
    const first = await remindExpiringStandards(db, now);
    assert.ok(first >= 2, 'the account and DP3A');
    assert.equal(await remindExpiringStandards(db, now), 0, 'never twice');
    assert.equal((await remindExpiringStandards(db, new Date('2027-02-01T02:00:00Z'))) > 0, true, '30 days');
    assert.equal(await remindExpiringStandards(db, new Date('2027-02-02T02:00:00Z')), 0);
    await setValid('2026-01-01');
    await db.execute(sql`update institutions set standard_valid_until = '2026-01-01' where id = ${instId}`);
    const code = (await call(admin, 'GET', `/api/institution-dossiers/${dossierId}`)).json().verificationCode;
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/api/public/institution-standards/${code}` })).json().state,
      'expired',
    );
    const b = (await call(admin, 'GET', '/api/regions/72.71/institution-dossiers')).json();
    const mine = b.rows.find((r: { institution: { id: string } }) => r.institution.id === instId);
    assert.equal(mine.dossier.standing, 'expired');
    const d = (await call(account, 'GET', `/api/institution-dossiers/${dossierId}`)).json();
    assert.equal(d.can.reopen, true, 'a lapsed standardisation may start a new round');
    const reopened = await call(account, 'POST', `/api/institution-dossiers/${dossierId}/reopen`, {
      version: d.version,
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal(reopened.json().stage, 'draft');
    assert.equal(reopened.json().round, 2);
  });
});
