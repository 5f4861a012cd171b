/**
 * The evidence repository's permission table (domain/evaluation/evidence-access.ts): read by
 * every role of the region, provinsi above it and superadmin; a kab/kota admin of another
 * region and an institution account are refused. DP3A (admin daerah) and superadmin write any
 * document; the demo operator writes its own OPD's (Dinkes) only. Writes that would change
 * shared state carry a stale version, so an allowed caller is answered 409; deletions and
 * uploads act on rows of each caller's own.
 */
import { multipart } from '../../modules/imports/test-helpers.js';
import {
  OPERATOR_EDITORS,
  PALU_ADMINS,
  PALU_READERS,
  demoOpdIds,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const REGION = '/api/regions/72.71/evaluation-evidence';
const fields = (over: Record<string, string> = {}) => ({
  kind: 'regulation_pug',
  year: '2025',
  title: 'Matriks: Perda PUG',
  ...over,
});
const upload = (url: string, form: Record<string, string>) => {
  const file = multipart('perda.pdf', PDF, form);
  return { method: 'POST' as const, url, payload: file.payload, headers: file.headers };
};
const edit = (over: Record<string, unknown> = {}) => ({
  kind: 'regulation_pug',
  year: 2025,
  title: 'Matriks: diubah',
  version: 999,
  ...over,
});
const own = (ids: Record<string, string>, key: string, who: Who) => ids[`${key}_${who}`] ?? ids[key];

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/evaluation-evidence',
    route: 'GET /api/regions/:code/evaluation-evidence',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${REGION}?year=2025` }),
  },
  {
    name: 'GET /api/regions/:code/evaluation-evidence/proposals',
    route: 'GET /api/regions/:code/evaluation-evidence/proposals',
    allowed: PALU_READERS,
    request: () => ({
      method: 'GET',
      url: `${REGION}/proposals?year=2025&kinds=sk_pokja_pug,regulation_pug`,
    }),
  },
  {
    name: 'GET /api/regions/:code/evaluation-evidence/indicators',
    route: 'GET /api/regions/:code/evaluation-evidence/indicators',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${REGION}/indicators?year=2025` }),
  },
  {
    name: 'POST /api/regions/:code/evaluation-evidence (own title each; an operator for its OPD)',
    route: 'POST /api/regions/:code/evaluation-evidence',
    allowed: OPERATOR_EDITORS,
    request: (who) => upload(REGION, fields({ kind: 'sarpras_photos', title: `Matriks: unggahan ${who}` })),
  },
  {
    name: 'POST /api/regions/:code/evaluation-evidence (for another OPD: not the operator)',
    route: 'POST /api/regions/:code/evaluation-evidence',
    allowed: PALU_ADMINS,
    request: (who, ids) =>
      upload(REGION, fields({ kind: 'sarpras_photos', title: `Matriks: Dinsos ${who}`, opdId: ids.dinsos })),
  },
  {
    name: 'GET /api/evaluation-evidence/:id',
    route: 'GET /api/evaluation-evidence/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/evaluation-evidence/${ids.regionDoc}` }),
  },
  {
    name: "PUT /api/evaluation-evidence/:id (the region's document, stale version → 409)",
    route: 'PUT /api/evaluation-evidence/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/evaluation-evidence/${ids.regionDoc}`,
      payload: edit(),
    }),
  },
  {
    name: "PUT /api/evaluation-evidence/:id (the operator's OPD's document, stale version → 409)",
    route: 'PUT /api/evaluation-evidence/:id',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/evaluation-evidence/${ids.dinkesDoc}`,
      payload: edit({ opdId: ids.dinkes }),
    }),
  },
  {
    name: 'DELETE /api/evaluation-evidence/:id (own row each)',
    route: 'DELETE /api/evaluation-evidence/:id',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/evaluation-evidence/${own(ids, 'deletable', who)}`,
    }),
  },
  {
    name: 'GET /api/evaluation-evidence/:id/file',
    route: 'GET /api/evaluation-evidence/:id/file',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/evaluation-evidence/${ids.regionDoc}/file` }),
  },
];

export const EVALUATION_EVIDENCE_TABLE: PermissionTable = {
  title: 'Evaluation evidence',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const { dinkes, dinsos } = await demoOpdIds(t, admin);
    const send = async (form: Record<string, string>) => {
      const m = multipart('bukti.pdf', PDF, form);
      const res = await t.app.inject({
        method: 'POST',
        url: REGION,
        headers: { cookie: admin, ...m.headers },
        payload: m.payload,
      });
      if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    const ids: Record<string, string> = { dinkes, dinsos };
    ids.regionDoc = await send(fields({ title: 'Matriks: Perkada PUG' }));
    ids.dinkesDoc = await send(
      fields({ kind: 'sarpras_photos', title: 'Matriks: ruang laktasi', opdId: dinkes }),
    );
    // A region document for each admin to delete; the operator deletes one of its OPD.
    ids.deletable = await send(fields({ kind: 'other_document', title: 'Matriks: hapus', opdId: dinkes }));
    for (const who of ['superadmin', 'admin'])
      ids[`deletable_${who}`] = await send(
        fields({ kind: 'other_document', title: `Matriks: hapus ${who}` }),
      );
    return ids;
  },
};
