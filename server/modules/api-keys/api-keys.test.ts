/**
 * API keys through the real app and a real in-process SMTP server: registration mails a link
 * (the same answer for every address, nothing written past the per-address allowance), the
 * link's page does not spend the token, confirming shows the key once, only hashes are
 * stored, a key counts on its own with the larger allowance (429 + Retry-After per key), an
 * unknown, malformed or revoked key is a 401, the holder and a superadmin revoke (audited),
 * and bad input is a 400 naming the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { MAX_ACTIVE_KEYS_PER_EMAIL, REGISTRATIONS_PER_EMAIL_PER_HOUR } from '../../../domain/api-keys.js';
import { apiKeyRequests, apiKeys } from '../../db/schema-api-keys.js';
import { auditLog } from '../../db/schema.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { sha256Hex } from './secrets.js';

const TOKEN_IN_MAIL = /\/kunci-api\/([A-Za-z0-9_-]{43})/;

describe('API keys', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let superadmin: string;
  let address = 0;
  /** A fresh client address per scenario, so the per-address limits of one do not touch another. */
  const nextAddress = () => `198.51.100.${++address}`;

  before(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({
      env: {
        ...smtp.env,
        JOBS_POLL_MS: '3600000',
        RATE_LIMIT_ANON_PER_MINUTE: '3',
        RATE_LIMIT_API_KEY_PER_MINUTE: '6',
        RATE_LIMIT_API_KEY_REGISTER_PER_HOUR: '100',
        RATE_LIMIT_SYNC_MS: '0',
      },
    });
    superadmin = await t.login('demo.superadmin');
  });
  after(async () => {
    await t?.close();
    await smtp?.close();
  });

  const register = (payload: object, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'POST', url: '/api/public/api-keys', payload, remoteAddress });

  /** Registers, runs the mail job and answers the token of the mail that arrived. */
  async function tokenFor(email: string, name = 'Pusat Studi Gender Untad'): Promise<string> {
    const before = smtp.delivered.filter((m) => m.to.includes(email)).length;
    const res = await register({ email, name, purpose: 'Analisis kesenjangan gender untuk penelitian' });
    assert.equal(res.statusCode, 202, res.body);
    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail(
      (m) => m.to.includes(email) && smtp.delivered.filter((d) => d.to.includes(email)).indexOf(m) === before,
    );
    const match = TOKEN_IN_MAIL.exec(mail.text);
    assert.ok(match, mail.text);
    return match[1];
  }

  async function keyFor(email: string): Promise<string> {
    const token = await tokenFor(email);
    const res = await t.app.inject({ method: 'POST', url: `/api/public/api-keys/confirm/${token}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().key;
  }

  const directory = (remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url: '/api/public/directory/72.71', remoteAddress, headers });

  test('registration mails a single-use link; confirming shows the key once; only hashes are stored', async () => {
    const email = 'peneliti@psga.example.ac.id';
    const res = await register({ email: 'Peneliti@PSGA.example.ac.id', name: 'PSGA', purpose: 'Riset' });
    assert.equal(res.statusCode, 202, res.body);
    assert.deepEqual(res.json(), { status: 'check_your_email', expiresInHours: 24 });
    // The mail is the job's, never the request's.
    assert.equal(smtp.delivered.filter((m) => m.to.includes(email)).length, 0);
    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail((m) => m.to.includes(email));
    assert.match(mail.subject, /Konfirmasi kunci API "PSGA"/);
    assert.match(mail.text, /Open this link within 24 hours/);
    const token = TOKEN_IN_MAIL.exec(mail.text)![1];
    assert.ok(mail.text.includes(`${t.config.publicUrl}/kunci-api/${token}`));

    // Neither the token nor (below) the key is anywhere in the database, the job's payload included.
    const dump = async () =>
      JSON.stringify(
        (
          (await t.database.db.execute(
            sql`select (select coalesce(json_agg(r), '[]') from api_key_requests r) as a,
                       (select coalesce(json_agg(k), '[]') from api_keys k) as b,
                       (select coalesce(json_agg(j.payload), '[]') from jobs j) as c,
                       (select coalesce(json_agg(l), '[]') from audit_log l where l.entity = 'api_key') as d`,
          )) as unknown as { rows: unknown[] }
        ).rows,
      );
    assert.ok(!(await dump()).includes(token), 'the token is stored only as its hash');
    const [pending] = await t.database.db
      .select()
      .from(apiKeyRequests)
      .where(eq(apiKeyRequests.email, email));
    assert.equal(pending.tokenHash, sha256Hex(token));

    // Opening the link shows a button and spends nothing (mail scanners follow links).
    const page = await t.app.inject({ url: `/kunci-api/${token}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /<form method="post"><button type="submit">Buat kunci API/);
    assert.equal(page.headers['cache-control'], 'no-store');

    // The page's button (a plain form post) makes the key and shows it.
    const created = await t.app.inject({
      method: 'POST',
      url: `/kunci-api/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(created.statusCode, 200, created.body);
    const key = /<output aria-label="API key">(setara_[A-Za-z0-9_-]{43})<\/output>/.exec(created.body)?.[1];
    assert.ok(key, created.body);

    // Once: the same token again, on the page or the API, makes nothing.
    const again = await t.app.inject({ method: 'POST', url: `/api/public/api-keys/confirm/${token}` });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().error.code, 'not_found');
    assert.match(again.json().error.message, /Tautan konfirmasi tidak berlaku/);
    const pageAgain = await t.app.inject({
      method: 'POST',
      url: `/kunci-api/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(pageAgain.statusCode, 404);
    assert.match(pageAgain.body, /role="alert"/);

    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.email, email));
    assert.equal(row.keyHash, sha256Hex(key));
    assert.equal(row.prefix, key.slice(0, 15));
    assert.ok(!(await dump()).includes(key), 'the key is stored only as its hash');
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from audit_log where entity = 'api_key' and entity_id = ${row.id}`,
      ),
      1,
    );
  });

  test('the JSON confirmation answers the key with its limit and header; an expired link works no more', async () => {
    const token = await tokenFor('jurnalis@media.example.id');
    const res = await t.app.inject({ method: 'POST', url: `/api/public/api-keys/confirm/${token}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.match(body.key, /^setara_[A-Za-z0-9_-]{43}$/);
    assert.equal(body.prefix, body.key.slice(0, 15));
    assert.equal(body.limitPerMinute, 6);
    assert.equal(body.header, 'X-API-Key');
    assert.equal(res.headers['cache-control'], 'no-store');

    const late = await tokenFor('terlambat@example.org');
    await t.database.db
      .update(apiKeyRequests)
      .set({ tokenExpiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiKeyRequests.tokenHash, sha256Hex(late)));
    const expired = await t.app.inject({ method: 'POST', url: `/api/public/api-keys/confirm/${late}` });
    assert.equal(expired.statusCode, 404);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/public/api-keys/confirm/short' });
    assert.equal(malformed.statusCode, 400);
    assert.ok(malformed.json().error.fields.token);
  });

  test('every address gets the same answer; past the hourly allowance nothing is written or mailed', async () => {
    const email = 'banjir@example.org';
    for (let i = 0; i < REGISTRATIONS_PER_EMAIL_PER_HOUR + 2; i++) {
      const res = await register({ email, name: `Percobaan ${i}`, purpose: 'Uji batas' });
      assert.equal(res.statusCode, 202);
      assert.deepEqual(res.json(), { status: 'check_your_email', expiresInHours: 24 });
    }
    assert.equal(
      await countOf(t, sql`select count(*) from api_key_requests where email = ${email}`),
      REGISTRATIONS_PER_EMAIL_PER_HOUR,
    );
    await t.app.jobs.runDue();
    const mine = () => smtp.delivered.filter((m) => m.to.includes(email));
    await smtp.waitForMail(() => mine().length >= REGISTRATIONS_PER_EMAIL_PER_HOUR);
    // Nothing more is queued: a further mail would have been sent by the run above.
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from jobs where kind = 'api-keys.confirmation_email' and status <> 'done'`,
      ),
      0,
    );
    assert.equal(smtp.delivered.filter((m) => m.to.includes(email)).length, REGISTRATIONS_PER_EMAIL_PER_HOUR);
  });

  test('registration is limited per client address', async () => {
    const from = nextAddress();
    const limit = t.config.rateLimitApiKeyRegisterPerHour;
    let last = 0;
    for (let i = 0; i <= limit; i++) {
      last = (await register({ email: `alamat${i}@example.org`, name: 'Batas', purpose: 'Uji' }, from))
        .statusCode;
    }
    assert.equal(last, 429);
  });

  test('a key counts on its own with the larger allowance; 429 with Retry-After per key', async () => {
    const key = await keyFor('pemakai.berat@example.org');
    const from = nextAddress();
    for (let i = 0; i < 3; i++) assert.equal((await directory(from)).statusCode, 200);
    assert.equal((await directory(from)).statusCode, 429, 'the anonymous allowance of this address is spent');
    // The same address with the key: its own count, 6 a minute; Bearer counts as the same key.
    for (let i = 0; i < 3; i++) assert.equal((await directory(from, { 'x-api-key': key })).statusCode, 200);
    for (let i = 0; i < 3; i++) {
      const res = await directory(nextAddress(), { authorization: `Bearer ${key}` });
      assert.equal(res.statusCode, 200, res.body);
    }
    const over = await directory(nextAddress(), { 'x-api-key': key });
    assert.equal(over.statusCode, 429);
    const wait = Number(over.headers['retry-after']);
    assert.ok(wait > 0 && wait <= 60, `Retry-After ${over.headers['retry-after']}`);
    assert.equal(over.json().error.code, 'rate_limited');
    // Another key has its own allowance.
    const other = await keyFor('pemakai.lain@example.org');
    assert.equal((await directory(from, { 'x-api-key': other })).statusCode, 200);
    // Use is recorded, once a minute at most.
    const [row] = await t.database.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.email, 'pemakai.berat@example.org'));
    assert.ok(row.lastUsedAt, 'last_used_at written');
  });

  test("the portal's read API counts a key's requests on the key, not on the address", async () => {
    const key = await keyFor('portal.pembaca@example.org');
    const from = nextAddress();
    const region = (headers: Record<string, string> = {}) =>
      t.app.inject({ url: '/api/public/regions/72.71', remoteAddress: from, headers });
    for (let i = 0; i < 3; i++) assert.equal((await region()).statusCode, 200);
    assert.equal((await region()).statusCode, 429, 'the anonymous allowance of this address is spent');
    assert.equal((await region({ 'x-api-key': key })).statusCode, 200);
  });

  test('an unknown, malformed or revoked key is a 401 that says so, not an anonymous answer', async () => {
    const unknown = `setara_${'A'.repeat(43)}`;
    const attempts: Record<string, string>[] = [
      { 'x-api-key': unknown },
      { 'x-api-key': 'kunci-salah' },
      { authorization: 'Bearer x' },
    ];
    for (const headers of attempts) {
      const res = await directory(nextAddress(), headers);
      assert.equal(res.statusCode, 401, JSON.stringify(headers));
      assert.equal(res.json().error.code, 'api_key_invalid');
      assert.match(res.json().error.message, /Kunci API tidak dikenal atau sudah dicabut/);
    }
    // The route decides, not the raw URL: a percent-encoded path is checked too.
    const encoded = await t.app.inject({
      url: '/api/%70ublic/directory/72.71',
      remoteAddress: nextAddress(),
      headers: { 'x-api-key': unknown },
    });
    assert.equal(encoded.statusCode, 401, encoded.body);
    const english = await directory(nextAddress(), { 'x-api-key': unknown, 'accept-language': 'en' });
    assert.match(english.json().error.message, /Unknown or revoked API key/);
  });

  test('the holder revokes their key by sending it; it stops working at once', async () => {
    const key = await keyFor('pemegang@example.org');
    const other = await keyFor('pemegang.lain@example.org');
    const prefix = key.slice(0, 15);
    const noKey = await t.app.inject({ method: 'DELETE', url: `/api/public/api-keys/${prefix}` });
    assert.equal(noKey.statusCode, 401);
    const wrong = await t.app.inject({
      method: 'DELETE',
      url: `/api/public/api-keys/${prefix}`,
      headers: { 'x-api-key': other },
    });
    assert.equal(wrong.statusCode, 403);
    assert.equal((await directory(nextAddress(), { 'x-api-key': key })).statusCode, 200);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/public/api-keys/${prefix}`,
      headers: { 'x-api-key': key },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().prefix, prefix);
    assert.equal((await directory(nextAddress(), { 'x-api-key': key })).statusCode, 401);
    assert.equal((await directory(nextAddress(), { 'x-api-key': other })).statusCode, 200);
    const bad = await t.app.inject({ method: 'DELETE', url: '/api/public/api-keys/bukan-awalan' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.prefix);
  });

  test('a superadmin lists every key and revokes one, audited; other roles are refused (matrix)', async () => {
    const key = await keyFor('dicabut.admin@example.org');
    const list = await t.app.inject({
      url: '/api/api-keys?status=active&q=dicabut.admin',
      headers: { cookie: superadmin },
    });
    assert.equal(list.statusCode, 200, list.body);
    const [item] = list.json().items;
    assert.equal(list.json().total, 1);
    assert.equal(item.prefix, key.slice(0, 15));
    assert.equal(item.email, 'dicabut.admin@example.org');
    assert.equal(item.purpose, 'Analisis kesenjangan gender untuk penelitian');
    assert.equal(item.revokedAt, null);
    assert.ok(!JSON.stringify(list.json()).includes(key), 'the list never shows a key');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/api-keys/${item.id}/revoke`,
      headers: { cookie: superadmin, origin: 'http://localhost:80' },
      payload: {},
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await directory(nextAddress(), { 'x-api-key': key })).statusCode, 401);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/api-keys/${item.id}/revoke`,
      headers: { cookie: superadmin, origin: 'http://localhost:80' },
      payload: {},
    });
    assert.equal(twice.statusCode, 409);
    const revoked = (
      await t.app.inject({ url: '/api/api-keys?status=revoked&q=dicabut', headers: { cookie: superadmin } })
    ).json();
    assert.equal(revoked.items[0].revokedBy, 'superadmin');
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    assert.deepEqual(entries.map((e) => e.action).sort(), ['create', 'deactivate']);
    assert.equal(entries.find((e) => e.action === 'deactivate')!.actorUsername, 'demo.superadmin');
  });

  test('one address holds at most five active keys; the sixth waits for a revocation', async () => {
    const email = 'lima.kunci@example.org';
    const held = await t.database.db
      .insert(apiKeys)
      .values(
        Array.from({ length: MAX_ACTIVE_KEYS_PER_EMAIL }, (_, i) => ({
          prefix: `setara_penuh00${i}`,
          keyHash: sha256Hex(`full-${i}`),
          email,
          name: 'Penuh',
          purpose: 'Uji',
        })),
      )
      .returning({ id: apiKeys.id });
    const token = await tokenFor(email);
    const page = await t.app.inject({
      method: 'POST',
      url: `/kunci-api/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(page.statusCode, 409);
    assert.match(page.body, /sudah memegang 5 kunci aktif/);
    await t.database.db
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiKeys.id, held[0].id));
    const res = await t.app.inject({ method: 'POST', url: `/api/public/api-keys/confirm/${token}` });
    assert.equal(res.statusCode, 200, 'the token was not spent by the refusal');
  });

  test('bad input is a 400 naming the field', async () => {
    const ok = { email: 'baik@example.org', name: 'Nama', purpose: 'Keperluan' };
    const cases: [object, string][] = [
      [{ ...ok, name: 'Na\u0000ma' }, 'name'],
      [{ ...ok, purpose: 'x'.repeat(501) }, 'purpose'],
      [{ ...ok, email: 'bukan-surel' }, 'email'],
      [{ ...ok, email: `${'a'.repeat(200)}@example.org` }, 'email'],
      [{ ...ok, name: '=HYPERLINK("http://x")' }, 'name'],
      [{ ...ok, name: '@SUM(A1)' }, 'name'],
      [{ ...ok, purpose: '+1' }, 'purpose'],
      [{ ...ok, name: '' }, 'name'],
      [{ ...ok, name: 'Dua\nbaris' }, 'name'],
      [{ ...ok, extra: 1 }, 'extra'],
      [{ email: ok.email, name: ok.name }, 'purpose'],
    ];
    for (const [payload, field] of cases) {
      const res = await register(payload);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
    const formula = await register({ ...ok, name: '=1+1' });
    assert.match(formula.json().error.fields.name, /rumus/);
  });
});

describe('API keys without a mail server', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { SMTP_HOST: '', SMTP_URL: '' } });
  });
  after(async () => t?.close());

  test('registration says it is unavailable instead of accepting in vain', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/api-keys',
      payload: { email: 'a@example.org', name: 'A', purpose: 'B' },
    });
    assert.equal(res.statusCode, 503);
    assert.match(res.json().error.message, /belum dapat mengirim surel/);
  });
});
