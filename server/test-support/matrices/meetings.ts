/**
 * Meetings' permission table (domain/meetings/access.ts): events, invitees, minutes, templates
 * and the calendar are read by every role of the region, provinsi above it and superadmin;
 * written by the organisers (admin daerah of the region, superadmin). Writes that would change
 * shared state name a stale version, so an allowed caller is answered 409 and a refused one
 * 403/404; deletions act on a row of each allowed caller's own.
 */
import { insertMeeting, insertPerson } from '../../modules/follow-ups/test-helpers.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const body = {
  kind: 'rakor',
  title: 'Matriks: Rakor Pokja PUG',
  startsOn: '2026-03-10',
  endsOn: '2026-03-10',
};

const LETTER = {
  letterNumber: '005/1/DP3A/2024',
  letterDate: '2024-12-01',
  signatoryName: 'Kepala DP3A',
  signatoryPosition: 'Kepala Dinas',
};

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/meetings',
    route: 'GET /api/regions/:code/meetings',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/meetings?year=2024' }),
  },
  {
    name: 'GET /api/regions/:code/meetings.ics',
    route: 'GET /api/regions/:code/meetings.ics',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/meetings.ics?year=2024' }),
  },
  {
    name: 'POST /api/regions/:code/meetings (organisers)',
    route: 'POST /api/regions/:code/meetings',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'POST', url: '/api/regions/72.71/meetings', payload: body }),
  },
  {
    name: 'GET /api/meetings/:id',
    route: 'GET /api/meetings/:id',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}` }),
  },
  {
    name: 'PUT /api/meetings/:id (stale version → 409 for organisers)',
    route: 'PUT /api/meetings/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/meetings/${ids.meeting}`,
      payload: { ...body, version: 999 },
    }),
  },
  {
    name: 'POST /api/meetings/:id/cancel (stale version → 409 for organisers)',
    route: 'POST /api/meetings/:id/cancel',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/cancel`,
      payload: { version: 999 },
    }),
  },
  {
    name: 'GET /api/meetings/:id/invitees',
    route: 'GET /api/meetings/:id/invitees',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/invitees` }),
  },
  {
    name: 'POST /api/meetings/:id/invitees',
    route: 'POST /api/meetings/:id/invitees',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/invitees`,
      payload: { personIds: [ids.person] },
    }),
  },
  {
    name: 'DELETE /api/meetings/:id/invitees/:personId (each organiser their own invitee)',
    route: 'DELETE /api/meetings/:id/invitees/:personId',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/meetings/${ids.meeting}/invitees/${ids[`invitee_${who}`] ?? ids.person}`,
    }),
  },
  {
    name: 'POST /api/meetings/:id/materials (organisers)',
    route: 'POST /api/meetings/:id/materials',
    allowed: PALU_ADMINS,
    request: (_who, ids) => {
      const file = multipart('materi.png', TINY_PNG);
      return {
        method: 'POST',
        url: `/api/meetings/${ids.meeting}/materials`,
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/meetings/:id/materials/:materialId',
    route: 'GET /api/meetings/:id/materials/:materialId',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/meetings/${ids.meeting}/materials/${ids.material}`,
    }),
  },
  {
    name: 'DELETE /api/meetings/:id/materials/:materialId (each organiser their own)',
    route: 'DELETE /api/meetings/:id/materials/:materialId',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/meetings/${ids.meeting}/materials/${ids[`material_${who}`] ?? ids.material}`,
    }),
  },
  {
    name: 'GET /api/meetings/:id/letter',
    route: 'GET /api/meetings/:id/letter',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/letter` }),
  },
  {
    name: 'PUT /api/meetings/:id/letter (organisers)',
    route: 'PUT /api/meetings/:id/letter',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PUT', url: `/api/meetings/${ids.meeting}/letter`, payload: LETTER }),
  },
  {
    name: 'GET /api/meetings/:id/letter.pdf',
    route: 'GET /api/meetings/:id/letter.pdf',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/letter.pdf` }),
  },
  {
    name: 'POST /api/meetings/:id/letter/send (organisers; the event is cancelled, so allowed callers get 422)',
    route: 'POST /api/meetings/:id/letter/send',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.cancelled}/letter/send`,
      payload: {},
    }),
  },
  {
    name: 'GET /api/meetings/:id/minutes',
    route: 'GET /api/meetings/:id/minutes',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/minutes` }),
  },
  {
    name: 'PUT /api/meetings/:id/minutes (stale version → 409 for organisers)',
    route: 'PUT /api/meetings/:id/minutes',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/meetings/${ids.meeting}/minutes`,
      payload: { version: 999, agendaNotes: [], decisions: [], outcomes: [] },
    }),
  },
  {
    name: 'GET /api/regions/:code/meeting-templates',
    route: 'GET /api/regions/:code/meeting-templates',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/meeting-templates' }),
  },
  {
    name: 'POST /api/regions/:code/meeting-templates',
    route: 'POST /api/regions/:code/meeting-templates',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: '/api/regions/72.71/meeting-templates',
      payload: { meetingId: ids.meeting, name: `Matriks ${who}` },
    }),
  },
  {
    name: 'DELETE /api/regions/:code/meeting-templates/:templateId (each organiser their own)',
    route: 'DELETE /api/regions/:code/meeting-templates/:templateId',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/regions/72.71/meeting-templates/${ids[`template_${who}`] ?? ids.template_admin}`,
    }),
  },
];

export const MEETINGS_TABLE: PermissionTable = {
  title: 'Meetings',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const ids: Record<string, string> = {
      meeting: await insertMeeting(t, { title: 'Matriks: Rakor', startsOn: '2024-12-10' }),
      person: await insertPerson(t, { fullName: 'Matriks Orang' }),
    };
    const inject = async (method: 'POST', url: string, payload: object) => {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie: admin, origin: 'http://localhost:80' },
        payload,
      });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    await t.app.inject({
      method: 'PUT',
      url: `/api/meetings/${ids.meeting}/letter`,
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: LETTER,
    });
    const cancelled = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/meetings',
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: body,
    });
    ids.cancelled = cancelled.json().id;
    await inject('POST', `/api/meetings/${ids.cancelled}/cancel`, { version: 1 });
    const upload = async () => {
      const file = multipart('materi.png', TINY_PNG);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/meetings/${ids.meeting}/materials`,
        headers: { cookie: admin, ...file.headers },
        payload: file.payload,
      });
      if (res.statusCode !== 201) throw new Error(`material: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    ids.material = await upload();
    for (const who of PALU_ADMINS as Who[]) {
      ids[`material_${who}`] = await upload();
      const pid = await insertPerson(t, { fullName: `Matriks Undangan ${who}` });
      await inject('POST', `/api/meetings/${ids.meeting}/invitees`, { personIds: [pid] });
      ids[`invitee_${who}`] = pid;
      const tpl = await inject('POST', '/api/regions/72.71/meeting-templates', {
        meetingId: ids.meeting,
        name: `Matriks hapus ${who}`,
      });
      ids[`template_${who}`] = tpl.id;
    }
    return ids;
  },
};
