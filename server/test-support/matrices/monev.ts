/**
 * Monev's permission table: quarterly reports of gender-responsive sub-kegiatan, their review
 * and reopening, evidence files and the region's monev settings. The demo operator belongs to
 * Dinas Kesehatan (Dinkes); Dinas Sosial (Dinsos) is "another OPD". Reviewers never edit
 * figures; only DP3A (admin daerah) reopens.
 */
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { addResponsiveLine, emptyQuarter, YEAR } from '../../modules/monev/test-helpers.js';
import {
  NOT_OPERATOR,
  OPERATOR_EDITORS,
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const REVIEWERS: Who[] = ['superadmin', 'admin', 'reviewer'];
/** Callers who each remove their own evidence file (a second removal of one file is a 404). */
const evidenceOf = (who: Who, ids: Record<string, string>) => ids[`evidence_${who}`] ?? ids.evidenceKept;

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/monev (an operator gets their OPD’s)',
    route: 'GET /api/regions/:code/monev',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/monev?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev (another OPD’s lines are not shown to the operator)',
    route: 'GET /api/regions/:code/monev',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/regions/72.71/monev?year=${YEAR}&opdId=${ids.dinsos}`,
    }),
    shows: (body, ids) =>
      (body as { items: { subActivityId: string }[] }).items.some((i) => i.subActivityId === ids.dinsosLine),
  },
  {
    name: 'GET /api/regions/:code/monev/dashboard (a kab/kota; an operator gets their OPD’s)',
    route: 'GET /api/regions/:code/monev/dashboard',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/monev/dashboard?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev/dashboard (another OPD’s figures are not shown to the operator)',
    route: 'GET /api/regions/:code/monev/dashboard',
    allowed: NOT_OPERATOR,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/monev/dashboard?year=${YEAR}` }),
    shows: (body, ids) => (body as { opds: { id: string }[] }).opds.some((o) => o.id === ids.dinsos),
  },
  {
    name: 'GET /api/regions/:code/monev/dashboard (a province: its kab/kota side by side)',
    route: 'GET /api/regions/:code/monev/dashboard',
    allowed: ['superadmin', 'provinsi'],
    request: () => ({ method: 'GET', url: `/api/regions/72/monev/dashboard?year=${YEAR}` }),
  },
  {
    name: 'GET /api/regions/:code/monev/settings',
    route: 'GET /api/regions/:code/monev/settings',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `/api/regions/72.71/monev/settings?year=${YEAR}` }),
  },
  {
    name: 'PUT /api/regions/:code/monev/settings',
    route: 'PUT /api/regions/:code/monev/settings',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'PUT',
      url: '/api/regions/72.71/monev/settings',
      payload: {
        year: YEAR,
        expectedShare: { 1: 20, 2: 45 },
        deadlines: { 1: `${YEAR}-04-15` },
        sourceNote: 'Uji',
      },
    }),
  },
  {
    name: 'GET /api/sub-activities/:id/monev/:period (the operator’s OPD)',
    route: 'GET /api/sub-activities/:id/monev/:period',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/sub-activities/${ids.dinkesLine}/monev/${YEAR}-Q1`,
    }),
  },
  {
    name: 'GET /api/sub-activities/:id/monev/:period (another OPD)',
    route: 'GET /api/sub-activities/:id/monev/:period',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/sub-activities/${ids.dinsosLine}/monev/${YEAR}-Q1`,
    }),
  },
  {
    name: 'PUT /api/sub-activities/:id/monev/:period (the operator’s OPD; later callers find it saved: 409)',
    route: 'PUT /api/sub-activities/:id/monev/:period',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/sub-activities/${ids.dinkesLine}/monev/${YEAR}-Q4`,
      payload: emptyQuarter(),
    }),
  },
  {
    name: 'PUT /api/sub-activities/:id/monev/:period (another OPD)',
    route: 'PUT /api/sub-activities/:id/monev/:period',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/sub-activities/${ids.dinsosLine}/monev/${YEAR}-Q4`,
      payload: emptyQuarter(),
    }),
  },
  {
    name: 'GET /api/monev/:id (the operator’s OPD)',
    route: 'GET /api/monev/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/monev/${ids.dinkesDraft}` }),
  },
  {
    name: 'GET /api/monev/:id (another OPD)',
    route: 'GET /api/monev/:id',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({ method: 'GET', url: `/api/monev/${ids.dinsosSubmitted}` }),
  },
  {
    name: 'POST /api/monev/:id/submit (editors only; incomplete here, so 422 for them)',
    route: 'POST /api/monev/:id/submit',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/monev/${ids.incomplete}/submit`,
      payload: { version: Number(ids.incompleteVersion) },
    }),
  },
  {
    name: 'POST /api/monev/:id/decision (reviewers; the first returns it, the rest find it returned)',
    route: 'POST /api/monev/:id/decision',
    allowed: REVIEWERS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/monev/${ids.dinsosSubmitted}/decision`,
      payload: {
        version: Number(ids.dinsosSubmittedVersion),
        decision: 'return',
        comments: [{ field: 'kendala', body: 'Uraikan kendala lebih rinci.' }],
      },
    }),
  },
  {
    name: 'POST /api/monev/:id/reopen (DP3A only)',
    route: 'POST /api/monev/:id/reopen',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/monev/${ids.verified}/reopen`,
      payload: { reason: 'Realisasi anggaran dikoreksi setelah rekonsiliasi.' },
    }),
  },
  {
    name: 'GET /api/monev/:id/evidence (the operator’s OPD)',
    route: 'GET /api/monev/:id/evidence',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/monev/${ids.dinkesDraft}/evidence` }),
  },
  {
    name: 'POST /api/monev/:id/evidence (editors of the OPD)',
    route: 'POST /api/monev/:id/evidence',
    allowed: OPERATOR_EDITORS,
    request: (_who, ids) => {
      const file = multipart('foto-kegiatan.png', TINY_PNG);
      return {
        method: 'POST',
        url: `/api/monev/${ids.dinkesDraft}/evidence`,
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/monev/:id/evidence/:evidenceId (the operator’s OPD)',
    route: 'GET /api/monev/:id/evidence/:evidenceId',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/monev/${ids.dinkesDraft}/evidence/${ids.evidenceKept}`,
    }),
  },
  {
    name: 'GET /api/monev/:id/evidence/:evidenceId (another OPD)',
    route: 'GET /api/monev/:id/evidence/:evidenceId',
    allowed: NOT_OPERATOR,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/monev/${ids.dinsosDraft}/evidence/${ids.dinsosEvidence}`,
    }),
  },
  {
    name: 'DELETE /api/monev/:id/evidence/:evidenceId (editors of the OPD, each their own file)',
    route: 'DELETE /api/monev/:id/evidence/:evidenceId',
    allowed: OPERATOR_EDITORS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/monev/${ids.dinkesDraft}/evidence/${evidenceOf(who, ids)}`,
    }),
  },
];

export const MONEV_TABLE: PermissionTable = {
  title: 'Monev',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const call = async (method: 'POST' | 'PUT', url: string, who: Who, payload: object, status = 200) => {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie: cookie(who), origin: 'http://localhost:80' },
        payload,
      });
      if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const upload = async (reportId: string) => {
      const file = multipart('daftar-hadir.png', TINY_PNG);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/monev/${reportId}/evidence`,
        headers: { ...file.headers, cookie: admin },
        payload: file.payload,
      });
      if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    const dinkesLine = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0091' });
    const dinsosLine = await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0091' });
    const dinkesLine2 = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0092' });
    const q = (line: string, quarter: number) => `/api/sub-activities/${line}/monev/${YEAR}-Q${quarter}`;
    const dinkesDraft = await call('PUT', q(dinkesLine, 1), 'operator', emptyQuarter());
    const incomplete = await call('PUT', q(dinkesLine, 2), 'operator', emptyQuarter({ kendala: '' }));
    const dinsosDraft = await call('PUT', q(dinsosLine, 1), 'admin', emptyQuarter());
    const dinsosQ2 = await call('PUT', q(dinsosLine, 2), 'admin', emptyQuarter());
    const dinsosSubmitted = await call('POST', `/api/monev/${dinsosQ2.id}/submit`, 'admin', {
      version: dinsosQ2.version,
    });
    const toVerify = await call('PUT', q(dinkesLine2, 1), 'operator', emptyQuarter());
    const submitted = await call('POST', `/api/monev/${toVerify.id}/submit`, 'operator', {
      version: toVerify.version,
    });
    await call('POST', `/api/monev/${toVerify.id}/decision`, 'reviewer', {
      version: submitted.version,
      decision: 'verify',
    });
    const ids: Record<string, string> = {
      dinsos: dinsosDraft.plan.opd.id,
      dinkesLine,
      dinsosLine,
      dinkesDraft: dinkesDraft.id,
      dinsosDraft: dinsosDraft.id,
      incomplete: incomplete.id,
      incompleteVersion: String(incomplete.version),
      dinsosSubmitted: dinsosSubmitted.id,
      dinsosSubmittedVersion: String(dinsosSubmitted.version),
      verified: toVerify.id,
      evidenceKept: await upload(dinkesDraft.id),
      dinsosEvidence: await upload(dinsosDraft.id),
    };
    for (const who of OPERATOR_EDITORS) ids[`evidence_${who}`] = await upload(dinkesDraft.id);
    return ids;
  },
};
