/**
 * PPRG documents' permission table: GAP worksheets with their GBS and TOR, their review,
 * official exports, the region's letterhead and each OPD's signatory. DP3A's demo GAP is
 * submitted (in the review queue), Dinas Kesehatan's is approved; the demo operator belongs to
 * Dinas Kesehatan.
 */
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import {
  NOT_OPERATOR,
  OPERATOR_EDITORS,
  PALU_ADMINS,
  PALU_READERS,
  demoOpdIds,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const REVIEWERS: Who[] = ['superadmin', 'admin', 'reviewer'];

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/gap (queue)',
    route: 'GET /api/regions/:code/gap',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/gap?year=2026' }),
  },
  {
    name: 'POST /api/sub-activities/:id/gap (the operator’s OPD; later callers find it started)',
    route: 'POST /api/sub-activities/:id/gap',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'POST', url: `/api/sub-activities/${ids.freshLine}/gap` }),
  },
  {
    name: 'GET /api/gap/:id (another OPD’s document)',
    route: 'GET /api/gap/:id',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}` }),
  },
  {
    name: 'GET /api/gap/:id (the operator’s OPD)',
    route: 'GET /api/gap/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dinkesGap}` }),
  },
  {
    name: 'PUT /api/gap/:id (content: editors only, never reviewers)',
    route: 'PUT /api/gap/:id',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'PUT', url: `/api/gap/${ids.dinkesGap}`, payload: { version: 1 } }),
  },
  {
    name: 'POST /api/gap/:id/gbs (redraft: editors only)',
    route: 'POST /api/gap/:id/gbs',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.draftGap}/gbs`,
      payload: { version: Number(ids.draftVersion) },
    }),
  },
  {
    name: 'POST /api/gap/:id/tor (redraft: editors only)',
    route: 'POST /api/gap/:id/tor',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.draftGap}/tor`,
      payload: { version: Number(ids.draftVersion) },
    }),
  },
  {
    name: 'POST /api/gap/:id/submit (editors only; incomplete here, so 422 for them)',
    route: 'POST /api/gap/:id/submit',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.draftGap}/submit`,
      payload: { version: Number(ids.draftVersion) },
    }),
  },
  {
    name: 'POST /api/gap/:id/comments (any reader of the OPD’s documents)',
    route: 'POST /api/gap/:id/comments',
    allowed: PALU_READERS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.dinkesGap}/comments`,
      payload: { target: '2', body: `Catatan ${who}` },
    }),
  },
  {
    name: 'POST /api/gap/:id/comments (another OPD’s document)',
    route: 'POST /api/gap/:id/comments',
    allowed: NOT_OPERATOR,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.dp3aGap}/comments`,
      payload: { body: `Catatan ${who}` },
    }),
  },
  {
    name: 'PATCH /api/gap/:id/comments/:eventId (resolve: the OPD’s editors)',
    route: 'PATCH /api/gap/:id/comments/:eventId',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/gap/${ids.dinkesGap}/comments/${ids.comment}`,
      payload: { resolved: true },
    }),
  },
  {
    name: 'POST /api/gap/:id/decision',
    route: 'POST /api/gap/:id/decision',
    allowed: REVIEWERS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.dp3aGap}/decision`,
      payload: { decision: 'revision', body: 'Lengkapi data langkah 2.', target: '2' },
    }),
  },
  {
    name: 'GET /api/gap/:id/versions (another OPD’s document)',
    route: 'GET /api/gap/:id/versions',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}/versions` }),
  },
  {
    name: 'GET /api/gap/:id/saves (another OPD’s document)',
    route: 'GET /api/gap/:id/saves',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}/saves` }),
  },
  {
    name: 'GET /api/gap/:id/compare (the operator’s OPD)',
    route: 'GET /api/gap/:id/compare',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dinkesGap}/compare?from=1` }),
  },
  {
    name: 'GET /api/gap/:id/export/gbs.xlsx (another OPD’s document)',
    route: 'GET /api/gap/:id/export/:doc.:format',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}/export/gbs.xlsx` }),
  },
  {
    name: 'GET /api/regions/:code/pprg-set (what the set holds)',
    route: 'GET /api/regions/:code/pprg-set',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/pprg-set?year=2026' }),
  },
  {
    name: 'GET /api/regions/:code/pprg-set.xlsx',
    route: 'GET /api/regions/:code/pprg-set.:format',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/pprg-set.xlsx?year=2026&doc=gbs' }),
  },
  {
    name: 'GET /api/regions/:code/arg-recap.xlsx',
    route: 'GET /api/regions/:code/arg-recap.:format',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/arg-recap.xlsx?year=2026' }),
  },
  {
    name: 'GET /api/regions/:code/letterhead',
    route: 'GET /api/regions/:code/letterhead',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/letterhead' }),
  },
  {
    name: 'PUT /api/regions/:code/letterhead',
    route: 'PUT /api/regions/:code/letterhead',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'PUT',
      url: '/api/regions/72.71/letterhead',
      payload: { governmentName: 'PEMERINTAH KOTA PALU', address: '', contact: '', place: 'Palu' },
    }),
  },
  {
    name: 'PUT /api/regions/:code/letterhead/logo',
    route: 'PUT /api/regions/:code/letterhead/logo',
    allowed: PALU_ADMINS,
    request: () => {
      const file = multipart('logo.png', TINY_PNG);
      return {
        method: 'PUT',
        url: '/api/regions/72.71/letterhead/logo',
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/regions/:code/letterhead/logo (after the upload above)',
    route: 'GET /api/regions/:code/letterhead/logo',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/letterhead/logo' }),
  },
  {
    name: 'DELETE /api/regions/:code/letterhead/logo (deleting twice is no error)',
    route: 'DELETE /api/regions/:code/letterhead/logo',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'DELETE', url: '/api/regions/72.71/letterhead/logo' }),
  },
  {
    name: 'GET /api/opd/:id/signatory (the operator’s OPD)',
    route: 'GET /api/opd/:id/signatory',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/opd/${ids.dinkes}/signatory` }),
  },
  {
    name: 'GET /api/opd/:id/signatory (another OPD)',
    route: 'GET /api/opd/:id/signatory',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/opd/${ids.dinsos}/signatory` }),
  },
  {
    name: 'PUT /api/opd/:id/signatory (the operator’s OPD)',
    route: 'PUT /api/opd/:id/signatory',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/opd/${ids.dinkes}/signatory`,
      payload: { name: 'dr. Uji Matriks', nip: '', position: '', rank: '' },
    }),
  },
  {
    name: 'PUT /api/opd/:id/signatory (another OPD)',
    route: 'PUT /api/opd/:id/signatory',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/opd/${ids.dinsos}/signatory`,
      payload: { name: 'Uji Matriks', nip: '', position: '', rank: '' },
    }),
  },
];

export const PPRG_DOCUMENTS_TABLE: PermissionTable = {
  title: 'PPRG documents',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const sa = cookie('superadmin');
    const opd = await demoOpdIds(t, sa);
    const lines = (
      await t.app.inject({
        url: '/api/regions/72.71/sub-activities?year=2026&pageSize=200',
        headers: { cookie: sa },
      })
    ).json().items as { id: string; opdId: string; gap: { id: string } | null; code: string }[];
    const post = async (url: string, who: Who, payload?: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: cookie(who) }, payload });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const line = (code: string) =>
      post('/api/regions/72.71/sub-activities', 'admin', {
        year: 2028,
        opdId: opd.dinkes,
        code,
        name: `Uji matriks ${code}`,
        budget: '1000000',
      });
    const dinkesGap = lines.find((l) => l.opdId === opd.dinkes && l.gap)!.gap!.id;
    // A draft the editors' cases act on; the demo's own documents are submitted or approved.
    const draft = await post(`/api/sub-activities/${(await line('1.02.02.2.02.0004')).id}/gap`, 'operator');
    const comment = await post(`/api/gap/${dinkesGap}/comments`, 'reviewer', {
      target: '3',
      body: 'Periksa.',
    });
    return {
      ...opd,
      dinkesGap,
      dp3aGap: lines.find((l) => l.code === '2.08.02.2.02.0001')!.gap!.id,
      freshLine: (await line('1.02.02.2.02.0005')).id,
      draftGap: draft.id,
      draftVersion: String(draft.version),
      comment: comment.id,
    };
  },
};
