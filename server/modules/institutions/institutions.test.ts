/**
 * The service-institution registry end to end on a real app (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): the demo, list filters, create/edit/status with history, duplicates and
 * legal-entity numbers, staff contacts by role, the logo, the institution account (invite,
 * set password, its own institution only, nothing else), import with bad rows, export, and
 * the public directory (listed only, expired shown as expired, no personal data).
 */
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { institutions } from '../../db/schema-institutions.js';
import { notifications } from '../../db/schema-notifications.js';
import { users } from '../../db/schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const ORIGIN = 'http://localhost:80';
const LIST = '/api/regions/72.71/institutions';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e50000000049454e44ae426082',
  'hex',
);

function multipart(fileName: string, body: Buffer | string) {
  const boundary = '----setara-institutions';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const HEADER =
  'nama;jenis;pemilik;nomor_badan_hukum;tanggal_badan_hukum;bidang;alamat;kecamatan;telepon;email;situs_web;deskripsi;tampil_di_direktori;lintang;bujur';

describe('institutions', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let operator: string;
  let lembaga: string;
  let lplppType: string;
  let ownId: string;
  let otherId: string;
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string | null,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), origin: ORIGIN, ...headers },
      payload: payload as never,
    });
  const valid = (extra: Record<string, unknown> = {}) => ({
    name: 'Perkumpulan Uji Coba Perempuan',
    typeId: lplppType,
    ownerKind: 'masyarakat',
    legalEntityNumber: 'AHU-0099001.AH.01.07.TAHUN 2020',
    legalEntityDate: '2020-02-02',
    fields: ['hukum'],
    address: 'Jl. Uji No. 1',
    kecamatanCode: '72.71.04',
    ...extra,
  });

  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
    operator = await t.login('demo.operator');
    lembaga = await t.login('demo.lembaga');
    const types = (await call('GET', '/api/regions/72.71/institution-types', admin)).json();
    lplppType = types.items.find((x: { code: string }) => x.code === 'lplpp').id;
    const list = (await call('GET', `${LIST}?pageSize=100`, admin)).json();
    ownId = list.items.find(
      (i: { name: string }) => i.name === 'Perkumpulan Perempuan Mandiri Sejahtera Palu',
    ).id;
    otherId = list.items.find((i: { name: string }) => i.name === 'Puspaga Kota Palu').id;
  });
  after(() => t.close());

  test('the demo: thirteen Palu institutions, filters by field, type, kecamatan, status and search', async () => {
    const all = (await call('GET', `${LIST}?pageSize=100`, reviewer)).json();
    assert.equal(all.total, 13);
    const hukum = (await call('GET', `${LIST}?field=hukum`, admin)).json();
    assert.deepEqual(hukum.items.map((i: { name: string }) => i.name).sort(), [
      'Lembaga Bantuan Hukum Perempuan Palu Bersatu',
      'Yayasan Perempuan Penyintas Bencana Pasigala',
      'Yayasan Rumah Perempuan Lembah Palu',
    ]);
    assert.equal((await call('GET', `${LIST}?status=nonaktif`, admin)).json().total, 1);
    assert.equal(
      (await call('GET', `${LIST}?kecamatan=72.71.07`, admin)).json().items[0].kecamatanName,
      'Tawaeli',
    );
    assert.equal((await call('GET', `${LIST}?q=puspaga`, admin)).json().total, 1);
    // The standards module's demo may have decided some: whatever the filter returns has that standing.
    const standardised = (await call('GET', `${LIST}?standing=terstandar`, admin)).json();
    assert.ok(standardised.items.every((i: { standing: string }) => i.standing === 'terstandar'));
    assert.ok((await call('GET', `${LIST}?standing=belum`, admin)).json().total > 0);
    // An OPD operator's work is their OPD's: the registry is refused.
    assert.equal((await call('GET', LIST, operator)).statusCode, 403);
  });

  test('create: duplicates by normalised name and address, legal-entity number, unknown kecamatan', async () => {
    const created = await call('POST', LIST, admin, valid());
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().history.length, 1);
    const dupe = await call(
      'POST',
      LIST,
      admin,
      valid({ name: 'PERKUMPULAN UJI-COBA PEREMPUAN', address: 'Jalan Uji Nomor 1' }),
    );
    assert.equal(dupe.statusCode, 409);
    assert.equal(
      dupe.json().error.fields.name,
      'Lembaga dengan nama dan alamat yang sama sudah terdaftar di daerah ini.',
    );
    const bad = await call('POST', LIST, admin, valid({ name: 'Lain', legalEntityNumber: '123/2020' }));
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.json().error.fields.legalEntityNumber);
    const kec = await call('POST', LIST, admin, valid({ name: 'Lain', kecamatanCode: '72.03.01' }));
    assert.equal(kec.statusCode, 422);
    assert.ok(kec.json().error.fields.kecamatanCode);
    const noField = await call('POST', LIST, admin, valid({ name: 'Lain', fields: [] }));
    assert.equal(noField.statusCode, 400);
    const nul = await call('POST', LIST, admin, valid({ name: 'Lain\u0000' }));
    assert.equal(nul.statusCode, 400);
    const huge = await call('POST', LIST, admin, valid({ name: 'x'.repeat(5000) }));
    assert.equal(huge.statusCode, 400);
    assert.equal((await call('POST', LIST, reviewer, valid({ name: 'Lain' }))).statusCode, 403);
  });

  test('status changes are DP3A’s and kept in the history; staff contacts only for editors', async () => {
    const off = await call('POST', `/api/institutions/${otherId}/status`, admin, {
      status: 'nonaktif',
      reason: 'Renovasi gedung',
    });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().history[0].reason, 'Renovasi gedung');
    assert.equal(
      (await call('POST', `/api/institutions/${otherId}/status`, admin, { status: 'nonaktif' })).statusCode,
      422,
    );
    assert.equal(
      (await call('POST', `/api/institutions/${otherId}/status`, admin, { status: 'aktif' })).statusCode,
      200,
    );
    const asReviewer = (await call('GET', `/api/institutions/${otherId}`, reviewer)).json();
    assert.ok(asReviewer.staff.length > 0);
    assert.ok(
      asReviewer.staff.every((s: { phone: unknown; email: unknown }) => s.phone === null && s.email === null),
    );
    assert.equal(asReviewer.accounts, null);
    const added = await call('POST', `/api/institutions/${otherId}/staff`, admin, {
      fullName: 'Konselor Baru',
      role: 'staf',
      sex: 'P',
      phone: '0812 3456 7890',
    });
    assert.equal(added.statusCode, 201);
    assert.ok(added.json().staff.some((s: { phone: string | null }) => s.phone === '0812 3456 7890'));
  });

  test('the institution account reads and edits its own institution only, and reaches nothing else', async () => {
    const me = (await call('GET', '/api/auth/me', lembaga)).json().user;
    assert.equal(me.role, 'lembaga_layanan');
    assert.equal(me.institutionId, ownId);
    const own = await call('GET', `/api/institutions/${ownId}`, lembaga);
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().can.edit, true);
    assert.equal(own.json().can.changeStatus, false);
    assert.equal(
      (
        await call('PATCH', `/api/institutions/${ownId}`, lembaga, {
          description: 'Diperbarui oleh lembaga.',
          listedPublicly: true,
        })
      ).statusCode,
      200,
    );
    assert.equal(
      (
        await call('POST', `/api/institutions/${ownId}/staff`, lembaga, {
          fullName: 'Staf Baru',
          role: 'staf',
          sex: 'L',
        })
      ).statusCode,
      201,
    );
    // Another institution: as if it did not exist.
    assert.equal((await call('GET', `/api/institutions/${otherId}`, lembaga)).statusCode, 404);
    assert.equal(
      (await call('PATCH', `/api/institutions/${otherId}`, lembaga, { description: 'x' })).statusCode,
      404,
    );
    // Its own status, the registry, invitations: DP3A's.
    assert.equal(
      (await call('POST', `/api/institutions/${ownId}/status`, lembaga, { status: 'nonaktif' })).statusCode,
      403,
    );
    assert.equal((await call('GET', LIST, lembaga)).statusCode, 403);
    assert.equal((await call('POST', LIST, lembaga, valid({ name: 'Lain' }))).statusCode, 403);
    assert.equal(
      (await call('POST', `/api/institutions/${ownId}/invite`, lembaga, { fullName: 'X', email: 'x@y.id' }))
        .statusCode,
      403,
    );
    // Other modules of the region.
    for (const url of [
      '/api/regions/72.71/kelembagaan/people',
      '/api/regions/72.71/meetings',
      '/api/regions/72.71/opd',
      '/api/users?region=72.71',
      '/api/regions/72.71/follow-ups',
      '/api/regions/72.71/monev?year=2025',
    ]) {
      const res = await call('GET', url, lembaga);
      assert.ok([403, 404].includes(res.statusCode), `${url}: ${res.statusCode}`);
    }
  });

  test('the logo: an image by its bytes, replaced; a PDF or an empty file refused', async () => {
    const png = multipart('logo.png', PNG);
    const ok = await call('POST', `/api/institutions/${ownId}/logo`, lembaga, png.payload, png.headers);
    assert.equal(ok.statusCode, 201, ok.body);
    const get = await call('GET', `/api/institutions/${ownId}/logo`, reviewer);
    assert.equal(get.statusCode, 200);
    assert.equal(get.headers['content-type'], 'image/png');
    const pdf = multipart('logo.png', '%PDF-1.4\n%%EOF\n');
    const refused = await call('POST', `/api/institutions/${ownId}/logo`, lembaga, pdf.payload, pdf.headers);
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.json().error.fields.file);
    const empty = multipart('logo.png', '');
    assert.equal(
      (await call('POST', `/api/institutions/${ownId}/logo`, admin, empty.payload, empty.headers)).statusCode,
      422,
    );
  });

  test('invite: a single-use link by e-mail sets the password; then the account signs in', async () => {
    const invited = await call('POST', `/api/institutions/${otherId}/invite`, admin, {
      fullName: 'Kepala Puspaga',
      email: 'puspaga.kota@contoh.id',
    });
    assert.equal(invited.statusCode, 201, invited.body);
    const { userId, username } = invited.json();
    const tokenOf = async () => {
      const rows = await t.database.db
        .select({ params: notifications.params })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'institution_account_invited')));
      const url = String((rows.at(-1)!.params as Record<string, unknown>).url);
      return url.slice(url.lastIndexOf('/') + 1);
    };
    const first = await tokenOf();
    // Invited again before use: a new link, the first stops working.
    assert.equal(
      (
        await call('POST', `/api/institutions/${otherId}/invite`, admin, {
          fullName: 'Kepala Puspaga',
          email: 'puspaga.kota@contoh.id',
        })
      ).statusCode,
      201,
    );
    const token = await tokenOf();
    assert.notEqual(first, token);
    assert.equal((await call('GET', `/api/public/account-invites/${first}`, null)).statusCode, 404);
    const info = await call('GET', `/api/public/account-invites/${token}`, null);
    assert.equal(info.statusCode, 200);
    assert.equal(info.json().institutionName, 'Puspaga Kota Palu');
    // Not yet signed in with any password.
    assert.equal(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password: 'apa saja' },
        })
      ).statusCode,
      401,
    );
    const weak = await call('POST', `/api/public/account-invites/${token}`, null, {
      password: 'qwertyuiop123',
    });
    assert.equal(weak.statusCode, 400);
    const set = await call('POST', `/api/public/account-invites/${token}`, null, {
      password: 'Puspaga-Palu-Bersinar',
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(
      (await call('POST', `/api/public/account-invites/${token}`, null, { password: 'Puspaga-Palu-Lagi' }))
        .statusCode,
      404,
    );
    const cookie = await t.login(username, 'Puspaga-Palu-Bersinar');
    assert.equal((await call('GET', `/api/institutions/${otherId}`, cookie)).statusCode, 200);
    assert.equal((await call('GET', `/api/institutions/${ownId}`, cookie)).statusCode, 404);
    // Once used, the institution has its account: a second invitation is refused.
    assert.equal(
      (
        await call('POST', `/api/institutions/${otherId}/invite`, admin, {
          fullName: 'X',
          email: 'x2@contoh.id',
        })
      ).statusCode,
      409,
    );
    const [row] = await t.database.db.select({ role: users.role }).from(users).where(eq(users.id, userId));
    assert.equal(row!.role, 'lembaga_layanan');
    // The user form cannot make or unmake one.
    const sa = await t.login('demo.superadmin');
    const viaForm = await call('POST', '/api/users', sa, {
      username: 'lembaga.lain',
      fullName: 'Lain',
      role: 'lembaga_layanan',
      regionCode: '72.71',
      password: 'Sandi-yang-cukup-panjang-1',
    });
    assert.equal(viaForm.statusCode, 422);
    assert.equal((await call('PATCH', `/api/users/${userId}`, admin, { role: 'pokja' })).statusCode, 422);
  });

  test('import: every bad row named with its column, nothing written; a good file creates all', async () => {
    const before = (await call('GET', `${LIST}?pageSize=1`, admin)).json().total;
    const rows = [
      HEADER,
      'Lembaga Baik Satu;lplpp;masyarakat;AHU-0088001.AH.01.07.TAHUN 2021;2021-01-05;ekonomi, sosial;Jl. Baik 1;72.71.01;0451 1234567;baik@contoh.id;;;ya;;',
      'Lembaga Baik Satu;lplpp;masyarakat;AHU-0088002.AH.01.07.TAHUN 2021;2021-01-05;ekonomi;jl baik no 1;;;;;;tidak;;',
      `Yayasan Rumah Perempuan Lembah Palu;lplpp;masyarakat;AHU-0088003.AH.01.07.TAHUN 2021;2021-01-05;hukum;Jl. Maluku No. 7;;;;;;;;`,
      'Lembaga Bidang Aneh;lplpp;masyarakat;AHU-0088004.AH.01.07.TAHUN 2021;2021-01-05;kesehatan;Jl. Aneh 2;;;;;;;;',
      'Lembaga Nomor Salah;lplpp;masyarakat;12/2021;2021-01-05;hukum;Jl. Salah 3;;;;;;;;',
      '"=HYPERLINK(""http://x"")";lplpp;masyarakat;AHU-0088005.AH.01.07.TAHUN 2021;2021-01-05;hukum;Jl. Rumus 4;;;;;;;;',
      'Lembaga Jenis Aneh;bank;pemerintah;;;hukum;Jl. Jenis 5;;;;;;;;',
      'Lembaga Tanggal;lplpp;masyarakat;AHU-0088006.AH.01.07.TAHUN 2021;31/02/2021;hukum;Jl. Tanggal 6;;;;;;;;',
      `Lembaga Panjang;lplpp;masyarakat;AHU-0088007.AH.01.07.TAHUN 2021;2021-01-05;hukum;${'x'.repeat(400)};;;;;;;;`,
      'Lembaga Kendali\u0001;lplpp;masyarakat;AHU-0088008.AH.01.07.TAHUN 2021;2021-01-05;hukum;Jl. Kendali 8;;;;;;;;',
    ].join('\r\n');
    const file = multipart('lembaga.csv', rows);
    const res = await call('POST', `${LIST}/import`, admin, file.payload, file.headers);
    assert.equal(res.statusCode, 422, res.body);
    const fields = res.json().error.fields;
    assert.deepEqual(Object.keys(fields).sort(), [
      'rows.10.alamat',
      'rows.11.nama',
      'rows.3.nama',
      'rows.4.nama',
      'rows.5.bidang',
      'rows.6.nomor_badan_hukum',
      'rows.7.nama',
      'rows.8.jenis',
      'rows.9.tanggal_badan_hukum',
    ]);
    assert.match(fields['rows.3.nama'], /baris sebelumnya/);
    assert.match(fields['rows.4.nama'], /sudah terdaftar/);
    assert.match(fields['rows.7.nama'], /rumus/);
    assert.equal((await call('GET', `${LIST}?pageSize=1`, admin)).json().total, before);
    // A NUL byte makes the file unreadable as text.
    const nul = multipart('lembaga.csv', `${HEADER}\r\nNul\u0000;lplpp;pemerintah;;;hukum;Jl. 1;;;;;;;;`);
    const nulRes = await call('POST', `${LIST}/import`, admin, nul.payload, nul.headers);
    assert.equal(nulRes.statusCode, 422);
    const missing = multipart('lembaga.csv', 'nama;jenis\r\nA;lplpp');
    const missingRes = await call('POST', `${LIST}/import`, admin, missing.payload, missing.headers);
    assert.equal(missingRes.statusCode, 422);
    assert.ok(missingRes.json().error.fields['columns.pemilik']);

    const good = multipart(
      'lembaga.csv',
      [
        HEADER,
        rows.split('\r\n')[1],
        'Puspaga Kecamatan Tawaeli;puspaga;pemerintah;;;konseling;Kantor Camat Tawaeli;Tawaeli;;;;;ya;-0.75;119.85',
      ].join('\r\n'),
    );
    const ok = await call('POST', `${LIST}/import`, admin, good.payload, good.headers);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().created, 2);
    assert.equal((await call('GET', `${LIST}?pageSize=1`, admin)).json().total, before + 2);
    assert.equal(
      (await call('POST', `${LIST}/import`, reviewer, good.payload, good.headers)).statusCode,
      403,
    );
  });

  test('template and export: XLSX and CSV, formulas defused, no staff', async () => {
    const template = await call('GET', `${LIST}/import-template`, admin);
    assert.equal(template.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as never);
    assert.equal(wb.worksheets[0]!.getRow(1).getCell(1).value, 'nama');
    await call('PATCH', `/api/institutions/${ownId}`, admin, { description: '=1+2 bukan rumus' });
    const csv = await call('GET', `${LIST}/export?format=csv`, reviewer);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /'=1\+2 bukan rumus/);
    assert.doesNotMatch(csv.body, /Nurhayati/);
    const xlsx = await call('GET', `${LIST}/export?format=xlsx`, reviewer);
    assert.equal(xlsx.statusCode, 200);
  });

  test('the public directory: listed and active only, expired shown as expired, no personal data', async () => {
    // As the standards module would write a decision: one valid, one expired.
    await t.database.db
      .update(institutions)
      .set({ standardStatus: 'terstandar', standardValidUntil: '2099-12-31', standardDecisionNumber: 'X/1' })
      .where(eq(institutions.id, ownId));
    await t.database.db
      .update(institutions)
      .set({ standardStatus: 'terstandar', standardValidUntil: '2020-12-31' })
      .where(eq(institutions.id, otherId));
    const api = await call('GET', '/api/public/directory/72.71', null);
    assert.equal(api.statusCode, 200);
    const names = api.json().items.map((i: { name: string }) => i.name);
    assert.ok(!names.includes('Perkumpulan Ibu Peduli Gizi Tatanga'), 'not listed');
    assert.ok(!names.includes('Himpunan Pengusaha Perempuan Mikro Palu'), 'inactive');
    const byName = (n: string) => api.json().items.find((i: { name: string }) => i.name === n);
    assert.equal(byName('Perkumpulan Perempuan Mandiri Sejahtera Palu').standing, 'terstandar');
    assert.equal(byName('Puspaga Kota Palu').standing, 'kedaluwarsa');
    for (const secret of [
      'Nurhayati',
      'Irma Suryani',
      'AHU-',
      'Konselor Baru',
      'lembaga@demo',
      'passwordHash',
    ])
      assert.ok(!api.body.includes(secret), secret);
    const puspaga = (await call('GET', '/api/public/directory/72.71?type=puspaga', null)).json();
    // The demo's Puspaga and the one the import test added.
    assert.deepEqual(puspaga.items.map((i: { name: string }) => i.name).sort(), [
      'Puspaga Kecamatan Tawaeli',
      'Puspaga Kota Palu',
    ]);
    assert.ok(puspaga.items.every((i: { type: { code: string } }) => i.type.code === 'puspaga'));
    const expired = (await call('GET', '/api/public/directory/72.71?standing=kedaluwarsa', null)).json();
    assert.deepEqual(
      expired.items.map((i: { name: string }) => i.name),
      ['Puspaga Kota Palu'],
    );
    const page = await call('GET', '/direktori-layanan/72.71?field=konseling&type=', null);
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /Puspaga Kota Palu/);
    assert.match(page.body, /Standardisasi kedaluwarsa/);
    assert.doesNotMatch(page.body, /Irma Suryani|Nurhayati/);
    // A reader who holds the page already gets 304 (the ETag of its bytes), the same filters
    // written in another order included.
    const etag = page.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/direktori-layanan/72.71?type=&field=konseling',
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    // Compressed for a reader that takes it: the same page.
    const zipped = await t.app.inject({
      method: 'GET',
      url: '/direktori-layanan/72.71?field=konseling',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), page.body);
    const en = await call('GET', '/direktori-layanan/72.71?lang=en&q=%3Cscript%3E', null);
    assert.match(en.body, /No institution matches/);
    assert.doesNotMatch(en.body, /<script>/);
    assert.equal((await call('GET', '/api/public/directory/99.99', null)).statusCode, 404);
  });
});
