/**
 * The superadmin's side of the open API's keys: only the national administrator lists every
 * key (holders' e-mails and purposes) and revokes one. The holder's own routes are public
 * (public-routes.ts) and tested in modules/api-keys/api-keys.test.ts.
 */
import { apiKeys } from '../../db/schema-api-keys.js';
import { sha256Hex } from '../../modules/api-keys/secrets.js';
import { EVERYONE, callerNo, type Case, type Ids, type PermissionTable } from '../permission-matrix.js';

const CASES: Case[] = [
  {
    name: 'GET /api/api-keys',
    route: 'GET /api/api-keys',
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: '/api/api-keys' }),
  },
  {
    name: 'POST /api/api-keys/:id/revoke',
    route: 'POST /api/api-keys/:id/revoke',
    allowed: ['superadmin'],
    // One key per caller, so an allowed caller revokes a key that is still active.
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/api-keys/${ids[`key.${who}`]}/revoke`,
      payload: {},
    }),
  },
];

export const API_KEYS_TABLE: PermissionTable = {
  title: 'API keys',
  cases: CASES,
  loadIds: async (t) => {
    const ids: Ids = {};
    for (const who of EVERYONE) {
      const n = String(callerNo(who)).padStart(2, '0');
      const [row] = await t.database.db
        .insert(apiKeys)
        .values({
          prefix: `setara_matrix${n}`,
          keyHash: sha256Hex(`permission-matrix-key-${who}`),
          email: `matrix-${who}@example.org`,
          name: `Matrix ${who}`,
          purpose: 'Permission matrix',
        })
        .returning({ id: apiKeys.id });
      ids[`key.${who}`] = row.id;
    }
    return ids;
  },
};
