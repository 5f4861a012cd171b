import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paragraphsOf, printModelOf } from './print-model.js';

const signatory = { position: 'Kepala DP3A', name: '', rank: '', nip: '' };

describe('annual report print model', () => {
  test('paragraphs are split on blank lines, single line breaks stay, Windows breaks too', () => {
    assert.deepEqual(paragraphsOf('Satu\r\nbaris dua\r\n\r\n  Tiga  \n\n\n'), ['Satu\nbaris dua', 'Tiga']);
    assert.deepEqual(paragraphsOf('   \n\n '), []);
  });

  test('without a draft: every narrative section, empty, and the default signatory', () => {
    const m = printModelOf({
      regionName: 'Kota Palu',
      year: 2025,
      sections: [],
      draft: null,
      defaultSignatory: signatory,
    });
    assert.deepEqual(
      m.narrative.map((n) => [n.title, n.text]),
      [
        ['Kendala', ''],
        ['Rekomendasi', ''],
        ['Rencana Tindak Lanjut', ''],
      ],
    );
    assert.equal(m.signatory, signatory);
    assert.equal(m.note, 'Narasi belum diisi');
    assert.equal(m.subtitle, 'Kota Palu Tahun 2025');
  });

  test('a demo draft is labelled CONTOH and names its version', () => {
    const m = printModelOf({
      regionName: 'Kota Palu',
      year: 2025,
      sections: [],
      draft: {
        version: 3,
        isDemo: true,
        narrative: { kendala: 'K', rekomendasi: 'R', rencana_tindak_lanjut: 'T' },
        signatory: { ...signatory, name: 'Nama' },
      },
      defaultSignatory: signatory,
    });
    assert.equal(m.note, 'CONTOH — data demo, bukan laporan resmi daerah · Draf versi 3');
    assert.equal(m.signatory.name, 'Nama');
    assert.deepEqual(
      m.narrative.map((n) => n.text),
      ['K', 'R', 'T'],
    );
  });
});
