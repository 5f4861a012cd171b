import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, opd } from '../../db/schema.js';
import { opdSignatories, regionLetterheads } from '../../db/schema-planning.js';
import { removeDemo } from '../../db/seed/demo.js';
import { DEMO_SIGNATORIES } from '../../db/seed/demo-letterhead.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TINY_PNG } from './letterhead.test-data.js';
import { LOGO_MAX_BYTES, sniffLogo } from './logo.js';
import { defaultGovernmentName, placeOf } from './service.js';

const ORIGIN = 'http://localhost:80';
const URL = '/api/regions/72.71/letterhead';
/** The head of a baseline JPEG: SOI, APP0 (JFIF), SOF0 of 40×20. */
const JPEG_HEAD = Buffer.from(
  'ffd8ffe000104a46494600010100000100010000ffc0000b080014002801011100ffd9',
  'hex',
);

function multipart(fileName: string, content: Buffer) {
  const boundary = '----setaraLogoBoundary';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: ORIGIN },
  };
}

describe('letterhead and signatory', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let reviewer: string;
  let superadmin: string;
  const opdIds = new Map<string, string>();
  before(async () => {
    t = await createTestApp();
    [admin, operator, reviewer, superadmin] = await Promise.all(
      ['demo.admin', 'demo.operator', 'demo.reviewer', 'demo.superadmin'].map((u) => t.login(u)),
    );
    const rows = await t.database.db.select().from(opd).where(eq(opd.regionCode, '72.71'));
    for (const r of rows) opdIds.set(r.shortName, r.id);
  });
  after(() => t.close());

  const get = (url: string, cookie: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { cookie, ...headers } });
  const put = (url: string, cookie: string, payload: object) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie, origin: ORIGIN }, payload });
  const upload = (cookie: string, name: string, content: Buffer) => {
    const body = multipart(name, content);
    return t.app.inject({
      method: 'PUT',
      url: `${URL}/logo`,
      payload: body.payload,
      headers: { ...body.headers, cookie },
    });
  };

  test('the demo letterhead is served to every reader of the region', async () => {
    const res = await get(URL, operator);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.governmentName, 'PEMERINTAH KOTA PALU');
    assert.equal(body.place, 'Palu');
    assert.equal(body.hasLogo, false);
    assert.equal(body.isDemo, true);
    assert.equal(body.isDefault, false);
    assert.equal((await get('/api/regions/72.01/letterhead', admin)).statusCode, 403);
  });

  test('a region without one gets a default from its name', async () => {
    const res = await get('/api/regions/72.01/letterhead', superadmin);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      { ...(res.json() as object), updatedAt: null },
      {
        regionCode: '72.01',
        governmentName: 'PEMERINTAH KABUPATEN BANGGAI',
        address: '',
        contact: '',
        place: 'Banggai',
        hasLogo: false,
        isDefault: true,
        isDemo: false,
        updatedAt: null,
      },
    );
    assert.equal(placeOf('Kota Administrasi Jakarta Pusat'), 'Jakarta Pusat');
    assert.equal(
      defaultGovernmentName({ name: 'Sulawesi Tengah', level: 'provinsi' }),
      'PEMERINTAH PROVINSI SULAWESI TENGAH',
    );
  });

  test('admin daerah sets it (audited); others may not; bad input names the field', async () => {
    const input = {
      governmentName: 'PEMERINTAH KOTA PALU',
      address: 'Jl. Contoh No. 2, Palu',
      contact: 'Telp. (0451) 123456',
      place: 'Palu',
    };
    for (const cookie of [operator, reviewer]) assert.equal((await put(URL, cookie, input)).statusCode, 403);
    const res = await put(URL, admin, input);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().address, 'Jl. Contoh No. 2, Palu');
    assert.equal(res.json().isDemo, false, 'saving over the demo makes it the region’s own');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'letterhead'), eq(auditLog.entityId, '72.71')));
    assert.equal(audit.length, 1);
    assert.equal(audit[0].action, 'update');

    const bad = await put(URL, admin, { ...input, governmentName: ' ', place: '' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.governmentName);
    assert.ok(bad.json().error.fields.place);
    assert.equal((await put(URL, admin, { ...input, logo: 'x' })).statusCode, 400);
  });

  test('logo: PNG or JPEG by their bytes, at most 512 KB, cached, removable', async () => {
    assert.equal((await get(`${URL}/logo`, admin)).statusCode, 404);
    assert.equal((await upload(operator, 'logo.png', TINY_PNG)).statusCode, 403);

    const gif = await upload(admin, 'logo.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    assert.equal(gif.statusCode, 422);
    assert.equal(gif.json().error.fields.file, 'Logo harus berupa gambar PNG atau JPEG.');
    assert.equal((await upload(admin, 'logo.jpg', Buffer.from('not a picture'))).statusCode, 422);
    const big = await upload(admin, 'logo.png', Buffer.concat([TINY_PNG, Buffer.alloc(LOGO_MAX_BYTES)]));
    assert.equal(big.statusCode, 413);
    assert.match(big.json().error.message, /512 KB/);
    const none = await t.app.inject({
      method: 'PUT',
      url: `${URL}/logo`,
      payload: '------b\r\nContent-Disposition: form-data; name="x"\r\n\r\ny\r\n------b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=----b', origin: ORIGIN, cookie: admin },
    });
    assert.equal(none.statusCode, 422);

    const ok = await upload(admin, 'kop.png', TINY_PNG);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().hasLogo, true);
    const image = await get(`${URL}/logo`, reviewer);
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/png');
    assert.match(String(image.headers['cache-control']), /private, max-age=\d+/);
    assert.deepEqual(image.rawPayload, TINY_PNG);
    const again = await get(`${URL}/logo`, reviewer, { 'if-none-match': String(image.headers.etag) });
    assert.equal(again.statusCode, 304);

    const jpeg = await upload(admin, 'kop.jpg', JPEG_HEAD);
    assert.equal(jpeg.statusCode, 200, jpeg.body);
    assert.equal((await get(`${URL}/logo`, admin)).headers['content-type'], 'image/jpeg');

    const del = await t.app.inject({
      method: 'DELETE',
      url: `${URL}/logo`,
      headers: { cookie: admin, origin: ORIGIN },
    });
    assert.equal(del.statusCode, 200);
    assert.equal(del.json().hasLogo, false);
    assert.equal((await get(`${URL}/logo`, admin)).statusCode, 404);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'letterhead'));
    assert.ok(!JSON.stringify(audit.after).includes('iVBOR'), 'the audit keeps a summary, not the picture');
  });

  test('logo sniffing reads sizes and refuses look-alikes', () => {
    assert.deepEqual(sniffLogo(TINY_PNG), { mime: 'image/png', width: 1, height: 1 });
    assert.deepEqual(sniffLogo(JPEG_HEAD), { mime: 'image/jpeg', width: 40, height: 20 });
    assert.equal(sniffLogo(TINY_PNG.subarray(0, 20)), null);
    assert.equal(sniffLogo(Buffer.from('ffd8ffd9', 'hex')), null);
    assert.equal(sniffLogo(Buffer.alloc(0)), null);
  });

  test('signatory: the demo head of Dinkes; operators read and set only their own OPD', async () => {
    const dinkes = opdIds.get('Dinkes')!;
    const dp3a = opdIds.get('DP3A')!;
    const res = await get(`/api/opd/${dinkes}/signatory`, operator);
    assert.equal(res.statusCode, 200, res.body);
    const demo = DEMO_SIGNATORIES.find((s) => s.opdShortName === 'Dinkes')!;
    assert.equal(res.json().name, demo.name);
    assert.equal(res.json().nip, demo.nip);
    assert.equal((await get(`/api/opd/${dp3a}/signatory`, operator)).statusCode, 403);
    assert.equal((await get(`/api/opd/${dp3a}/signatory`, reviewer)).statusCode, 200);

    const input = {
      name: 'dr. Contoh Saja',
      nip: '19800101 200501 2 001',
      position: '',
      rank: 'Pembina (IV/a)',
    };
    const saved = await put(`/api/opd/${dinkes}/signatory`, operator, input);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().nip, '198001012005012001', 'spaces are dropped');
    assert.equal(saved.json().position, 'Kepala Dinas Kesehatan', 'no title saved: the default');
    assert.equal((await put(`/api/opd/${dp3a}/signatory`, operator, input)).statusCode, 403);
    assert.equal((await put(`/api/opd/${dinkes}/signatory`, reviewer, input)).statusCode, 403);
    assert.equal((await put(`/api/opd/${dp3a}/signatory`, admin, input)).statusCode, 200);

    for (const nip of ['12345', '19800101200501200A', '1980010120050120011']) {
      const bad = await put(`/api/opd/${dinkes}/signatory`, operator, { ...input, nip });
      assert.equal(bad.statusCode, 400, nip);
      assert.equal(bad.json().error.fields.nip, 'NIP harus 18 angka tanpa spasi.');
    }
    assert.equal(
      (await put(`/api/opd/${dinkes}/signatory`, operator, { ...input, nip: '' })).statusCode,
      200,
    );

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'opd_signatory'));
    assert.equal(audit.length, 3);
  });

  test('an OPD without a signatory answers the default title; unknown OPD is 404', async () => {
    const res = await get(`/api/opd/${opdIds.get('Dinsos')}/signatory`, admin);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().isSet, false);
    assert.equal(res.json().position, 'Kepala Dinas Sosial');
    assert.equal(res.json().name, '');
    assert.equal(
      (await get('/api/opd/00000000-0000-4000-8000-000000000000/signatory', admin)).statusCode,
      404,
    );
  });
});

describe('demo letterhead removal', () => {
  test('removing the demo takes its letterhead and untouched signatories with it', async () => {
    const t = await createTestApp();
    try {
      await removeDemo(t.database.db);
      assert.equal((await t.database.db.select().from(regionLetterheads)).length, 0);
      assert.equal((await t.database.db.select().from(opdSignatories)).length, 0);
    } finally {
      await t.close();
    }
  });
});
