/**
 * The foundation's permission table: health, sign-in session, regions, OPDs, users, audit.
 * The runner and the meaning of "allowed" are in ../permission-matrix.ts; the table is the
 * specification, a change to permissions shows up here.
 */
import {
  EVERYONE,
  PALU_ADMINS,
  PALU_READERS,
  SIGNED_IN,
  demoOpdIds,
  type Case,
  type PermissionTable,
} from '../permission-matrix.js';

const CASES: Case[] = [
  {
    name: 'GET /api/health',
    route: 'GET /api/health',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/health' }),
  },
  {
    name: 'GET /api/health/live',
    route: 'GET /api/health/live',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/health/live' }),
  },
  {
    name: 'GET /api/health/ready',
    route: 'GET /api/health/ready',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/health/ready' }),
  },
  {
    name: 'GET /api/regions',
    route: 'GET /api/regions',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions?parent=72' }),
  },
  {
    name: 'GET /api/regions/:code',
    route: 'GET /api/regions/:code',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions/72.71' }),
  },
  {
    name: 'GET /api/regions/:code/settings',
    route: 'GET /api/regions/:code/settings',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/settings' }),
  },
  {
    name: 'PUT /api/regions/:code/settings',
    route: 'PUT /api/regions/:code/settings',
    allowed: PALU_ADMINS,
    request: () => ({
      method: 'PUT',
      url: '/api/regions/72.71/settings',
      payload: { selfApprovalAllowed: false },
    }),
  },
  {
    name: 'GET /api/auth/me',
    route: 'GET /api/auth/me',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/auth/me' }),
  },
  {
    name: 'POST /api/auth/password',
    route: 'POST /api/auth/password',
    allowed: SIGNED_IN,
    // A wrong current password: allowed callers get 422, not 401/403.
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'whatever-123456' },
    }),
  },
  {
    name: 'POST /api/auth/email',
    route: 'POST /api/auth/email',
    allowed: SIGNED_IN,
    // A wrong current password: allowed callers get 422, not 401/403.
    request: () => ({
      method: 'POST',
      url: '/api/auth/email',
      payload: { currentPassword: 'nope', email: 'someone@example.invalid' },
    }),
  },
  {
    name: 'POST /api/auth/logout (a session of its own per caller)',
    route: 'POST /api/auth/logout',
    allowed: SIGNED_IN,
    freshSession: true,
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
  },
  {
    name: 'GET /api/regions/72.71/opd',
    route: 'GET /api/regions/:code/opd',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/opd' }),
  },
  {
    name: 'POST /api/regions/72.71/opd',
    route: 'POST /api/regions/:code/opd',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      payload: { name: `Badan Uji ${who}`, shortName: `BU-${who}`, kind: 'badan' },
    }),
  },
  {
    name: 'PATCH /api/opd/:id (another OPD than the operator’s)',
    route: 'PATCH /api/opd/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinsos}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'PATCH /api/opd/:id (the operator’s own OPD record)',
    route: 'PATCH /api/opd/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinkes}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'GET /api/users?region=72.71',
    route: 'GET /api/users',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/users?region=72.71' }),
  },
  {
    name: 'POST /api/users',
    route: 'POST /api/users',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `new.${who}`,
        fullName: `New ${who}`,
        role: 'pokja',
        regionCode: '72.71',
        password: 'Sandi-baru-pokja-55',
      },
    }),
  },
  {
    name: 'PATCH /api/users/:id',
    route: 'PATCH /api/users/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/users/${ids.targetUser}`,
      payload: { fullName: `Edited by ${who}` },
    }),
  },
  {
    name: 'POST /api/users/:id/reset-password',
    route: 'POST /api/users/:id/reset-password',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/users/${ids.targetUser}/reset-password`,
      payload: { newPassword: 'Atur-ulang-sandi-88' },
    }),
  },
  {
    name: 'GET /api/audit?region=72.71',
    route: 'GET /api/audit',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/audit?region=72.71' }),
  },
  {
    name: 'GET /api/audit (all regions)',
    route: 'GET /api/audit',
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: '/api/audit?region=72' }),
  },
];

export const FOUNDATION_TABLE: PermissionTable = {
  title: 'foundation',
  cases: CASES,
  loadIds: async (t, cookie) => {
    // The user that PATCH and reset-password cases act on, so no signed-in caller is disturbed.
    const target = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: cookie('superadmin') },
      payload: {
        username: 'matrix.target',
        fullName: 'Matrix Target',
        role: 'pokja',
        regionCode: '72.71',
        password: 'Sandi-uji-peran-77',
      },
    });
    if (target.statusCode !== 201) throw new Error(`target user: ${target.statusCode} ${target.body}`);
    return { ...(await demoOpdIds(t, cookie('superadmin'))), targetUser: target.json().id };
  },
};
