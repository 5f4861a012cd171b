/** The e-mail settings (server/config.ts): off when unset, one URL or separate parts, bad ones refused at start. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../config.js';

test('no SMTP settings: no e-mail', () => {
  assert.equal(loadConfig({}).smtp, null);
});

test('SMTP by URL or by parts; TLS from the start on port 465 unless told otherwise', () => {
  const byUrl = loadConfig({
    SMTP_URL: 'smtps://u:p@mail.example:465',
    SMTP_FROM: 'Setara <s@example>',
  }).smtp;
  assert.equal(byUrl?.url, 'smtps://u:p@mail.example:465');
  assert.equal(byUrl?.from, 'Setara <s@example>');
  const parts = loadConfig({
    SMTP_HOST: 'mail.example',
    SMTP_USER: 'u',
    SMTP_PASS: 'p',
    SMTP_FROM: 's@example',
  }).smtp;
  assert.deepEqual(parts, {
    url: null,
    host: 'mail.example',
    port: 587,
    secure: false,
    user: 'u',
    pass: 'p',
    from: 's@example',
  });
  assert.equal(loadConfig({ SMTP_HOST: 'm', SMTP_PORT: '465', SMTP_FROM: 'x@y' }).smtp?.secure, true);
  assert.equal(
    loadConfig({ SMTP_HOST: 'm', SMTP_PORT: '465', SMTP_SECURE: '0', SMTP_FROM: 'x@y' }).smtp?.secure,
    false,
  );
});

test('bad SMTP settings stop the start with a line that names them', () => {
  assert.throws(() => loadConfig({ SMTP_HOST: 'mail.example' }), /SMTP_FROM/);
  assert.throws(() => loadConfig({ SMTP_URL: 'mail.example:25', SMTP_FROM: 'x@y' }), /SMTP_URL/);
  assert.throws(() => loadConfig({ SMTP_HOST: 'm', SMTP_PORT: 'abc', SMTP_FROM: 'x@y' }), /SMTP_PORT/);
  assert.throws(() => loadConfig({ JOBS_POLL_MS: '0' }), /JOBS_POLL_MS/);
});

test('links in e-mails use PUBLIC_URL, without a trailing slash', () => {
  assert.equal(
    loadConfig({ PUBLIC_URL: 'https://setara.pemda.go.id/' }).publicUrl,
    'https://setara.pemda.go.id',
  );
  assert.equal(loadConfig({ PORT: '8080' }).publicUrl, 'http://localhost:8080');
});
