/**
 * Staff (ASN) trained in PUG/PPRG on a real app (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * the form per region and per OPD, the import (bad rows named by row and column, nothing
 * partial stored), the figure per region and OPD with the year's Bimtek certificates beside it,
 * and who may write.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { meetings } from '../../db/schema-meetings.js';
import { trainingCertificates } from '../../db/schema-training.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const BASE = '/api/regions/72.71/kelembagaan';
const ORIGIN = 'http://localhost:80';

function multipart(fileName: string, body: string) {
  const boundary = '----setara-staff-training';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(body),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

interface StaffFigure {
  staff: number;
  trained: number;
  share: number | null;
}
interface Figures {
  staffTraining: StaffFigure | null;
  certificates: number;
  training: { focalPoints: number };
  perOpd: { opdId: string; staffTraining: StaffFigure | null; certificates: number }[];
}

describe('kelembagaan: staff trained in PUG/PPRG', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let opds: Map<string, string>;
  const call = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, payload: payload as never });
  const upload = (cookie: string, fileName: string, body: string) => {
    const file = multipart(fileName, body);
    return t.app.inject({
      method: 'POST',
      url: `${BASE}/staff-training/import`,
      headers: { cookie, origin: ORIGIN, ...file.headers },
      payload: file.payload,
    });
  };
  const figures = async (year: number) =>
    (await call('GET', `${BASE}/figures?year=${year}`, operator)).json() as Figures;

  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    opds = await demoOpdIdsByShortName(t, admin);
  });
  after(() => t.close());

  test('the form: per OPD and for the region; incomplete, over-staff and foreign OPD refused', async () => {
    const dinkes = opds.get('Dinkes')!;
    const put = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: dinkes,
      staff: 80,
      trained: 20,
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().rows, [
      { opdId: dinkes, opdName: put.json().rows[0].opdName, staff: 80, trained: 20 },
    ]);
    assert.equal(put.json().canManage, true);

    const over = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: dinkes,
      staff: 10,
      trained: 11,
    });
    assert.equal(over.statusCode, 422);
    assert.ok(over.json().error.fields.trained);
    const half = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: null,
      staff: 10,
      trained: null,
    });
    assert.equal(half.statusCode, 422);
    assert.ok(half.json().error.fields.trained);
    const negative = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: null,
      staff: -1,
      trained: 0,
    });
    assert.equal(negative.statusCode, 400);
    assert.ok(negative.json().error.fields.staff);
    const foreign = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: '00000000-0000-4000-8000-000000000000',
      staff: 1,
      trained: 0,
    });
    assert.equal(foreign.statusCode, 422);
    assert.ok(foreign.json().error.fields.opdId);
    const byOperator = await call('PUT', `${BASE}/staff-training`, operator, {
      year: 2031,
      opdId: null,
      staff: 1,
      trained: 0,
    });
    assert.equal(byOperator.statusCode, 403);
    // Nothing refused changed what was stored.
    const stored = (await call('GET', `${BASE}/staff-training?year=2031`, operator)).json();
    assert.deepEqual(
      stored.rows.map((r: { staff: number; trained: number }) => [r.staff, r.trained]),
      [[80, 20]],
    );
    assert.equal(stored.canManage, false);

    // Only OPD rows: the region's figure is their sum.
    let f = await figures(2031);
    assert.deepEqual(f.staffTraining, { staff: 80, trained: 20, share: 25 });
    assert.deepEqual(f.perOpd.find((o) => o.opdId === dinkes)!.staffTraining, {
      staff: 80,
      trained: 20,
      share: 25,
    });
    assert.equal(f.perOpd.find((o) => o.opdId === opds.get('Bapperida'))!.staffTraining, null);
    // The region's own row wins over the sum.
    const own = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: null,
      staff: 1200,
      trained: 300,
    });
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().rows[0].opdId, null);
    f = await figures(2031);
    assert.deepEqual(f.staffTraining, { staff: 1200, trained: 300, share: 25 });
    // Both null clears the scope.
    const cleared = await call('PUT', `${BASE}/staff-training`, admin, {
      year: 2031,
      opdId: null,
      staff: null,
      trained: null,
    });
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.equal(cleared.json().rows.length, 1);
    assert.deepEqual((await figures(2031)).staffTraining, { staff: 80, trained: 20, share: 25 });
  });

  test('the import: a bad row names row and column and stores nothing; a good file replaces scopes', async () => {
    const bad = await upload(
      admin,
      'asn.csv',
      'tahun;opd;jumlah_asn;terlatih\n2032;;500;100\n2032;Dinas Entah;40;4\n2032;Dinkes;30;x\n2032;Bapperida;10;12\n1999;Dinsos;5;1\n',
    );
    assert.equal(bad.statusCode, 422, bad.body);
    const fields = bad.json().error.fields;
    assert.ok(fields['rows.3.opd']);
    assert.ok(fields['rows.4.terlatih']);
    assert.ok(fields['rows.5.terlatih']);
    assert.ok(fields['rows.6.tahun']);
    assert.equal(fields['rows.2.jumlah_asn'], undefined);
    assert.equal((await call('GET', `${BASE}/staff-training?year=2032`, admin)).json().rows.length, 0);

    const missing = await upload(admin, 'asn.csv', 'tahun;opd;terlatih\n2032;;1\n');
    assert.equal(missing.statusCode, 422);
    assert.ok(missing.json().error.fields['columns.jumlah_asn']);
    const twice = await upload(
      admin,
      'asn.csv',
      'tahun;opd;jumlah_asn;terlatih\n2032;Dinkes;30;3\n2032;dinkes;31;3\n',
    );
    assert.equal(twice.statusCode, 422);
    assert.ok(twice.json().error.fields['rows.3.opd']);
    assert.equal((await call('GET', `${BASE}/staff-training?year=2032`, admin)).json().rows.length, 0);

    assert.equal(
      (await upload(operator, 'asn.csv', 'tahun;jumlah_asn;terlatih\n2032;5;1\n')).statusCode,
      403,
    );

    const good = await upload(
      admin,
      'asn.csv',
      'tahun;opd;jumlah_asn;terlatih\n2032;Dinkes;40;10\n2032;Bapperida;60;30\n2033;;900;90\n',
    );
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { year: 2033, rows: 3 });
    const f = await figures(2032);
    assert.deepEqual(f.staffTraining, { staff: 100, trained: 40, share: 40 });
    assert.equal(f.perOpd.find((o) => o.opdId === opds.get('Bapperida'))!.staffTraining!.share, 50);
    assert.deepEqual((await figures(2033)).staffTraining, { staff: 900, trained: 90, share: 10 });
    // The focal-point figure other modules read is still there beside it.
    assert.equal(typeof f.training.focalPoints, 'number');
  });

  test("the year's valid Bimtek certificates are counted beside the figure, per OPD by printed institution", async () => {
    const db = t.database.db;
    const [meeting] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.regionCode, '72.71'))
      .limit(1);
    assert.ok(meeting, 'the demo region has a meeting');
    const cert = (i: number, institution: string, revoked = false) => ({
      regionCode: '72.71',
      meetingId: meeting.id,
      participantKey: `staff-training-test-${i}`,
      fullName: `Peserta ${i}`,
      sex: 'P' as const,
      institution,
      year: 2034,
      seq: 9000 + i,
      number: `TEST-${i}/2034`,
      verificationCode: `staff-training-test-code-${i}`,
      revokedAt: revoked ? new Date() : null,
    });
    await db
      .insert(trainingCertificates)
      .values([
        cert(1, 'Dinkes'),
        cert(2, '  dinkes '),
        cert(3, 'Dinkes', true),
        cert(4, 'Universitas Tadulako'),
      ]);
    const f = await figures(2034);
    assert.equal(f.certificates, 3);
    assert.equal(f.perOpd.find((o) => o.opdId === opds.get('Dinkes'))!.certificates, 2);
    assert.equal(f.perOpd.find((o) => o.opdId === opds.get('Bapperida'))!.certificates, 0);
    assert.equal((await figures(2035)).certificates, 0);
  });
});
