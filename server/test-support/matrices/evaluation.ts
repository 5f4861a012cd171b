/**
 * Evaluation worksheets' permission table (domain/evaluation/access.ts), on two worksheets of
 * Kota Palu: a draft (answers, assignments, evidence, submit) and a submitted one (the
 * province's decisions, return, close; DP3A's reply). DP3A answers and submits; the Dinkes
 * operator answers the question assigned to Dinkes only; the province decides for its
 * kab/kota; the superadmin reads but does not verify a kab/kota whose cycle keeps the
 * national level out; another kab/kota (Donggala) and the institution account see nothing.
 * Writes that would end the case for the next caller name a stale version (409 for the
 * allowed caller).
 */
import { FIVE_TIERS, smallInstrument } from '../../../domain/evaluation/test-fixtures.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { caller, insertCycle, insertInstrument } from '../../modules/evaluation/test-helpers.js';
import { demoOpdIdsByShortName } from '../demo-opd.js';
import { PALU_READERS, type Case, type PermissionTable } from '../permission-matrix.js';

const STALE = { version: 999 };
const w = (ids: Record<string, string>, key: string, path = '') =>
  `/api/evaluation-worksheets/${ids[key]}${path}`;

const CASES: Case[] = [
  {
    name: "GET a region's worksheets",
    route: 'GET /api/regions/:code/evaluation',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/evaluation' }),
  },
  {
    name: 'POST start a worksheet (DP3A)',
    route: 'POST /api/regions/:code/evaluation',
    allowed: ['admin'],
    request: (_w, ids) => ({
      method: 'POST',
      url: '/api/regions/72.71/evaluation',
      payload: { cycleId: ids.draftCycle },
    }),
  },
  {
    name: "GET the province's verification queue",
    route: 'GET /api/regions/:code/evaluation/queue',
    allowed: ['superadmin', 'provinsi'],
    request: () => ({ method: 'GET', url: '/api/regions/72/evaluation/queue' }),
  },
  {
    name: 'GET the province side-by-side',
    route: 'GET /api/regions/:code/evaluation/recap',
    allowed: ['superadmin', 'provinsi'],
    request: (_w, ids) => ({
      method: 'GET',
      url: `/api/regions/72/evaluation/recap?cycleId=${ids.draftCycle}`,
    }),
  },
  {
    name: 'GET a worksheet',
    route: 'GET /api/evaluation-worksheets/:id',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'draft') }),
  },
  {
    name: 'GET the live score',
    route: 'GET /api/evaluation-worksheets/:id/score',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'draft', '/score') }),
  },
  {
    name: 'PUT an answer DP3A keeps',
    route: 'PUT /api/evaluation-worksheets/:id/answers/:questionCode',
    allowed: ['admin'],
    request: (_w, ids) => ({ method: 'PUT', url: w(ids, 'draft', '/answers/A1'), payload: { value: true } }),
  },
  {
    name: "PUT an answer assigned to the operator's OPD (Dinkes)",
    route: 'PUT /api/evaluation-worksheets/:id/answers/:questionCode',
    allowed: ['admin', 'operator'],
    request: (_w, ids) => ({ method: 'PUT', url: w(ids, 'draft', '/answers/B2'), payload: { value: 10 } }),
  },
  {
    name: "GET an answer's versions",
    route: 'GET /api/evaluation-worksheets/:id/answers/:questionCode/versions',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'draft', '/answers/A1/versions') }),
  },
  {
    name: 'PUT assignments (DP3A)',
    route: 'PUT /api/evaluation-worksheets/:id/assignments',
    allowed: ['admin'],
    request: (_w, ids) => ({
      method: 'PUT',
      url: w(ids, 'draft', '/assignments'),
      payload: { items: [{ questionCode: 'B2', opdId: ids.dinkes, userId: null }] },
    }),
  },
  {
    name: 'GET evidence proposals for a question',
    route: 'GET /api/evaluation-worksheets/:id/answers/:questionCode/proposals',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'draft', '/answers/A1/proposals') }),
  },
  {
    name: 'POST an evidence link (a document not in the repository: 422 for DP3A)',
    route: 'POST /api/evaluation-worksheets/:id/answers/:questionCode/links',
    allowed: ['admin'],
    request: (_w, ids) => ({
      method: 'POST',
      url: w(ids, 'draft', '/answers/A1/links'),
      payload: { kind: 'sk_pokja_pug', source: 'upload', documentId: ids.draft, title: 'x', year: 2026 },
    }),
  },
  {
    name: 'DELETE an evidence link',
    route: 'DELETE /api/evaluation-worksheets/:id/links/:linkId',
    allowed: ['admin'],
    request: (_w, ids) => ({ method: 'DELETE', url: w(ids, 'draft', `/links/${ids.link}`) }),
  },
  {
    name: 'POST submit (stale version)',
    route: 'POST /api/evaluation-worksheets/:id/submit',
    allowed: ['admin'],
    request: (_w, ids) => ({ method: 'POST', url: w(ids, 'draft', '/submit'), payload: STALE }),
  },
  {
    name: "PUT decisions on a Palu worksheet (its province's)",
    route: 'PUT /api/evaluation-worksheets/:id/decisions',
    allowed: ['provinsi'],
    request: (_w, ids) => ({
      method: 'PUT',
      url: w(ids, 'submitted', '/decisions'),
      payload: { items: [{ questionCode: 'A1', decision: 'accepted' }] },
    }),
  },
  {
    name: 'POST return comments to the region',
    route: 'POST /api/evaluation-worksheets/:id/stages/:stage/return',
    allowed: ['provinsi'],
    request: (_w, ids) => ({ method: 'POST', url: w(ids, 'submitted', '/stages/administrative/return') }),
  },
  {
    name: "POST the region's reply",
    route: 'POST /api/evaluation-worksheets/:id/replies',
    allowed: ['admin'],
    request: (_w, ids) => ({
      method: 'POST',
      url: w(ids, 'submitted', '/replies'),
      payload: { stage: 'administrative', questionCode: 'A2', body: 'Dokumen terlampir' },
    }),
  },
  {
    name: 'POST close a stage (stale version)',
    route: 'POST /api/evaluation-worksheets/:id/stages/:stage/close',
    allowed: ['provinsi'],
    request: (_w, ids) => ({
      method: 'POST',
      url: w(ids, 'submitted', '/stages/administrative/close'),
      payload: STALE,
    }),
  },
  {
    name: 'GET results',
    route: 'GET /api/evaluation-worksheets/:id/results',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'submitted', '/results') }),
  },
  ...(['export/xlsx', 'export/pdf', 'verification-report', 'evidence-zip'] as const).map((path): Case => ({
    name: `GET ${path} (the region's readers but the OPD operator)`,
    route: `GET /api/evaluation-worksheets/:id/${path}`,
    allowed: ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja'],
    request: (_w, ids) => ({ method: 'GET', url: w(ids, 'submitted', `/${path}`) }),
  })),
  ...(['xlsx', 'pdf'] as const).map((kind): Case => ({
    name: `GET the province recap (${kind})`,
    route: `GET /api/regions/:code/evaluation/recap/${kind}`,
    allowed: ['superadmin', 'provinsi'],
    request: (_w, ids) => ({
      method: 'GET',
      url: `/api/regions/72/evaluation/recap/${kind}?cycleId=${ids.draftCycle}`,
    }),
  })),
];

export const EVALUATION_TABLE: PermissionTable = {
  title: 'evaluation',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const call = caller(t);
    const admin = cookie('admin');
    const prov = cookie('provinsi');
    const db = t.database.db;
    const ok = async (res: ReturnType<typeof call>, what: string) => {
      const r = await res;
      if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const instrumentId = await insertInstrument(db, 'MATRIKS', smallInstrument());
    const draftCycle = await insertCycle(db, { year: 2031, instrumentId, tiers: FIVE_TIERS });
    const submittedCycle = await insertCycle(db, { year: 2032, instrumentId, tiers: FIVE_TIERS });
    const dinkes = (await demoOpdIdsByShortName(t, admin)).get('Dinkes')!;
    const draft = (
      await ok(call(admin, 'POST', '/api/regions/72.71/evaluation', { cycleId: draftCycle }), 'draft')
    ).id;
    await ok(
      call(admin, 'PUT', `/api/evaluation-worksheets/${draft}/assignments`, {
        items: [{ questionCode: 'B2', opdId: dinkes, userId: null }],
      }),
      'assign',
    );
    const file = multipart('sk.png', TINY_PNG, {
      kind: 'sk_pokja_pug',
      year: '2031',
      title: 'SK Pokja matriks',
    });
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/evaluation-evidence',
      headers: { cookie: admin, ...file.headers },
      payload: file.payload,
    });
    if (up.statusCode !== 201) throw new Error(`upload: ${up.statusCode} ${up.body}`);
    const link = (
      await ok(
        call(admin, 'POST', `/api/evaluation-worksheets/${draft}/answers/A1/links`, {
          kind: 'sk_pokja_pug',
          source: 'upload',
          documentId: up.json().id,
          title: 'SK Pokja matriks',
          year: 2031,
        }),
        'link',
      )
    ).link.id;
    const submitted = (
      await ok(call(admin, 'POST', '/api/regions/72.71/evaluation', { cycleId: submittedCycle }), 'ws')
    ).id;
    await ok(
      call(admin, 'PUT', `/api/evaluation-worksheets/${submitted}/answers/A2`, { value: 'A' }),
      'answer',
    );
    const { version } = await ok(call(admin, 'GET', `/api/evaluation-worksheets/${submitted}`), 'read');
    await ok(call(admin, 'POST', `/api/evaluation-worksheets/${submitted}/submit`, { version }), 'submit');
    await ok(
      call(prov, 'PUT', `/api/evaluation-worksheets/${submitted}/decisions`, {
        items: [{ questionCode: 'A2', decision: 'rejected', comment: 'Bukti belum ada' }],
      }),
      'decide',
    );
    return { draftCycle, draft, submitted, dinkes, link };
  },
};
