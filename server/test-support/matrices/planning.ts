/**
 * PPRG planning's permission table: the SIPD nomenclature, sub-kegiatan lines and their budget
 * import, the ARG recap, RPJMD periods and RPJMD/Renstra targets. The demo operator belongs to
 * Dinas Kesehatan (Dinkes); Dinas Sosial (Dinsos) is "another OPD".
 */
import { multipart } from '../../modules/imports/test-helpers.js';
import {
  EVERYONE,
  NOT_OPERATOR,
  OPERATOR_EDITORS,
  PALU_ADMINS,
  PALU_READERS,
  SIGNED_IN,
  callerNo,
  demoOpdIds,
  type Case,
  type PermissionTable,
} from '../permission-matrix.js';

const target = (statement: string, opdId: string | null) => ({
  opdId,
  kind: 'sasaran',
  statement,
  indicatorName: 'Persentase OPD yang menyusun GAP',
  yearTargets: { '2026': '50' },
});

const CASES: Case[] = [
  {
    name: 'GET /api/nomenclature',
    route: 'GET /api/nomenclature',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/nomenclature?q=gender' }),
  },
  {
    name: 'GET /api/nomenclature/:code/path',
    route: 'GET /api/nomenclature/:code/path',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/nomenclature/1.02.02.2.02.0001/path' }),
  },
  {
    name: 'GET /api/regions/:code/planning-years',
    route: 'GET /api/regions/:code/planning-years',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/planning-years' }),
  },
  {
    name: 'GET /api/regions/:code/sub-activities',
    route: 'GET /api/regions/:code/sub-activities',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/sub-activities?year=2026' }),
  },
  {
    name: 'POST /api/regions/:code/sub-activities (the operator’s OPD)',
    route: 'POST /api/regions/:code/sub-activities',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'POST',
      url: '/api/regions/72.71/sub-activities',
      payload: {
        year: 2027,
        opdId: ids.dinkes,
        code: `1.02.02.2.02.00${String(callerNo(who) + 10)}`,
        name: `Uji ${who}`,
        outputIndicator: '',
        target: '',
        budget: '1000000',
      },
    }),
  },
  {
    name: 'POST /api/regions/:code/sub-activities (another OPD)',
    route: 'POST /api/regions/:code/sub-activities',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: '/api/regions/72.71/sub-activities',
      payload: {
        year: 2027,
        opdId: ids.dinsos,
        code: `1.06.04.2.01.00${String(callerNo(who) + 10)}`,
        name: `Uji ${who}`,
        budget: '1000000',
      },
    }),
  },
  {
    name: 'PATCH /api/sub-activities/:id (the operator’s OPD)',
    route: 'PATCH /api/sub-activities/:id',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/sub-activities/${ids.dinkesLine}`,
      payload: { argCategory: 'khusus' },
    }),
  },
  {
    name: 'PATCH /api/sub-activities/:id (another OPD)',
    route: 'PATCH /api/sub-activities/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/sub-activities/${ids.dinsosLine}`,
      payload: { argCategory: 'netral' },
    }),
  },
  {
    name: 'GET /api/sub-activities/import-template.xlsx',
    route: 'GET /api/sub-activities/import-template.xlsx',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/sub-activities/import-template.xlsx' }),
  },
  {
    name: 'POST /api/regions/:code/sub-activities/import (budget import: admins only)',
    route: 'POST /api/regions/:code/sub-activities/import',
    allowed: PALU_ADMINS,
    request: () => {
      const file = multipart('pagu.csv', 'OPD;Kode;Nama;Pagu\nDinkes;1.02.02.2.02.0003;Uji impor;1000000\n');
      return {
        method: 'POST',
        url: '/api/regions/72.71/sub-activities/import?year=2029',
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/regions/:code/arg-recap',
    route: 'GET /api/regions/:code/arg-recap',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/arg-recap?year=2026' }),
  },
  {
    name: 'GET /api/regions/:code/rpjmd',
    route: 'GET /api/regions/:code/rpjmd',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/rpjmd' }),
  },
  {
    name: 'POST /api/regions/:code/rpjmd',
    route: 'POST /api/regions/:code/rpjmd',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/rpjmd',
      payload: { startYear: 2040 + callerNo(who) * 5, vision: `Uji ${who}` },
    }),
  },
  {
    name: 'PATCH /api/rpjmd/:id',
    route: 'PATCH /api/rpjmd/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/rpjmd/${ids.rpjmd}`,
      payload: { vision: `Visi ${who}` },
    }),
  },
  {
    name: 'GET /api/rpjmd/:id/targets (the RPJMD’s own)',
    route: 'GET /api/rpjmd/:id/targets',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/rpjmd/${ids.rpjmd}/targets` }),
  },
  {
    name: 'GET /api/rpjmd/:id/targets?opdId= (another OPD’s Renstra)',
    route: 'GET /api/rpjmd/:id/targets',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/rpjmd/${ids.rpjmd}/targets?opdId=${ids.dinsos}` }),
  },
  {
    name: 'POST /api/rpjmd/:id/targets (an RPJMD target: admins only)',
    route: 'POST /api/rpjmd/:id/targets',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/rpjmd/${ids.rpjmd}/targets`,
      payload: target(`Sasaran RPJMD ${who}`, null),
    }),
  },
  {
    name: 'POST /api/rpjmd/:id/targets (the operator’s OPD’s Renstra)',
    route: 'POST /api/rpjmd/:id/targets',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/rpjmd/${ids.rpjmd}/targets`,
      payload: target(`Sasaran Renstra ${who}`, ids.dinkes),
    }),
  },
  {
    name: 'PATCH /api/plan-targets/:id (the operator’s OPD’s Renstra target)',
    route: 'PATCH /api/plan-targets/:id',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/plan-targets/${ids.dinkesTarget}`,
      payload: { statement: `Diubah ${who}` },
    }),
  },
  {
    name: 'PATCH /api/plan-targets/:id (an RPJMD target)',
    route: 'PATCH /api/plan-targets/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/plan-targets/${ids.rpjmdTarget}`,
      payload: { statement: `Diubah ${who}` },
    }),
  },
  {
    name: 'DELETE /api/plan-targets/:id (the operator’s OPD’s Renstra target; one per caller)',
    route: 'DELETE /api/plan-targets/:id',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({ method: 'DELETE', url: `/api/plan-targets/${ids[`dinkesTarget.${who}`]}` }),
  },
];

export const PLANNING_TABLE: PermissionTable = {
  title: 'planning',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const sa = cookie('superadmin');
    const opd = await demoOpdIds(t, sa);
    const lines = (
      await t.app.inject({
        url: '/api/regions/72.71/sub-activities?year=2026&pageSize=200',
        headers: { cookie: sa },
      })
    ).json().items as { id: string; opdId: string; gap: { id: string } | null }[];
    const rpjmd = (await t.app.inject({ url: '/api/regions/72.71/rpjmd', headers: { cookie: sa } })).json()
      .items[0].id as string;
    const addTarget = async (statement: string, opdId: string | null) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/rpjmd/${rpjmd}/targets`,
        headers: { cookie: sa },
        payload: target(statement, opdId),
      });
      if (res.statusCode !== 201) throw new Error(`target: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    // DELETE succeeds once: every caller gets a target of their own to try it on.
    const perCaller: Record<string, string> = {};
    for (const who of EVERYONE)
      perCaller[`dinkesTarget.${who}`] = await addTarget(`Hapus ${who}`, opd.dinkes);
    return {
      ...opd,
      ...perCaller,
      dinkesLine: lines.find((l) => l.opdId === opd.dinkes && !l.gap)!.id,
      dinsosLine: lines.find((l) => l.opdId === opd.dinsos)!.id,
      rpjmd,
      rpjmdTarget: await addTarget('Sasaran RPJMD matriks', null),
      dinkesTarget: await addTarget('Sasaran Renstra matriks', opd.dinkes),
    };
  },
};
