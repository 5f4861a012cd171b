/**
 * Every role (and the anonymous public) against every foundation route; the runner and the
 * meaning of "allowed" are in test-support/permission-matrix.ts. The table is the
 * specification; a change to permissions shows up here.
 */
import {
  EVERYONE,
  PALU_ADMINS,
  PALU_READERS,
  SIGNED_IN,
  demoOpdIds,
  permissionMatrix,
  type Case,
} from './test-support/permission-matrix.js';

const CASES: Case[] = [
  { name: 'GET /api/health', allowed: EVERYONE, request: () => ({ method: 'GET', url: '/api/health' }) },
  {
    name: 'GET /api/regions',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions?parent=72' }),
  },
  {
    name: 'GET /api/regions/:code',
    allowed: EVERYONE,
    request: () => ({ method: 'GET', url: '/api/regions/72.71' }),
  },
  { name: 'GET /api/auth/me', allowed: SIGNED_IN, request: () => ({ method: 'GET', url: '/api/auth/me' }) },
  {
    name: 'POST /api/auth/password',
    allowed: SIGNED_IN,
    // A wrong current password: allowed callers get 422, not 401/403.
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'whatever-123456' },
    }),
  },
  {
    name: 'GET /api/regions/72.71/opd',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/opd' }),
  },
  {
    name: 'POST /api/regions/72.71/opd',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      payload: { name: `Badan Uji ${who}`, shortName: `BU-${who}`, kind: 'badan' },
    }),
  },
  {
    name: 'PATCH /api/opd/:id (another OPD than the operator’s)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinsos}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'PATCH /api/opd/:id (the operator’s own OPD record)',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'PATCH', url: `/api/opd/${ids.dinkes}`, payload: { kind: 'dinas' } }),
  },
  {
    name: 'GET /api/users?region=72.71',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/users?region=72.71' }),
  },
  {
    name: 'POST /api/users',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `new.${who}`,
        fullName: `New ${who}`,
        role: 'pokja',
        regionCode: '72.71',
        password: 'long-enough-pass',
      },
    }),
  },
  {
    name: 'PATCH /api/users/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PATCH',
      url: `/api/users/${ids.targetUser}`,
      payload: { fullName: `Edited by ${who}` },
    }),
  },
  {
    name: 'POST /api/users/:id/reset-password',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/users/${ids.targetUser}/reset-password`,
      payload: { newPassword: 'reset-by-matrix-1' },
    }),
  },
  {
    name: 'GET /api/audit?region=72.71',
    allowed: PALU_ADMINS,
    request: () => ({ method: 'GET', url: '/api/audit?region=72.71' }),
  },
  {
    name: 'GET /api/audit (all regions)',
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: '/api/audit?region=72' }),
  },
];

permissionMatrix('permission matrix', CASES, async (t, sa) => {
  // The user that PATCH and reset-password cases act on, so no signed-in caller is disturbed.
  const target = await t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: sa },
    payload: {
      username: 'matrix.target',
      fullName: 'Matrix Target',
      role: 'pokja',
      regionCode: '72.71',
      password: 'matrix-target-1',
    },
  });
  return { ...(await demoOpdIds(t, sa)), targetUser: target.json().id };
});
