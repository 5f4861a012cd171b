/**
 * Training records' permission table: the region's readers see a Bimtek's participants, scores
 * and certificates and download them; only its organisers (admin daerah, superadmin) enter
 * scores, set up, issue and revoke certificates. Another region's admin learns nothing (404).
 * A Bimtek with attendance, settings and one issued certificate is set up first; the public
 * verification routes are in public-routes.ts.
 */
import { createMeeting, SETTINGS } from '../../modules/training/test-helpers.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { PALU_ADMINS, PALU_READERS, type Case, type PermissionTable } from '../permission-matrix.js';

const CASES: Case[] = [
  {
    name: 'GET /api/meetings/:id/training',
    route: 'GET /api/meetings/:id/training',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/training` }),
  },
  {
    name: 'PUT /api/meetings/:id/training/scores',
    route: 'PUT /api/meetings/:id/training/scores',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/meetings/${ids.meeting}/training/scores`,
      payload: { scores: [{ participantId: ids.participant, pre: 60, post: 80 }] },
    }),
  },
  {
    name: 'GET /api/meetings/:id/training/scores.csv',
    route: 'GET /api/meetings/:id/training/scores.csv',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/training/scores.csv` }),
  },
  {
    name: 'POST /api/meetings/:id/training/scores/import',
    route: 'POST /api/meetings/:id/training/scores/import',
    allowed: PALU_ADMINS,
    request: (_who, ids) => {
      const { payload, headers } = multipart('nilai.csv', `id;pre;post\n${ids.participant};55;75\n`);
      return { method: 'POST', url: `/api/meetings/${ids.meeting}/training/scores/import`, payload, headers };
    },
  },
  {
    name: 'PUT /api/meetings/:id/training/settings',
    route: 'PUT /api/meetings/:id/training/settings',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `/api/meetings/${ids.meeting}/training/settings`,
      payload: SETTINGS,
    }),
  },
  {
    name: 'POST /api/meetings/:id/certificates (everyone holds one already: nothing new)',
    route: 'POST /api/meetings/:id/certificates',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/certificates`,
      payload: {},
    }),
  },
  {
    name: 'POST /api/meetings/:id/certificates/:certificateId/revoke (the first revokes; later callers get 409)',
    route: 'POST /api/meetings/:id/certificates/:certificateId/revoke',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/certificates/${ids.revokable}/revoke`,
      payload: { reason: 'Nama salah tulis' },
    }),
  },
  {
    name: 'GET /api/meetings/:id/certificates/:certificateId/pdf',
    route: 'GET /api/meetings/:id/certificates/:certificateId/pdf',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/meetings/${ids.meeting}/certificates/${ids.certificate}/pdf`,
    }),
  },
  {
    name: 'GET /api/meetings/:id/certificates.:format (PDF)',
    route: 'GET /api/meetings/:id/certificates.:format',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/certificates.pdf` }),
  },
  {
    name: 'GET /api/meetings/:id/certificates.:format (ZIP)',
    route: 'GET /api/meetings/:id/certificates.:format',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/certificates.zip` }),
  },
];

export const TRAINING_TABLE: PermissionTable = {
  title: 'Training',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const { meeting, participantIds } = await createMeeting(t.database.db, {
      title: 'Bimtek (permission table)',
    });
    const headers = { cookie: cookie('admin'), origin: 'http://localhost:80' };
    const settings = await t.app.inject({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/training/settings`,
      headers,
      payload: { ...SETTINGS, numberPattern: '{seq:3}/SERT-MATRIX/{org}/{year}' },
    });
    if (settings.statusCode !== 200) throw new Error(settings.body);
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/certificates`,
      headers,
      payload: {},
    });
    if (issued.statusCode !== 200) throw new Error(issued.body);
    const [certificate, revokable] = issued.json().issued as { id: string }[];
    return {
      meeting: meeting.id,
      participant: participantIds[0],
      certificate: certificate.id,
      revokable: revokable.id,
    };
  },
};
