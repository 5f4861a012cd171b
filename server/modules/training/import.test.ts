/**
 * Importing scores from CSV and XLSX: by name or id, empty cells keep a score, and every bad
 * row (unknown person, duplicate, out of range, formula, wrong type) refuses the whole file with
 * its row and column named.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { multipart } from '../imports/test-helpers.js';
import { client } from '../monev/test-helpers.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createMeeting } from './test-helpers.js';

interface RowMessage {
  row: number | null;
  column: string | null;
  message: string;
}

describe('training score import', () => {
  let t: TestApp;
  let admin: string;
  let api: ReturnType<typeof client>;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const upload = (meetingId: string, name: string, content: Buffer | string) => {
    const { payload, headers } = multipart(name, content);
    return t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/training/scores/import`,
      payload,
      headers: { ...headers, cookie: admin },
    });
  };
  const scores = async (meetingId: string) =>
    new Map(
      (await api.get(`/api/meetings/${meetingId}/training`, admin))
        .json()
        .participants.map((p: { fullName: string; pre: number | null; post: number | null }) => [
          p.fullName,
          [p.pre, p.post],
        ]),
    );

  test('CSV by name (titles and case ignored), then the post-test alone keeps the pre-test', async () => {
    const { meeting } = await createMeeting(t.database.db);
    const first = await upload(
      meeting.id,
      'pre.csv',
      'Nama;Pre-test;Post-test\nsiti aminah;60;\nNur Hayati;72,5;\nANDI PRATAMA;50;\n',
    );
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json(), { updated: 3, unchanged: 0 });
    const second = await upload(meeting.id, 'post.csv', 'nama,post\nSiti Aminah,85\nAndi Pratama,80\n');
    assert.equal(second.statusCode, 200, second.body);
    const s = await scores(meeting.id);
    assert.deepEqual(s.get('Siti Aminah, S.Pd'), [60, 85]);
    assert.deepEqual(s.get('Nur Hayati'), [72.5, null]);
    assert.deepEqual(s.get('Andi Pratama'), [50, 80]);
  });

  test('the scores CSV lists every participant and is read back unchanged', async () => {
    const { meeting } = await createMeeting(t.database.db);
    await upload(meeting.id, 'pre.csv', 'nama;pre;post\nSiti Aminah;60,5;90\nAndi Pratama;50;\n');
    const csv = await api.get(`/api/meetings/${meeting.id}/training/scores.csv`, admin);
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'id;nama;jenis kelamin;instansi;pre;post');
    assert.equal(lines.length, 4);
    assert.ok(
      lines.some((l) => /;Siti Aminah, S\.Pd;P;Dinkes;60,5;90$/.test(l)),
      lines.join('\n'),
    );
    const back = await upload(meeting.id, 'nilai.csv', csv.rawPayload);
    assert.equal(back.statusCode, 200, back.body);
    // Nur Hayati's empty scores stay empty: nothing changes.
    assert.deepEqual(back.json(), { updated: 0, unchanged: 3 });
  });

  test('every bad row is named with its column, and nothing is saved', async () => {
    const { meeting } = await createMeeting(t.database.db);
    const res = await upload(
      meeting.id,
      'nilai.csv',
      [
        'nama;pre;post',
        'Siti Aminah;101;80', // row 2: out of range
        'Orang Lain;50;60', // row 3: not an attendee
        'Nur Hayati;abc;60', // row 4: not a number
        'Siti Aminah;40;60', // row 5: Siti twice
        '=1+1;50;60', // row 6: formula
        'Andi Pratama;1.000;60', // row 7: a thousand, not one
      ].join('\n'),
    );
    assert.equal(res.statusCode, 422, res.body);
    const rows = res.json().error.rows as RowMessage[];
    const at = (row: number) => rows.filter((r) => r.row === row).map((r) => r.column);
    assert.deepEqual(at(2), ['pre']);
    assert.deepEqual(at(3), ['nama']);
    assert.deepEqual(at(4), ['pre']);
    assert.deepEqual(at(5), ['nama']);
    assert.ok(at(6).includes('nama'));
    assert.deepEqual(at(7), ['pre']);
    assert.match(rows.find((r) => r.row === 5)!.message, /baris 2/);
    assert.deepEqual([...(await scores(meeting.id)).values()].flat(), [null, null, null, null, null, null]);
  });

  test('missing columns, an empty file, a binary file and a fake workbook are refused', async () => {
    const { meeting } = await createMeeting(t.database.db);
    const noCols = await upload(meeting.id, 'x.csv', 'peserta;nilai\nSiti;1\n');
    assert.equal(noCols.statusCode, 422);
    assert.match(noCols.json().error.rows[0].message, /nama \/ id, pre \/ post/);
    assert.equal((await upload(meeting.id, 'x.csv', '')).statusCode, 422);
    assert.equal((await upload(meeting.id, 'x.csv', Buffer.from([0, 1, 2, 0, 0, 0]))).statusCode, 422);
    assert.equal((await upload(meeting.id, 'x.xlsx', 'nama;pre\n')).statusCode, 422);
    const big = await upload(meeting.id, 'x.csv', `nama;pre\n${'Siti;1\n'.repeat(400_000)}`);
    assert.equal(big.statusCode, 413);
  });

  test('XLSX by participant id, with number cells; a formula cell is refused', async () => {
    const { meeting, participantIds } = await createMeeting(t.database.db);
    const book = async (rows: (string | number | { formula: string; result?: number })[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Nilai');
      ws.addRow(['ID peserta', 'Pre', 'Post']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const ok = await upload(
      meeting.id,
      'nilai.xlsx',
      await book([
        [participantIds[0], 55, 90],
        [participantIds[2], 45.5, 70],
      ]),
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const s = await scores(meeting.id);
    assert.deepEqual(s.get('Siti Aminah, S.Pd'), [55, 90]);
    assert.deepEqual(s.get('Andi Pratama'), [45.5, 70]);
    const formula = await upload(
      meeting.id,
      'nilai.xlsx',
      await book([[participantIds[1], { formula: 'A1+1' }, 70]]),
    );
    assert.equal(formula.statusCode, 422, formula.body);
    assert.deepEqual(
      (formula.json().error.rows as RowMessage[]).map((r) => [r.row, r.column]),
      [[2, 'Pre']],
    );
    const unknownId = await upload(meeting.id, 'nilai.xlsx', await book([['0'.repeat(32), 50, 60]]));
    assert.equal(unknownId.statusCode, 422);
    assert.equal(unknownId.json().error.rows[0].column, 'ID peserta');
  });
});
