/**
 * Follow-ups' permission table (domain/follow-ups/access.ts): read by every role of the region,
 * provinsi above it and superadmin; created and edited by the organisers (admin daerah,
 * superadmin); status and evidence also by the owner — the demo operator's OPD is Dinkes, so
 * they update a Dinkes follow-up and not a Dinsos one. Writes name a stale version, so an
 * allowed caller is answered 409 and a refused one 403/404.
 */
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { insertMeeting, opdIdOf } from '../../modules/follow-ups/test-helpers.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const OWNER_EDITORS: Who[] = [...PALU_ADMINS, 'operator'];
const evidenceOf = (who: Who, ids: Record<string, string>) => ids[`evidence_${who}`] ?? ids.evidenceKept;

const CASES: Case[] = [
  {
    name: 'GET /api/meetings/:id/follow-ups',
    route: 'GET /api/meetings/:id/follow-ups',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/follow-ups` }),
  },
  {
    name: 'POST /api/meetings/:id/follow-ups (organisers)',
    route: 'POST /api/meetings/:id/follow-ups',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/follow-ups`,
      payload: { text: 'Matriks: tindak lanjut', owner: { opdId: ids.dinsos }, dueDate: '2026-12-31' },
    }),
  },
  {
    name: 'GET /api/meetings/:id/previous-open-follow-ups',
    route: 'GET /api/meetings/:id/previous-open-follow-ups',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/meetings/${ids.nextMeeting}/previous-open-follow-ups`,
    }),
  },
  {
    name: 'GET /api/regions/:code/follow-ups/previous-open (a Rakor not saved yet)',
    route: 'GET /api/regions/:code/follow-ups/previous-open',
    allowed: PALU_READERS,
    request: () => ({
      method: 'GET',
      url: '/api/regions/72.71/follow-ups/previous-open?kind=rakor&before=2026-06-01',
    }),
  },
  {
    name: 'GET /api/regions/:code/follow-ups (the board)',
    route: 'GET /api/regions/:code/follow-ups',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/follow-ups?status=open_all' }),
  },
  {
    name: 'GET /api/follow-ups/:id',
    route: 'GET /api/follow-ups/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/follow-ups/${ids.dinkesFu}` }),
  },
  {
    name: 'PATCH /api/follow-ups/:id (a Dinkes follow-up: organisers and the Dinkes operator; stale version → 409)',
    route: 'PATCH /api/follow-ups/:id',
    allowed: OWNER_EDITORS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/follow-ups/${ids.dinkesFu}`,
      payload: { version: 999, status: 'in_progress' },
    }),
  },
  {
    name: 'PATCH /api/follow-ups/:id (a Dinsos follow-up: organisers only)',
    route: 'PATCH /api/follow-ups/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PATCH',
      url: `/api/follow-ups/${ids.dinsosFu}`,
      payload: { version: 999, status: 'in_progress' },
    }),
  },
  {
    name: 'POST /api/follow-ups/:id/evidence (organisers and the owner)',
    route: 'POST /api/follow-ups/:id/evidence',
    allowed: OWNER_EDITORS,
    request: (_who, ids) => {
      const file = multipart('bukti.png', TINY_PNG);
      return {
        method: 'POST',
        url: `/api/follow-ups/${ids.dinkesFu}/evidence`,
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/follow-ups/:id/evidence/:evidenceId',
    route: 'GET /api/follow-ups/:id/evidence/:evidenceId',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/follow-ups/${ids.dinkesFu}/evidence/${ids.evidenceKept}`,
    }),
  },
  {
    name: 'DELETE /api/follow-ups/:id/evidence/:evidenceId (organisers and the owner, each their own file)',
    route: 'DELETE /api/follow-ups/:id/evidence/:evidenceId',
    allowed: OWNER_EDITORS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/follow-ups/${ids.dinkesFu}/evidence/${evidenceOf(who, ids)}`,
    }),
  },
];

export const FOLLOW_UPS_TABLE: PermissionTable = {
  title: 'Follow-ups',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const ids: Record<string, string> = {
      meeting: await insertMeeting(t, { title: 'Matriks: Rakor I', startsOn: '2026-01-20' }),
      nextMeeting: await insertMeeting(t, { title: 'Matriks: Rakor II', startsOn: '2026-04-20' }),
      dinkes: await opdIdOf(t, 'Dinkes'),
      dinsos: await opdIdOf(t, 'Dinsos'),
    };
    const create = async (opdId: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/meetings/${ids.meeting}/follow-ups`,
        headers: { cookie: admin, origin: 'http://localhost:80' },
        payload: { text: 'Matriks: data terpilah', owner: { opdId }, dueDate: '2026-12-31' },
      });
      if (res.statusCode !== 201) throw new Error(`follow-up: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    ids.dinkesFu = await create(ids.dinkes);
    ids.dinsosFu = await create(ids.dinsos);
    const upload = async () => {
      const file = multipart('bukti.png', TINY_PNG);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/follow-ups/${ids.dinkesFu}/evidence`,
        headers: { cookie: admin, ...file.headers },
        payload: file.payload,
      });
      if (res.statusCode !== 201) throw new Error(`evidence: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    ids.evidenceKept = await upload();
    for (const who of OWNER_EDITORS) ids[`evidence_${who}`] = await upload();
    return ids;
  },
};
