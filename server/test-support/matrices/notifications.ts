/**
 * Notifications and deadlines: every signed-in user has an inbox and preferences of their own
 * (someone else's notification is a 404, in notifications.test.ts); a region's deadlines are
 * read by its readers and set by its admins.
 */
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.js';
import { deadlines, notifications } from '../../db/schema-notifications.js';
import {
  EVERYONE,
  PALU_ADMINS,
  PALU_READERS,
  SIGNED_IN,
  callerNo,
  type Case,
  type Ids,
  type PermissionTable,
} from '../permission-matrix.js';

const USERNAMES: Record<string, string> = {
  superadmin: 'demo.superadmin',
  provinsi: 'demo.provinsi',
  admin: 'demo.admin',
  reviewer: 'demo.reviewer',
  operator: 'demo.operator',
  pokja: 'demo.pokja',
  otherAdmin: 'admin.donggala',
};

/** Each caller's own notification (anonymous: one of the operator's). */
const noteOf = (who: string, ids: Ids) => ids[`note.${who === 'anonymous' ? 'operator' : who}`];
/** A Palu deadline per caller, so each allowed caller changes or removes one that still exists. */
const deadlineOf = (who: string, ids: Ids) => ids[`deadline.${who}`];

const CASES: Case[] = [
  {
    name: 'GET /api/notifications',
    route: 'GET /api/notifications',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/notifications' }),
  },
  {
    name: 'GET /api/notifications/unread-count',
    route: 'GET /api/notifications/unread-count',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/notifications/unread-count' }),
  },
  {
    name: 'POST /api/notifications/:id/read (their own)',
    route: 'POST /api/notifications/:id/read',
    allowed: SIGNED_IN,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/notifications/${noteOf(who, ids)}/read`,
      payload: {},
    }),
  },
  {
    name: 'POST /api/notifications/:id/read (the operator’s)',
    route: 'POST /api/notifications/:id/read',
    allowed: ['operator'],
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/notifications/${ids['note.operator']}/read`,
      payload: {},
    }),
  },
  {
    name: 'POST /api/notifications/read-all',
    route: 'POST /api/notifications/read-all',
    allowed: SIGNED_IN,
    request: () => ({ method: 'POST', url: '/api/notifications/read-all', payload: {} }),
  },
  {
    name: 'GET /api/notifications/preferences',
    route: 'GET /api/notifications/preferences',
    allowed: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/notifications/preferences' }),
  },
  {
    name: 'PUT /api/notifications/preferences',
    route: 'PUT /api/notifications/preferences',
    allowed: SIGNED_IN,
    request: () => ({
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { kinds: [{ kind: 'deadline_approaching', email: true }] },
    }),
  },
  {
    name: 'GET /api/regions/:code/deadlines',
    route: 'GET /api/regions/:code/deadlines',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/deadlines' }),
  },
  {
    name: 'POST /api/regions/:code/deadlines',
    route: 'POST /api/regions/:code/deadlines',
    allowed: PALU_ADMINS,
    request: (who) => ({
      method: 'POST',
      url: '/api/regions/72.71/deadlines',
      payload: { kind: 'data_values', year: 2060 + callerNo(who), dueDate: '2061-03-31' },
    }),
  },
  {
    name: 'PUT /api/regions/:code/deadlines/:id',
    route: 'PUT /api/regions/:code/deadlines/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'PUT',
      url: `/api/regions/72.71/deadlines/${deadlineOf(who, ids)}`,
      payload: { kind: 'gap_submission', year: 2070 + callerNo(who), dueDate: '2070-01-31', note: 'APBD' },
    }),
  },
  {
    name: 'DELETE /api/regions/:code/deadlines/:id',
    route: 'DELETE /api/regions/:code/deadlines/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/regions/72.71/deadlines/${deadlineOf(who, ids)}`,
    }),
  },
];

export const NOTIFICATIONS_TABLE: PermissionTable = {
  title: 'notifications and deadlines',
  cases: CASES,
  loadIds: async (t) => {
    const ids: Ids = {};
    const db = t.database.db;
    for (const [who, username] of Object.entries(USERNAMES)) {
      const [u] = await db
        .select({ id: users.id, regionCode: users.regionCode })
        .from(users)
        .where(eq(users.username, username));
      const [n] = await db
        .insert(notifications)
        .values({
          regionCode: u.regionCode,
          userId: u.id,
          kind: 'deadline_approaching',
          link: '/',
          params: {},
        })
        .returning({ id: notifications.id });
      ids[`note.${who}`] = n.id;
    }
    for (const who of EVERYONE) {
      const [d] = await db
        .insert(deadlines)
        .values({
          regionCode: '72.71',
          kind: 'data_values',
          year: 2080 + callerNo(who),
          dueDate: '2081-03-31',
        })
        .returning({ id: deadlines.id });
      ids[`deadline.${who}`] = d.id;
    }
    return ids;
  },
};
