/**
 * Every role (and the anonymous public) against the PPRG routes: planning, GAP documents and
 * their review, official exports, letterhead. The demo operator belongs to Dinas Kesehatan;
 * DP3A's demo GAP is submitted (in the review queue), Dinas Kesehatan's is approved.
 */
import {
  PALU_ADMINS,
  PALU_READERS,
  SIGNED_IN,
  demoOpdIds,
  permissionMatrix,
  type Case,
  type Who,
} from './test-support/permission-matrix.js';

const OPERATOR_EDITORS: Who[] = [...PALU_ADMINS, 'operator'];
const NOT_OPERATOR: Who[] = PALU_READERS.filter((w) => w !== 'operator');
const REVIEWERS: Who[] = ['superadmin', 'admin', 'reviewer'];

const CASES: Case[] = [
  {
    name: 'GET /api/nomenclature',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/nomenclature?q=gender' }),
  },
  {
    name: 'GET /api/regions/:code/sub-activities',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/sub-activities?year=2026' }),
  },
  {
    name: 'POST /api/regions/:code/sub-activities (the operator’s OPD)',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'POST',
      url: '/api/regions/72.71/sub-activities',
      payload: {
        year: 2027,
        opdId: ids.dinkes,
        code: `1.02.02.2.02.00${String(EVERY_CALLER.indexOf(who) + 10)}`,
        name: `Uji ${who}`,
        outputIndicator: '',
        target: '',
        budget: '1000000',
      },
    }),
  },
  {
    name: 'PATCH /api/sub-activities/:id (the operator’s OPD)',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/sub-activities/${ids.dinkesLine}`,
      payload: { argCategory: 'khusus' },
    }),
  },
  {
    name: 'PATCH /api/sub-activities/:id (another OPD)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/sub-activities/${ids.dinsosLine}`,
      payload: { argCategory: 'netral' },
    }),
  },
  {
    name: 'GET /api/regions/:code/arg-recap',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/arg-recap?year=2026' }),
  },
  {
    name: 'POST /api/regions/:code/rpjmd',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/rpjmd',
      payload: { startYear: 2040 + EVERY_CALLER.indexOf(who) * 5, vision: `Uji ${who}` },
    }),
  },
  {
    name: 'GET /api/regions/:code/gap (queue)',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/gap?year=2026' }),
  },
  {
    name: 'GET /api/gap/:id (another OPD’s document)',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}` }),
  },
  {
    name: 'GET /api/gap/:id (the operator’s OPD)',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dinkesGap}` }),
  },
  {
    name: 'PUT /api/gap/:id (content: editors only, never reviewers)',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({ method: 'PUT', url: `/api/gap/${ids.dinkesGap}`, payload: { version: 1 } }),
  },
  {
    name: 'POST /api/gap/:id/decision',
    allowed: REVIEWERS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/gap/${ids.dp3aGap}/decision`,
      payload: { decision: 'revision', body: 'Lengkapi data langkah 2.', target: '2' },
    }),
  },
  {
    name: 'GET /api/gap/:id/export/gbs.pdf (another OPD’s document)',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/gap/${ids.dp3aGap}/export/gbs.xlsx` }),
  },
  {
    name: 'GET /api/regions/:code/pprg-set.xlsx',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/pprg-set.xlsx?year=2026&doc=gbs' }),
  },
  {
    name: 'GET /api/regions/:code/letterhead',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/letterhead' }),
  },
  {
    name: 'PUT /api/regions/:code/letterhead',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'PUT',
      url: '/api/regions/72.71/letterhead',
      payload: { governmentName: 'PEMERINTAH KOTA PALU', address: '', contact: '', place: 'Palu' },
    }),
  },
  {
    name: 'PUT /api/opd/:id/signatory (the operator’s OPD)',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/opd/${ids.dinkes}/signatory`,
      payload: { name: 'dr. Uji Matriks', nip: '', position: '', rank: '' },
    }),
  },
  {
    name: 'PUT /api/opd/:id/signatory (another OPD)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/opd/${ids.dinsos}/signatory`,
      payload: { name: 'Uji Matriks', nip: '', position: '', rank: '' },
    }),
  },
];

const EVERY_CALLER: Who[] = ['anonymous', ...SIGNED_IN];

permissionMatrix('PPRG permission matrix', CASES, async (t, sa) => {
  const opd = await demoOpdIds(t, sa);
  const lines = (
    await t.app.inject({
      url: '/api/regions/72.71/sub-activities?year=2026&pageSize=200',
      headers: { cookie: sa },
    })
  ).json().items as { id: string; opdId: string; gap: { id: string } | null; code: string }[];
  const dinkesGap = lines.find((l) => l.opdId === opd.dinkes && l.gap)!.gap!.id;
  const dp3aGap = lines.find((l) => l.code === '2.08.02.2.02.0001')!.gap!.id;
  return {
    ...opd,
    dinkesLine: lines.find((l) => l.opdId === opd.dinkes && !l.gap)!.id,
    dinsosLine: lines.find((l) => l.opdId === opd.dinsos)!.id,
    dinkesGap,
    dp3aGap,
  };
});
