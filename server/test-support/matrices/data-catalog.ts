/**
 * Data terpilah's catalog permission table: indicators, dimension sets, validation rules and
 * which OPD answers for which indicator. Catalog entries belong to the nation (superadmin
 * manages them) or to a region (its admin daerah does); reading the catalog is public.
 */
import {
  EVERYONE,
  PALU_ADMINS,
  PALU_READERS,
  callerNo,
  demoOpdIds,
  type Case,
  type PermissionTable,
} from '../permission-matrix.js';

const indicator = (code: string, ownerRegionCode: string) => ({
  code,
  ownerRegionCode,
  nameId: `Indikator uji ${code}`,
  nameEn: `Test indicator ${code}`,
  unit: 'orang',
  domainGroup: 'kependudukan',
  source: 'administrative',
  aggregation: 'sum',
});
const dimensionSet = (code: string, ownerRegionCode: string) => ({
  code,
  ownerRegionCode,
  nameId: `Dimensi uji ${code}`,
  nameEn: `Test dimension ${code}`,
  members: [
    { code: 'a', labelId: 'A', labelEn: 'A' },
    { code: 'b', labelId: 'B', labelEn: 'B' },
  ],
});
// Always true on the demo figures, so it never blocks the data-values table's submits.
const rule = (ownerRegionCode: string) => ({
  ownerRegionCode,
  leftIndicator: 'KES_KEMATIAN_IBU',
  operator: '<=',
  rightIndicator: 'KES_KELAHIRAN_HIDUP',
  messageId: 'Uji matriks',
  messageEn: 'Matrix test',
});
const listHas =
  (key: string, field = 'code') =>
  (body: unknown, ids: Record<string, string>) =>
    (body as { items: Record<string, unknown>[] }).items.some((i) => String(i[field]) === ids[key]);

const CASES: Case[] = [
  {
    name: 'GET /api/indicators (the national catalog)',
    route: 'GET /api/indicators',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/indicators?q=KES_UHH' }),
  },
  {
    name: 'GET /api/indicators?region=72.71 (a region’s own entries are public catalog too)',
    route: 'GET /api/indicators',
    allowed: EVERYONE,
    request: (_who, ids) => ({ method: 'GET', url: `/api/indicators?region=72.71&q=${ids.paluIndicator}` }),
    shows: listHas('paluIndicator'),
  },
  {
    name: 'GET /api/indicators/:code (a region’s own)',
    route: 'GET /api/indicators/:code',
    allowed: EVERYONE,
    request: (_who, ids) => ({ method: 'GET', url: `/api/indicators/${ids.paluIndicator}` }),
  },
  {
    name: 'POST /api/indicators (national)',
    route: 'POST /api/indicators',
    allowed: ['superadmin'],
    request: (who) => ({
      method: 'POST',
      url: '/api/indicators',
      payload: indicator(`MATRIKS_NAS_${callerNo(who)}`, 'ID'),
    }),
  },
  {
    name: 'POST /api/indicators (Kota Palu’s own)',
    route: 'POST /api/indicators',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/indicators',
      payload: indicator(`MATRIKS_PALU_${callerNo(who)}`, '72.71'),
    }),
  },
  {
    name: 'PATCH /api/indicators/:code (national)',
    route: 'PATCH /api/indicators/:code',
    allowed: ['superadmin'],
    request: () => ({ method: 'PATCH', url: '/api/indicators/KES_UHH', payload: { sourceNote: 'BPS' } }),
  },
  {
    name: 'PATCH /api/indicators/:code (Kota Palu’s own)',
    route: 'PATCH /api/indicators/:code',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/indicators/${ids.paluIndicator}`,
      payload: { sourceNote: `Diubah ${who}` },
    }),
  },
  {
    name: 'GET /api/dimension-sets?region=72.71 (a region’s own sets are public catalog too)',
    route: 'GET /api/dimension-sets',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/dimension-sets?region=72.71' }),
    shows: listHas('paluDimension'),
  },
  {
    name: 'POST /api/dimension-sets (national)',
    route: 'POST /api/dimension-sets',
    allowed: ['superadmin'],
    request: (who) => ({
      method: 'POST',
      url: '/api/dimension-sets',
      payload: dimensionSet(`matriks_nas_${callerNo(who)}`, 'ID'),
    }),
  },
  {
    name: 'POST /api/dimension-sets (Kota Palu’s own)',
    route: 'POST /api/dimension-sets',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/dimension-sets',
      payload: dimensionSet(`matriks_palu_${callerNo(who)}`, '72.71'),
    }),
  },
  {
    name: 'GET /api/validation-rules (national rules)',
    route: 'GET /api/validation-rules',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/validation-rules' }),
    shows: listHas('nationalRule', 'id'),
  },
  {
    // Anonymous and other regions either get refused or a list without Palu's own rule.
    name: 'GET /api/validation-rules?region=72.71 (a region’s own rules: those who read the region)',
    route: 'GET /api/validation-rules',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/validation-rules?region=72.71' }),
    shows: listHas('paluRule', 'id'),
  },
  {
    name: 'POST /api/validation-rules (national)',
    route: 'POST /api/validation-rules',
    allowed: ['superadmin'],
    request: () => ({ method: 'POST', url: '/api/validation-rules', payload: rule('ID') }),
  },
  {
    name: 'POST /api/validation-rules (Kota Palu’s own)',
    route: 'POST /api/validation-rules',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'POST', url: '/api/validation-rules', payload: rule('72.71') }),
  },
  {
    name: 'PATCH /api/validation-rules/:id (national)',
    route: 'PATCH /api/validation-rules/:id',
    allowed: ['superadmin'],
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/validation-rules/${ids.nationalRule}`,
      payload: { messageEn: `Edited by ${who}` },
    }),
  },
  {
    name: 'PATCH /api/validation-rules/:id (Kota Palu’s own)',
    route: 'PATCH /api/validation-rules/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/validation-rules/${ids.paluRule}`,
      payload: { messageEn: `Edited by ${who}` },
    }),
  },
  {
    name: 'GET /api/regions/:code/assignments',
    route: 'GET /api/regions/:code/assignments',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/assignments' }),
  },
  {
    name: 'PUT /api/regions/:code/assignments/:indicator',
    route: 'PUT /api/regions/:code/assignments/:indicator',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: '/api/regions/72.71/assignments/KES_UHH',
      payload: { opdId: ids.dinkes },
    }),
  },
];

export const DATA_CATALOG_TABLE: PermissionTable = {
  title: 'data catalog',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const post = async (url: string, who: 'superadmin' | 'admin', payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: cookie(who) }, payload });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const paluIndicator = (await post('/api/indicators', 'admin', indicator('MATRIKS_PALU', '72.71'))).code;
    const paluDimension = (await post('/api/dimension-sets', 'admin', dimensionSet('matriks_palu', '72.71')))
      .code;
    return {
      ...(await demoOpdIds(t, cookie('superadmin'))),
      paluIndicator,
      paluDimension,
      paluRule: String((await post('/api/validation-rules', 'admin', rule('72.71'))).id),
      nationalRule: String((await post('/api/validation-rules', 'superadmin', rule('ID'))).id),
    };
  },
};
