/**
 * The evidence repository through the app: DP3A uploads a Perda (sniffed type, audit, download
 * with nosniff), a document valid over several years shows in each; bad input (NUL, huge text
 * and file, wrong type, formula text, renamed .exe, empty file, duplicates, a live-only kind,
 * validity order, an OPD of nowhere) refused naming the field with nothing stored; an operator
 * uploads for its own OPD only; the live evidence of the demo region from every provider (links
 * to the current records, figures with their source), the demo's documents, proposeEvidence for
 * the worksheet; deletion removes the file; removing the demo keeps a region's own upload.
 * PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { EVIDENCE_KINDS, evidenceKind, liveKinds } from '../../../domain/evaluation/evidence-kinds.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { removeDemo } from '../../db/seed/demo.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart } from '../imports/test-helpers.js';
import { client } from '../institution-services/test-helpers.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { EVIDENCE_PROVIDERS } from './providers/index.js';
import { proposeEvidence } from './propose.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const REGION = '/api/regions/72.71/evaluation-evidence';

test('every live kind has exactly one provider, and providers answer only listed kinds', () => {
  const answered = EVIDENCE_PROVIDERS.flatMap((p) => p.kinds);
  assert.equal(new Set(answered).size, answered.length, 'a kind answered twice');
  assert.deepEqual([...answered].sort(), [...liveKinds()].sort());
  for (const p of EVIDENCE_PROVIDERS)
    for (const k of p.kinds) assert.equal(evidenceKind(k)?.module, p.module, k);
});

describe('evaluation evidence', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let operator: string;
  let provinsi: string;
  let dinkes: string;
  let dinsos: string;
  const upload = (
    cookie: string,
    fields: Record<string, string>,
    name = 'perda.pdf',
    bytes: Buffer = PDF,
  ) => {
    const m = multipart(name, bytes, fields);
    return t.app.inject({
      method: 'POST',
      url: REGION,
      headers: { cookie, ...m.headers },
      payload: m.payload,
    });
  };
  const documents = () => countOf(t, sql`select count(*) from evaluation_evidence_documents`);
  const perda = (over: Record<string, string> = {}) => ({
    kind: 'regulation_pug',
    year: '2025',
    title: 'Perda Kota Palu tentang Pengarusutamaan Gender (uji)',
    validFrom: '2023-06-01',
    ...over,
  });

  before(async () => {
    // A 1 MB limit, so the too-large case stays small.
    t = await createTestApp({ env: { EVIDENCE_MAX_MB: '1' } });
    api = client(t);
    [admin, operator, provinsi] = await Promise.all(
      ['demo.admin', 'demo.operator', 'demo.provinsi'].map((u) => t.login(u)),
    );
    const ids = await demoOpdIdsByShortName(t, admin);
    dinkes = ids.get('Dinkes')!;
    dinsos = ids.get('Dinsos')!;
  });
  after(async () => t?.close());

  let perdaId = '';

  test('DP3A uploads a Perda: stored with its sniffed type, audited, downloadable with nosniff', async () => {
    const res = await upload(admin, perda({ note: 'Baris pertama\nbaris kedua' }));
    assert.equal(res.statusCode, 201, res.body);
    const d = res.json();
    perdaId = d.id;
    assert.equal(d.kind, 'regulation_pug');
    assert.equal(d.contentType, 'application/pdf');
    assert.equal(d.opd, null);
    assert.equal(d.canWrite, true);
    assert.equal(d.uploadedBy !== null, true);
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from audit_log where entity = 'evaluation_evidence' and entity_id = ${d.id}`,
      ),
      1,
    );
    const file = await api.get(d.downloadUrl, provinsi);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(file.rawPayload, PDF);
  });

  test('bad input names the field and stores nothing', async () => {
    const before = await documents();
    const cases: [Record<string, string>, string, Buffer | undefined, number, string][] = [
      [perda({ title: 'a\u0000b' }), 'perda.pdf', undefined, 422, 'title'],
      [perda({ title: 'x'.repeat(301) }), 'perda.pdf', undefined, 422, 'title'],
      [perda({ title: '' }), 'perda.pdf', undefined, 422, 'title'],
      [perda({ title: '=HYPERLINK("http://x")' }), 'perda.pdf', undefined, 422, 'title'],
      [perda({ year: 'dua ribu' }), 'perda.pdf', undefined, 422, 'year'],
      [perda({ year: '1800' }), 'perda.pdf', undefined, 422, 'year'],
      [perda({ kind: '=cmd|"/c calc"!A1' }), 'perda.pdf', undefined, 422, 'kind'],
      [perda({ kind: 'arg_share' }), 'perda.pdf', undefined, 422, 'kind'],
      [perda({ validFrom: '2025-02-30' }), 'perda.pdf', undefined, 422, 'validFrom'],
      [perda({ validUntil: '2020-01-01' }), 'perda.pdf', undefined, 422, 'validUntil'],
      [perda({ opdId: '00000000-0000-4000-8000-000000000000' }), 'perda.pdf', undefined, 422, 'opdId'],
      [perda({ title: 'Lain (uji)' }), 'perda.pdf', Buffer.from('MZ\x90\x00 this is an exe'), 422, 'file'],
      [perda({ title: 'Kosong (uji)' }), 'perda.pdf', Buffer.alloc(0), 422, 'file'],
      [
        perda({ title: 'Besar (uji)' }),
        'besar.pdf',
        Buffer.concat([PDF, Buffer.alloc(1.5 * 1024 * 1024, 0x20)]),
        413,
        'file',
      ],
      [perda(), 'perda-lagi.pdf', undefined, 409, 'title'],
      [
        perda({ title: 'PERDA KOTA PALU TENTANG PENGARUSUTAMAAN GENDER (UJI)' }),
        'p.pdf',
        undefined,
        409,
        'title',
      ],
    ];
    for (const [fields, name, bytes, status, field] of cases) {
      const res = await upload(admin, fields, name, bytes);
      assert.equal(res.statusCode, status, `${JSON.stringify(fields).slice(0, 80)}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
    const unknownField = await upload(admin, { ...perda({ title: 'Lain lagi (uji)' }), secret: 'x' });
    assert.equal(unknownField.statusCode, 201, 'form fields the schema does not read are ignored');
    await api.delete(`/api/evaluation-evidence/${unknownField.json().id}`, admin);
    assert.equal(await documents(), before);
  });

  test("an operator uploads for its own OPD only, and cannot touch the region's documents", async () => {
    const own = await upload(
      operator,
      { kind: 'sarpras_photos', year: '2025', title: 'Ruang laktasi Dinkes (uji)' },
      'laktasi.png',
      TINY_PNG,
    );
    assert.equal(own.statusCode, 201, own.body);
    assert.equal(own.json().opd.id, dinkes);
    assert.equal(own.json().contentType, 'image/png');
    const other = await upload(
      operator,
      { kind: 'sarpras_photos', year: '2025', title: 'Dinsos (uji)', opdId: dinsos },
      'x.png',
      TINY_PNG,
    );
    assert.equal(other.statusCode, 403, other.body);
    assert.ok(other.json().error.fields?.opdId);
    const edit = await api.put(`/api/evaluation-evidence/${perdaId}`, operator, {
      kind: 'regulation_pug',
      year: 2025,
      title: 'Diambil alih',
      version: 1,
    });
    assert.equal(edit.statusCode, 403);
    const move = await api.put(`/api/evaluation-evidence/${own.json().id}`, operator, {
      kind: 'sarpras_photos',
      year: 2025,
      title: 'Ruang laktasi Dinkes (uji)',
      opdId: dinsos,
      version: own.json().version,
    });
    assert.equal(move.statusCode, 403, 'an operator cannot move its document to another OPD');
    const list = (await api.get(`${REGION}?year=2025&kind=sarpras_photos`, operator)).json();
    assert.equal(list.canManage, false);
    assert.deepEqual(
      list.opds.map((o: { id: string }) => o.id),
      [dinkes],
    );
    assert.equal(list.kinds[0].uploads[0].canWrite, true);
  });

  test('DP3A edits a document (version checked) and a validity over years shows it in each year', async () => {
    const res = await api.put(`/api/evaluation-evidence/${perdaId}`, admin, {
      kind: 'regulation_pug',
      year: 2023,
      title: 'Perda Kota Palu Nomor 3 Tahun 2023 tentang PUG (uji)',
      note: '',
      validFrom: '2023-06-01',
      validUntil: null,
      opdId: null,
      version: 1,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().version, 2);
    const stale = await api.put(`/api/evaluation-evidence/${perdaId}`, admin, {
      ...(res.json() as object),
      version: 1,
    });
    assert.equal(stale.statusCode, 400, 'the answer shape is not an edit body');
    const staleEdit = await api.put(`/api/evaluation-evidence/${perdaId}`, admin, {
      kind: 'regulation_pug',
      year: 2023,
      title: 'x',
      version: 1,
    });
    assert.equal(staleEdit.statusCode, 409);
    for (const year of [2023, 2025]) {
      const list = (await api.get(`${REGION}?year=${year}&kind=regulation_pug`, provinsi)).json();
      assert.ok(
        list.kinds[0].uploads.some((d: { id: string }) => d.id === perdaId),
        `${year}`,
      );
      assert.equal(list.canUpload, false);
    }
    const before = (await api.get(`${REGION}?year=2022&kind=regulation_pug`, admin)).json();
    assert.equal(before.kinds[0].uploads.length, 0, 'not before it was in force');
  });

  test('live evidence of the demo region: links to the current records, figures with their source', async () => {
    const list = (await api.get(`${REGION}?year=2025`, admin)).json();
    assert.equal(list.kinds.length, EVIDENCE_KINDS.length);
    const of = (kind: string) => list.kinds.find((k: { kind: string }) => k.kind === kind);
    const pokja = of('sk_pokja_pug').live;
    assert.ok(pokja.length >= 1, JSON.stringify(of('sk_pokja_pug')));
    assert.match(pokja[0].href, /^\/kelembagaan\?region=72\.71$/);
    assert.equal(pokja[0].link.source, 'live');
    assert.equal(pokja[0].link.ref.module, 'kelembagaan');
    const arg = of('arg_share').live[0];
    assert.ok(arg.figure, JSON.stringify(arg));
    assert.match(arg.figure.source, /Rekap ARG/);
    const indicators = (await api.get(`${REGION}/indicators?year=2025`, provinsi)).json();
    assert.deepEqual(indicators.candidates.map((c: { link: { kind: string } }) => c.link.kind).sort(), [
      'arg_share',
      'data_terpilah',
      'focal_point_share',
      'gap_opd_share',
      'staff_trained_share',
    ]);
    for (const c of indicators.candidates) assert.ok(c.figure.display && c.figure.source, c.link.kind);
  });

  test('proposeEvidence answers the live records and the uploads of the asked kinds, for every provider', async () => {
    const all = await proposeEvidence(t.database.db, '72.71', 2025, [
      ...liveKinds(),
      'regulation_pug',
      'tidak_ada',
    ]);
    const kinds = new Set(all.map((c) => c.link.kind));
    for (const k of ['sk_pokja_pug', 'arg_share', 'regulation_pug']) assert.ok(kinds.has(k), k);
    const upload = all.find(
      (c) => c.link.source === 'upload' && c.link.kind === 'regulation_pug' && !/CONTOH/.test(c.link.title),
    )!;
    assert.deepEqual(upload.link.ref, { documentId: perdaId });
    assert.equal(upload.href, `/api/evaluation-evidence/${perdaId}/file`);
    const viaApi = await api.get(`${REGION}/proposals?year=2025&kinds=sk_pokja_pug,regulation_pug`, admin);
    assert.equal(viaApi.statusCode, 200, viaApi.body);
    assert.deepEqual(
      [...new Set(viaApi.json().candidates.map((c: { link: { kind: string } }) => c.link.kind))].sort(),
      ['regulation_pug', 'sk_pokja_pug'],
    );
    const bad = await api.get(`${REGION}/proposals?year=2025&kinds=${encodeURIComponent('=A1,x')}`, admin);
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields?.['kinds.0'] ?? bad.json().error.fields?.kinds, bad.body);
  });

  test("the demo's documents of Kota Palu: labelled CONTOH, their generated files download as PDF and PNG", async () => {
    const list = (await api.get(`${REGION}?year=2025`, provinsi)).json();
    const demo = list.kinds.flatMap((k: { uploads: { isDemo: boolean }[] }) =>
      k.uploads.filter((d) => d.isDemo),
    );
    assert.ok(demo.length >= 3, JSON.stringify(demo.map((d: { title: string }) => d.title)));
    for (const d of demo as { title: string; downloadUrl: string; contentType: string; bytes: number }[]) {
      assert.match(d.title, /CONTOH/);
      const file = await api.get(d.downloadUrl, provinsi);
      assert.equal(file.statusCode, 200, d.title);
      assert.equal(file.headers['content-type'], d.contentType);
      assert.equal(file.rawPayload.length, d.bytes, d.title);
      const head = file.rawPayload.subarray(0, 4).toString('latin1');
      assert.ok(head === '%PDF' || head === '\x89PNG', `${d.title}: ${head}`);
    }
  });

  test('a reader of another kab/kota is refused, a missing document is 404', async () => {
    const res = await api.get(`/api/regions/72.03/evaluation-evidence?year=2025`, admin);
    assert.equal(res.statusCode, 403);
    const missing = await api.get('/api/evaluation-evidence/00000000-0000-4000-8000-000000000000', admin);
    assert.equal(missing.statusCode, 404);
  });

  test('deleting a document removes its row and its file', async () => {
    const [row] = (
      (await t.database.db.execute(
        sql`select file_key from evaluation_evidence_documents where id = ${perdaId}`,
      )) as unknown as { rows: { file_key: string }[] }
    ).rows;
    const res = await api.delete(`/api/evaluation-evidence/${perdaId}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(
      await countOf(t, sql`select count(*) from evaluation_evidence_documents where id = ${perdaId}`),
      0,
    );
    await assert.rejects(() => t.files.get(row.file_key));
    assert.equal((await api.get(`/api/evaluation-evidence/${perdaId}/file`, admin)).statusCode, 404);
  });

  test("removing the demo deletes its documents but keeps a region's own upload and deactivates its OPD", async () => {
    await removeDemo(t.database.db);
    assert.equal(await countOf(t, sql`select count(*) from evaluation_evidence_documents where is_demo`), 0);
    const own = await countOf(
      t,
      sql`select count(*) from evaluation_evidence_documents where title = 'Ruang laktasi Dinkes (uji)'`,
    );
    assert.equal(own, 1);
    assert.equal(await countOf(t, sql`select count(*) from opd where id = ${dinkes} and not active`), 1);
  });
});
