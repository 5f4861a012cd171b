/**
 * Training records through the real app (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * participants merged across days, scores from the grid with their refusals, settings,
 * issuing with gap-free numbers (also concurrently), revoking, the files, and the public page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { client } from '../monev/test-helpers.js';
import { meetings } from '../../db/schema-meetings.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createMeeting, SETTINGS } from './test-helpers.js';

describe('training records', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let api: ReturnType<typeof client>;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
  });
  after(() => t.close());

  test('participants are the attendees, one per person across days, with the summary by sex', async () => {
    const { meeting, participantIds } = await createMeeting(t.database.db);
    const res = await api.get(`/api/meetings/${meeting.id}/training`, reviewer);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.eligible, true);
    assert.equal(body.canManage, false);
    assert.equal(body.participants.length, 3);
    const siti = body.participants.find((p: { id: string }) => p.id === participantIds[0]);
    assert.deepEqual(siti.days, ['2025-03-10', '2025-03-11']);
    assert.equal(siti.pre, null);
    assert.equal(body.summary.P.participants, 2);
    assert.equal(body.summary.L.participants, 1);
    assert.equal(body.summary.total.meanImprovement, null);
    assert.equal(body.settings, null);
    assert.equal(body.suggested.numberPattern, '{seq:3}/SERT-BIMTEK/{org}/{year}');
    assert.equal(body.suggested.issueDate, '2025-03-11');
    assert.ok(!JSON.stringify(body).includes('081234560001'), 'no phone number in the answer');
  });

  test('scores from the grid: saved, improvement by sex, missing ones counted; bad rows refused by field', async () => {
    const {
      meeting,
      participantIds: [siti, nur, andi],
    } = await createMeeting(t.database.db);
    const url = `/api/meetings/${meeting.id}/training/scores`;
    const ok = await api.put(url, admin, {
      scores: [
        { participantId: siti, pre: 60, post: 85.5 },
        { participantId: nur, pre: 70, post: null },
        { participantId: andi, pre: 50, post: 80 },
      ],
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const body = ok.json();
    assert.equal(body.participants.find((p: { id: string }) => p.id === siti).improvement, 25.5);
    assert.equal(body.summary.P.complete, 1);
    assert.equal(body.summary.P.missingPost, 1);
    assert.equal(body.summary.P.meanPre, 65);
    assert.equal(body.summary.L.meanImprovement, 30);

    const refused = async (payload: unknown, field: string, status = 400) => {
      const res = await api.put(url, admin, payload);
      assert.equal(res.statusCode, status, res.body);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    };
    await refused({ scores: [{ participantId: siti, pre: 101, post: 50 }] }, 'scores.0.pre');
    await refused({ scores: [{ participantId: siti, pre: -1, post: 50 }] }, 'scores.0.pre');
    await refused({ scores: [{ participantId: siti, pre: '80', post: 50 }] }, 'scores.0.pre');
    await refused({ scores: [{ participantId: siti, pre: 80.123, post: 50 }] }, 'scores.0.pre', 422);
    await refused(
      { scores: [{ participantId: 'f'.repeat(32), pre: 80, post: 50 }] },
      'scores.0.participantId',
      422,
    );
    await refused(
      {
        scores: [
          { participantId: siti, pre: 80, post: 50 },
          { participantId: siti, pre: 81, post: 50 },
        ],
      },
      'scores.1.participantId',
      422,
    );
    await refused({ scores: [{ participantId: 'siti\u0000', pre: 80, post: 50 }] }, 'scores.0.participantId');
    await refused(
      { scores: Array.from({ length: 2001 }, () => ({ participantId: siti, pre: 1, post: 1 })) },
      'scores',
    );
    // Nothing of the refused requests was stored.
    const after = (await api.get(`/api/meetings/${meeting.id}/training`, admin)).json();
    assert.equal(after.participants.find((p: { id: string }) => p.id === siti).pre, 60);
    // A reader may not write.
    assert.equal(
      (await api.put(url, reviewer, { scores: [{ participantId: siti, pre: 1, post: 2 }] })).statusCode,
      403,
    );
  });

  test('an event that is neither a Bimtek nor has lesson hours keeps no scores', async () => {
    const { meeting, participantIds } = await createMeeting(t.database.db, {
      kind: 'rakor',
      trainingHours: null,
    });
    const get = await api.get(`/api/meetings/${meeting.id}/training`, admin);
    assert.equal(get.json().eligible, false);
    const res = await api.put(`/api/meetings/${meeting.id}/training/scores`, admin, {
      scores: [{ participantId: participantIds[0], pre: 1, post: 2 }],
    });
    assert.equal(res.statusCode, 422);
    assert.ok(res.json().error.fields.kind);
  });

  test('settings: the number pattern and the NIP are checked, by field', async () => {
    const { meeting } = await createMeeting(t.database.db);
    const url = `/api/meetings/${meeting.id}/training/settings`;
    const bad = async (patch: object, field: string, status: number) => {
      const res = await api.put(url, admin, { ...SETTINGS, ...patch });
      assert.equal(res.statusCode, status, res.body);
      assert.ok(res.json().error.fields[field], res.body);
    };
    await bad({ numberPattern: 'SERT/{year}' }, 'numberPattern', 422);
    await bad({ numberPattern: '{seq}/SERT' }, 'numberPattern', 422);
    await bad({ numberPattern: '{seq}/{tahun}/{year}' }, 'numberPattern', 422);
    await bad({ orgCode: '' }, 'orgCode', 422);
    await bad({ signatoryNip: '1234' }, 'signatoryNip', 400);
    await bad({ signatoryName: '' }, 'signatoryName', 400);
    await bad({ issueDate: '2025-02-30' }, 'issueDate', 400);
    await bad({ signatoryName: 'x'.repeat(300) }, 'signatoryName', 400);
    const ok = await api.put(url, admin, SETTINGS);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().numberPattern, SETTINGS.numberPattern);
  });

  test('issuing: settings and hours first, numbers per region and year, one valid certificate each, revoke', async () => {
    const { meeting, participantIds } = await createMeeting(t.database.db, { days: ['2026-05-04'] });
    const base = `/api/meetings/${meeting.id}`;
    const first = await api.post(`${base}/certificates`, admin, {});
    assert.equal(first.statusCode, 422);
    assert.ok(first.json().error.fields.settings);
    await api.put(`${base}/training/settings`, admin, { ...SETTINGS, issueDate: '2026-05-04' });
    const issued = await api.post(`${base}/certificates`, admin, {});
    assert.equal(issued.statusCode, 200, issued.body);
    const certs = issued.json().issued;
    assert.deepEqual(
      certs.map((c: { number: string }) => c.number),
      ['001/SERT-BIMTEK/DP3A/2026', '002/SERT-BIMTEK/DP3A/2026', '003/SERT-BIMTEK/DP3A/2026'],
    );
    for (const c of certs) assert.match(c.verificationCode, /^[0-9A-HJKMNP-TV-Z]{16}$/);
    assert.equal(new Set(certs.map((c: { verificationCode: string }) => c.verificationCode)).size, 3);
    // Everyone holds one: issuing again gives nothing; naming a holder is a conflict.
    assert.deepEqual((await api.post(`${base}/certificates`, admin, {})).json().issued, []);
    const again = await api.post(`${base}/certificates`, admin, { participantIds: [participantIds[0]] });
    assert.equal(again.statusCode, 409);
    // Revoked: the public page says so; a new certificate takes the next number.
    const target = certs[0];
    const revoke = await api.post(`${base}/certificates/${target.id}/revoke`, admin, {
      reason: 'Nama salah tulis',
    });
    assert.equal(revoke.statusCode, 200, revoke.body);
    assert.equal(
      (await api.post(`${base}/certificates/${target.id}/revoke`, admin, { reason: 'x' })).statusCode,
      409,
    );
    const pub = await t.app.inject({ url: `/api/public/certificates/${target.verificationCode}` });
    assert.equal(pub.json().state, 'revoked');
    const reissue = await api.post(`${base}/certificates`, admin, { participantIds: [target.participantId] });
    assert.equal(reissue.json().issued[0].number, '004/SERT-BIMTEK/DP3A/2026');
    // A meeting without lesson hours cannot print them.
    const noHours = await createMeeting(t.database.db, { trainingHours: null });
    await api.put(`/api/meetings/${noHours.meeting.id}/training/settings`, admin, SETTINGS);
    const refused = await api.post(`/api/meetings/${noHours.meeting.id}/certificates`, admin, {});
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.json().error.fields.trainingHours);
  });

  test('concurrent issues of several meetings in one region and year share one sequence without gaps', async () => {
    const made = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        createMeeting(t.database.db, { title: `Bimtek paralel ${i}`, days: ['2027-02-01'] }),
      ),
    );
    for (const { meeting } of made) {
      await api.put(`/api/meetings/${meeting.id}/training/settings`, admin, {
        ...SETTINGS,
        numberPattern: '{seq}/SERT/{year}',
        issueDate: '2027-02-01',
      });
    }
    const results = await Promise.all(
      made.map(({ meeting }) => api.post(`/api/meetings/${meeting.id}/certificates`, admin, {})),
    );
    for (const r of results) assert.equal(r.statusCode, 200, r.body);
    const numbers = results.flatMap((r) => r.json().issued.map((c: { number: string }) => c.number));
    const seqs = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  test('files: one certificate, all in one PDF, a ZIP of one PDF each', async () => {
    const { meeting } = await createMeeting(t.database.db, { days: ['2025-08-12', '2025-08-13'] });
    const base = `/api/meetings/${meeting.id}`;
    const none = await api.get(`${base}/certificates.pdf`, admin);
    assert.equal(none.statusCode, 422);
    await api.put(`${base}/training/settings`, admin, {
      ...SETTINGS,
      numberPattern: 'B-{seq}/{romawi}/{year}',
    });
    const certs = (await api.post(`${base}/certificates`, admin, {})).json().issued;
    const one = await api.get(`${base}/certificates/${certs[0].id}/pdf`, reviewer);
    assert.equal(one.statusCode, 200, one.body);
    assert.equal(one.headers['content-type'], 'application/pdf');
    assert.equal(one.rawPayload.subarray(0, 5).toString(), '%PDF-');
    // What the certificate says: the holder, the number, the event, its hours, the signatory.
    const text = (await pdf(one.rawPayload)).text.replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA PALU',
      'SERTIFIKAT',
      `Nomor: ${certs[0].number}`,
      certs[0].fullName,
      'Bimtek PPRG bagi perencana OPD',
      '12–13 Agustus 2025',
      '16 (enam belas) jam pelajaran',
      'Palu, 11 Maret 2025',
      SETTINGS.signatoryName,
      `NIP. ${SETTINGS.signatoryNip}`,
      'Pindai untuk memeriksa keaslian',
    ])
      assert.ok(text.includes(expected), `${expected} in ${text}`);
    const all = await api.get(`${base}/certificates.pdf`, admin);
    assert.equal(all.statusCode, 200);
    assert.equal(all.headers['x-certificate-count'], '3');
    assert.equal((all.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, 3);
    const zip = await api.get(`${base}/certificates.zip`, admin);
    assert.equal(zip.statusCode, 200, zip.body);
    assert.equal(zip.headers['content-type'], 'application/zip');
    const entries = Object.keys((await JSZip.loadAsync(zip.rawPayload)).files);
    assert.equal(entries.length, 3);
    assert.ok(entries.every((e) => e.endsWith('.pdf')));
  });

  test('the public verification page and API show only what the certificate shows', async () => {
    const { meeting } = await createMeeting(t.database.db, {
      title: 'Bimtek <script>alert(1)</script> Gender',
      days: ['2025-09-01'],
    });
    const base = `/api/meetings/${meeting.id}`;
    await api.put(`${base}/training/settings`, admin, SETTINGS);
    await api.put(`${base}/training/scores`, admin, {
      scores: [
        {
          participantId: (await api.get(`${base}/training`, admin)).json().participants[0].id,
          pre: 11,
          post: 99,
        },
      ],
    });
    const [cert] = (await api.post(`${base}/certificates`, admin, {})).json().issued;
    const res = await t.app.inject({ url: `/api/public/certificates/${cert.verificationCode}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.state, 'valid');
    assert.deepEqual(Object.keys(body.certificate).sort(), [
      'endsOn',
      'eventTitle',
      'fullName',
      'issuedAt',
      'number',
      'regionName',
      'revokedAt',
      'startsOn',
      'trainingHours',
    ]);
    assert.equal(body.certificate.regionName, 'Kota Palu');
    assert.ok(!res.body.includes('0812'));
    const page = await t.app.inject({ url: `/sertifikat/${cert.verificationCode.toLowerCase()}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.ok(page.body.includes('Sertifikat sah'));
    assert.ok(page.body.includes(cert.number));
    assert.ok(!page.body.includes('<script>alert'), 'the title is escaped');
    assert.ok(!/\b99\b/.test(page.body.replace(cert.number, '')), 'no score on the page');
    const unknown = await t.app.inject({ url: '/sertifikat/0000000000000000' });
    assert.ok(unknown.body.includes('Sertifikat tidak dikenal'));
    assert.equal((await t.app.inject({ url: '/api/public/certificates/nonsense' })).json().state, 'unknown');
    assert.equal(
      (await t.app.inject({ url: `/api/public/certificates/${'A'.repeat(100)}` })).statusCode,
      400,
    );
    assert.equal((await t.app.inject({ url: '/api/public/certificates/AB%00CD' })).statusCode, 400);

    // The event is deleted, its certificates with it: the code now reads as withdrawn, not as
    // unknown (a forgery), and nothing about the holder is left to show.
    await t.database.db.delete(meetings).where(eq(meetings.id, meeting.id));
    const gone = await t.app.inject({ url: `/api/public/certificates/${cert.verificationCode}` });
    assert.equal(gone.statusCode, 200, gone.body);
    assert.deepEqual(gone.json(), { state: 'withdrawn', certificate: null });
    const gonePage = await t.app.inject({ url: `/sertifikat/${cert.verificationCode}` });
    assert.ok(gonePage.body.includes('Sertifikat telah ditarik'), gonePage.body);
    assert.ok(!gonePage.body.includes(body.certificate.fullName), 'no name on the page');
    assert.ok(!gonePage.body.includes(cert.number), 'no number either');
  });

  test('the verification page is rate-limited per address', async () => {
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) {
      last = (await t.app.inject({ url: '/sertifikat/0000000000000001', remoteAddress: '203.0.113.9' }))
        .statusCode;
    }
    assert.equal(last, 429);
  });
});
