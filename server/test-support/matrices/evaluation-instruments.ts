/**
 * Evaluation instruments and cycles' permission table (domain/evaluation/instrument-access.ts):
 * national data, the superadmin writes; every signed-in user reads frozen instruments and cycles
 * that are not drafts. Writes on cycles name a stale version, so the superadmin is answered 409
 * and everyone else 401/403.
 */
import { EXAMPLE_INSTRUMENT_ID } from '../../modules/evaluation-instruments/examples.js';
import { caller, readyCycle, tinyDefinition } from '../../modules/evaluation-instruments/test-helpers.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import { callerNo, EVERYONE, type Case, type PermissionTable, type Who } from '../permission-matrix.js';

const SIGNED_IN_ALL: Who[] = EVERYONE.filter((w) => w !== 'anonymous');
const STALE = { version: 999 };
const I = '/api/evaluation-instruments';
const C = '/api/evaluation-cycles';

const CASES: Case[] = [
  {
    name: 'GET instruments',
    route: `GET ${I}`,
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: I }),
  },
  {
    name: 'GET template (superadmin)',
    route: `GET ${I}/template`,
    allowed: ['superadmin'],
    request: () => ({ method: 'GET', url: `${I}/template` }),
  },
  {
    name: 'POST import JSON (superadmin)',
    route: `POST ${I}/import`,
    allowed: ['superadmin'],
    request: (who) => ({
      method: 'POST',
      url: `${I}/import`,
      payload: tinyDefinition(`MATRIKS-${callerNo(who)}`),
    }),
  },
  {
    name: 'POST import XLSX (superadmin; a bad file is 422)',
    route: `POST ${I}/import-file`,
    allowed: ['superadmin'],
    request: () => {
      const file = multipart('instrumen.xlsx', 'bukan xlsx');
      return { method: 'POST', url: `${I}/import-file`, payload: file.payload, headers: file.headers };
    },
  },
  {
    name: 'GET a frozen instrument',
    route: `GET ${I}/:id`,
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: `${I}/${EXAMPLE_INSTRUMENT_ID}` }),
  },
  {
    name: 'GET a draft instrument (superadmin only)',
    route: `GET ${I}/:id`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'GET', url: `${I}/${ids.draft}` }),
  },
  {
    name: 'GET export of a frozen instrument',
    route: `GET ${I}/:id/export`,
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: `${I}/${EXAMPLE_INSTRUMENT_ID}/export?format=xlsx` }),
  },
  {
    name: 'POST copy into a new version (superadmin)',
    route: `POST ${I}/:id/versions`,
    allowed: ['superadmin'],
    request: () => ({ method: 'POST', url: `${I}/${EXAMPLE_INSTRUMENT_ID}/versions` }),
  },
  {
    name: 'GET cycles',
    route: `GET ${C}`,
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: C }),
  },
  {
    name: 'POST cycle (superadmin)',
    route: `POST ${C}`,
    allowed: ['superadmin'],
    request: (who) => ({ method: 'POST', url: C, payload: readyCycle(2050 + callerNo(who)) }),
  },
  {
    name: 'GET an open cycle',
    route: `GET ${C}/:id`,
    allowed: SIGNED_IN_ALL,
    request: (_who, ids) => ({ method: 'GET', url: `${C}/${ids.open}` }),
  },
  {
    name: 'GET a draft cycle (superadmin only)',
    route: `GET ${C}/:id`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'GET', url: `${C}/${ids.draftCycle}` }),
  },
  {
    name: 'PUT cycle (superadmin; stale version)',
    route: `PUT ${C}/:id`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({
      method: 'PUT',
      url: `${C}/${ids.draftCycle}`,
      payload: { ...readyCycle(2040), ...STALE },
    }),
  },
  {
    name: 'POST open (superadmin; stale version)',
    route: `POST ${C}/:id/open`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'POST', url: `${C}/${ids.draftCycle}/open`, payload: STALE }),
  },
  {
    name: 'POST close (superadmin; stale version)',
    route: `POST ${C}/:id/close`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'POST', url: `${C}/${ids.open}/close`, payload: STALE }),
  },
  {
    name: 'DELETE a draft cycle (superadmin)',
    route: `DELETE ${C}/:id`,
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'DELETE', url: `${C}/${ids.toDelete}` }),
  },
];

export const EVALUATION_INSTRUMENTS_TABLE: PermissionTable = {
  title: 'Evaluation instruments and cycles',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const call = caller(t);
    const sa = cookie('superadmin');
    const ok = async (res: ReturnType<typeof call>, what: string) => {
      const r = await res;
      if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const draft = await ok(call(sa, 'POST', `${I}/import`, tinyDefinition('MATRIKS-DRAF')), 'draft');
    const open = await ok(call(sa, 'POST', C, readyCycle(2040)), 'open cycle');
    await ok(call(sa, 'POST', `${C}/${open.id}/open`, { version: open.version }), 'open');
    const draftCycle = await ok(call(sa, 'POST', C, readyCycle(2041)), 'draft cycle');
    const toDelete = await ok(call(sa, 'POST', C, readyCycle(2042)), 'cycle to delete');
    return { draft: draft.id, open: open.id, draftCycle: draftCycle.id, toDelete: toDelete.id };
  },
};
