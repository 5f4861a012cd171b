import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVerificationCode } from '../../../domain/training/constants.js';
import { newVerificationCode } from './certificates.js';
import { verifyUrl } from './exports.js';
import { certificatesPdf, terbilang } from './pdf.js';

test('lesson hours in Indonesian words', () => {
  assert.deepEqual([1, 8, 11, 12, 19, 20, 32, 100, 115, 200].map(terbilang), [
    'satu',
    'delapan',
    'sebelas',
    'dua belas',
    'sembilan belas',
    'dua puluh',
    'tiga puluh dua',
    'seratus',
    'seratus lima belas',
    'dua ratus',
  ]);
});

test('verification codes are 16 base32 characters, all different', () => {
  const codes = Array.from({ length: 2000 }, newVerificationCode);
  assert.ok(codes.every(isVerificationCode));
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(!isVerificationCode('0123456789ABCDEI'), 'I is not a Crockford letter');
  assert.ok(!isVerificationCode('0123456789abcdef'), 'lower case is normalised by the caller');
});

test('each page carries a QR code of its own certificate’s verification page', () => {
  const event = {
    regionName: 'Kota Palu',
    organiser: 'Dinas P3A',
    title: 'Bimtek PPRG',
    dates: '4 Desember 2024',
    hours: 32,
    place: 'Palu',
    issueDate: '4 Desember 2024',
    signatory: { name: 'Kepala', position: 'Kepala Dinas', nip: '' },
    isDemo: false,
  };
  const codes = ['0123456789ABCDEF', 'GHJKMNPQRSTVWXYZ'];
  const certs = codes.map((code, i) => ({
    fullName: `Peserta ${i}`,
    institution: '',
    number: `00${i + 1}/SERT/2024`,
    verifyUrl: verifyUrl('https://setara.example.id', code),
    revoked: false,
  }));
  const qrs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.qr === 'string') qrs.push(o.qr);
      Object.values(o).forEach(walk);
    }
  };
  const content = certificatesPdf(event, certs).content as unknown[];
  assert.equal(content.length, 2, 'one page each');
  content.forEach(walk);
  assert.deepEqual(
    qrs,
    codes.map((c) => `https://setara.example.id/sertifikat/${c}`),
  );
});
