/**
 * Attendance's permission table: every reader of Palu's events sees the list, the counts and
 * the daftar hadir (without personal data); the organisers (admin daerah of Palu, superadmin)
 * record, remove and erase presences and see signatures and scans. The public sign-in is in
 * public-routes.ts (server/modules/attendance/sign-in.test.ts covers it).
 */
import type { InjectOptions } from 'fastify';
import { multipart } from '../../modules/imports/test-helpers.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { createEvent, invite, person } from '../../modules/attendance/test-helpers.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const DAY = '2024-12-04';
/** A record per organiser, for the writes that each use one up. */
const own = (prefix: string) => (who: Who, ids: Record<string, string>) =>
  ids[`${prefix}_${who}`] ?? ids[`${prefix}_admin`];

const CASES: Case[] = [
  {
    name: 'GET /api/meetings/:id/attendance',
    route: 'GET /api/meetings/:id/attendance',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/attendance` }),
  },
  {
    name: 'GET /api/meetings/:id/attendance/counts',
    route: 'GET /api/meetings/:id/attendance/counts',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/meetings/${ids.meeting}/attendance/counts?day=${DAY}`,
    }),
  },
  {
    name: 'GET /api/meetings/:id/attendance.:format (PDF)',
    route: 'GET /api/meetings/:id/attendance.:format',
    allowed: PALU_READERS,
    request: (_who, ids) => ({
      method: 'GET',
      url: `/api/meetings/${ids.meeting}/attendance.pdf?day=${DAY}`,
    }),
  },
  {
    name: 'GET /api/meetings/:id/attendance.:format (XLSX)',
    route: 'GET /api/meetings/:id/attendance.:format',
    allowed: PALU_READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/meetings/${ids.meeting}/attendance.xlsx` }),
  },
  {
    name: 'POST /api/meetings/:id/attendance/invitees',
    route: 'POST /api/meetings/:id/attendance/invitees',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/attendance/invitees`,
      payload: { day: DAY, personIds: [ids.invitee] },
    }),
  },
  {
    name: 'POST /api/meetings/:id/attendance/paper',
    route: 'POST /api/meetings/:id/attendance/paper',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/attendance/paper`,
      payload: {
        day: DAY,
        rows: [{ fullName: `Peserta kertas ${who}`, sex: 'L', institution: 'Kelurahan Besusu' }],
      },
    }),
  },
  {
    name: 'GET /api/attendance/:id/signature',
    route: 'GET /api/attendance/:id/signature',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/attendance/${ids.signed}/signature` }),
  },
  {
    name: 'POST /api/attendance/:id/erase (each organiser their own presence)',
    route: 'POST /api/attendance/:id/erase',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({ method: 'POST', url: `/api/attendance/${own('erase')(who, ids)}/erase` }),
  },
  {
    name: 'DELETE /api/attendance/:id (each organiser their own presence)',
    route: 'DELETE /api/attendance/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({ method: 'DELETE', url: `/api/attendance/${own('remove')(who, ids)}` }),
  },
  {
    name: 'POST /api/meetings/:id/attendance/scans',
    route: 'POST /api/meetings/:id/attendance/scans',
    allowed: PALU_ADMINS,
    request: (_who, ids) => {
      const file = multipart('daftar-hadir.png', TINY_PNG, { day: DAY });
      return {
        method: 'POST',
        url: `/api/meetings/${ids.meeting}/attendance/scans`,
        headers: file.headers,
        payload: file.payload,
      };
    },
  },
  {
    name: 'GET /api/attendance-scans/:id',
    route: 'GET /api/attendance-scans/:id',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/attendance-scans/${ids.scan}` }),
  },
  {
    name: 'DELETE /api/attendance-scans/:id (each organiser their own scan)',
    route: 'DELETE /api/attendance-scans/:id',
    allowed: PALU_ADMINS,
    request: (who, ids) => ({ method: 'DELETE', url: `/api/attendance-scans/${own('scan')(who, ids)}` }),
  },
];

export const ATTENDANCE_TABLE: PermissionTable = {
  title: 'Attendance',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const db = t.database.db;
    const admin = cookie('admin');
    const event = await createEvent(db, { title: 'Bimtek matriks kehadiran' });
    const ids: Record<string, string> = {
      meeting: event.id,
      invitee: await invite(db, event, { fullName: 'Undangan Matriks', sex: 'P', phone: '081299990000' }),
    };
    const inject = async (opts: InjectOptions) => {
      const res = await t.app.inject(opts);
      if (res.statusCode >= 300)
        throw new Error(`${JSON.stringify(opts).slice(0, 120)}: ${res.statusCode} ${res.body}`);
      return res;
    };
    await inject({
      method: 'POST',
      url: `/api/public/sign-in/${event.days[0]!.token}`,
      payload: person({ fullName: 'Penanda Tangan Matriks' }),
    });
    const names: Record<string, string> = {};
    for (const who of PALU_ADMINS) {
      names[`erase_${who}`] = `Hapus data ${who}`;
      names[`remove_${who}`] = `Hapus hadir ${who}`;
    }
    await inject({
      method: 'POST',
      url: `/api/meetings/${event.id}/attendance/paper`,
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: {
        day: DAY,
        rows: Object.values(names).map((fullName) => ({ fullName, sex: 'P', phone: '0811 0000 1111' })),
      },
    });
    const list = (
      await inject({ method: 'GET', url: `/api/meetings/${event.id}/attendance`, headers: { cookie: admin } })
    ).json() as { items: { id: string; fullName: string }[] };
    ids.signed = list.items.find((i) => i.fullName === 'Penanda Tangan Matriks')!.id;
    for (const [key, name] of Object.entries(names))
      ids[key] = list.items.find((i) => i.fullName === name)!.id;
    const upload = async () => {
      const file = multipart('daftar-hadir.png', TINY_PNG, { day: DAY });
      const res = await inject({
        method: 'POST',
        url: `/api/meetings/${event.id}/attendance/scans`,
        headers: { ...file.headers, cookie: admin },
        payload: file.payload,
      });
      return (res.json() as { id: string }).id;
    };
    ids.scan = await upload();
    for (const who of PALU_ADMINS) ids[`scan_${who}`] = await upload();
    return ids;
  },
};
