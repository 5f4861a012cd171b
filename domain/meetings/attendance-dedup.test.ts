import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attendanceDedupKey, attendanceNameKey, normalisePhone } from './attendance-dedup.js';

test('the name key ignores case, spaces, accents and titles before and after the name', () => {
  const forms = [
    'Siti Aminah',
    '  siti   AMINAH ',
    'Dr. Hj. Siti Aminah, M.Si',
    'Hj. Siti Aminah, S.Pd., M.Si.',
    'Ibu Siti Aminah',
    'Siti Aminah S.Pd',
    'Sití Aminah',
  ];
  for (const form of forms) assert.equal(attendanceNameKey(form), 'siti aminah', form);
  assert.equal(attendanceNameKey('Drs. H. Muh. Ridwan, M.A.P.'), 'muh ridwan');
  assert.equal(attendanceNameKey('Ni Made Ayu Sari'), 'ni made ayu sari');
  assert.equal(attendanceNameKey("Ma'ruf"), 'maruf');
});

test('a title alone stays the name (nothing else to compare)', () => {
  assert.equal(attendanceNameKey('Ibu'), 'ibu');
  assert.equal(attendanceNameKey('Hj.'), 'hj');
});

test('Indonesian phone forms are one number', () => {
  for (const form of [
    '+62 812-3456-7890',
    '6281234567890',
    '0812 3456 7890',
    '812.3456.7890',
    '(0812) 34567890',
  ]) {
    assert.equal(normalisePhone(form), '081234567890', form);
  }
  assert.equal(normalisePhone('12'), null);
  assert.equal(normalisePhone(''), null);
  assert.equal(normalisePhone(null), null);
});

test('the same person typed twice has one key', () => {
  const a = attendanceDedupKey({
    fullName: 'Dr. Hj. Siti Aminah, M.Si',
    phone: '+62 812-3456-7890',
    institution: 'Bappeda',
  });
  const b = attendanceDedupKey({
    fullName: 'siti  aminah',
    phone: '081234567890',
    institution: 'BAPPEDA Kota Palu',
  });
  assert.equal(a, b);
  const c = attendanceDedupKey({ fullName: 'Budi Santoso', email: 'Budi@Example.ORG ' });
  const d = attendanceDedupKey({ fullName: 'BUDI SANTOSO, S.E.', email: 'budi@example.org' });
  assert.equal(c, d);
  const e = attendanceDedupKey({ fullName: 'Rina', institution: 'Dinas P3A, Kota Palu' });
  const f = attendanceDedupKey({ fullName: 'rina', institution: 'dinas p3a kota palu' });
  assert.equal(e, f);
});

test('the phone wins over the e-mail, the e-mail over the institution', () => {
  const withBoth = attendanceDedupKey({
    fullName: 'Rina',
    phone: '0812345678',
    email: 'rina@x.id',
    institution: 'A',
  });
  assert.equal(withBoth, attendanceDedupKey({ fullName: 'Rina', phone: '62812345678', institution: 'B' }));
  const mailOnly = attendanceDedupKey({ fullName: 'Rina', email: 'rina@x.id', institution: 'A' });
  assert.equal(mailOnly, attendanceDedupKey({ fullName: 'Rina', email: 'RINA@x.id', institution: 'B' }));
  // A blank or too short phone falls back to the next contact.
  assert.equal(attendanceDedupKey({ fullName: 'Rina', phone: ' ', email: 'rina@x.id' }), mailOnly);
});

test('different people with the same name but different phones have different keys', () => {
  const a = attendanceDedupKey({ fullName: 'Muhammad Rizki', phone: '081111111111' });
  const b = attendanceDedupKey({ fullName: 'Muhammad Rizki', phone: '082222222222' });
  assert.notEqual(a, b);
  const c = attendanceDedupKey({ fullName: 'Muhammad Rizki', email: 'a@x.id' });
  const d = attendanceDedupKey({ fullName: 'Muhammad Rizki', email: 'b@x.id' });
  assert.notEqual(c, d);
  const e = attendanceDedupKey({ fullName: 'Muhammad Rizki', institution: 'Dinkes' });
  const f = attendanceDedupKey({ fullName: 'Muhammad Rizki', institution: 'Disdik' });
  assert.notEqual(e, f);
});
