/**
 * Standards and standardisation dossiers' permission table (domain/institution-standards/
 * access.ts). Standards: every signed-in user reads the published ones, the superadmin writes.
 * Dossiers of a Palu institution: read by the region's readers but the OPD operator (and the
 * provinsi above, the superadmin); filled by DP3A (admin daerah) and the superadmin; reviewed
 * by DP3A, decided at the province stage by the provinsi user; revoked by either. Writes name a
 * stale version, so an allowed caller is answered 409 and a refused one 401/403/404. The
 * institution account's own-institution rule is tested in
 * server/modules/institution-standards/institution-standards.test.ts (the demo has no such
 * account for the shared runner).
 */
import { and, eq } from 'drizzle-orm';
import { institutions } from '../../db/schema-institutions.js';
import { DEMO_ACCOUNT_INSTITUTION } from '../../db/seed/demo-institutions.js';
import { TINY_PNG } from '../../modules/letterhead/letterhead.test-data.js';
import { multipart } from '../../modules/imports/test-helpers.js';
import {
  caller,
  fillLplpp,
  insertInstitution,
  LPLPP_EXAMPLE,
  type Call,
} from '../../modules/institution-standards/test-helpers.js';
import {
  callerNo,
  EVERYONE,
  PALU_ADMINS,
  type Case,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const SIGNED_IN_ALL: Who[] = EVERYONE.filter((w) => w !== 'anonymous');
const READERS: Who[] = ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja'];
const FILLERS: Who[] = PALU_ADMINS;
const REVOKERS: Who[] = ['superadmin', 'admin', 'provinsi'];
const STALE = { version: 999 };
const d = (ids: Record<string, string>, key: string) => `/api/institution-dossiers/${ids[key]}`;

const CASES: Case[] = [
  {
    name: 'GET /api/institution-standards',
    route: 'GET /api/institution-standards',
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: '/api/institution-standards' }),
  },
  {
    name: 'POST /api/institution-standards/import (superadmin)',
    route: 'POST /api/institution-standards/import',
    allowed: ['superadmin'],
    request: (who) => ({
      method: 'POST',
      url: '/api/institution-standards/import',
      payload: {
        code: `MATRIKS-${callerNo(who)}`,
        name: 'Matriks',
        institutionType: 'lplpp',
        sourceNote: '',
        validityMonths: null,
        nationalReview: false,
        elements: [
          {
            code: 'A',
            name: 'A',
            weight: 1,
            criteria: [{ code: 'A.1', text: 'x', kind: 'yes_no', weight: 1 }],
          },
        ],
      },
    }),
  },
  {
    name: 'GET /api/institution-standards/:id',
    route: 'GET /api/institution-standards/:id',
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: `/api/institution-standards/${LPLPP_EXAMPLE.id}` }),
  },
  {
    name: 'GET /api/institution-standards/:id/export',
    route: 'GET /api/institution-standards/:id/export',
    allowed: SIGNED_IN_ALL,
    request: () => ({ method: 'GET', url: `/api/institution-standards/${LPLPP_EXAMPLE.id}/export` }),
  },
  {
    name: 'POST /api/institution-standards/:id/new-version (superadmin)',
    route: 'POST /api/institution-standards/:id/new-version',
    allowed: ['superadmin'],
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/institution-standards/${ids.published}/new-version`,
    }),
  },
  {
    name: 'POST /api/institution-standards/:id/publish (superadmin)',
    route: 'POST /api/institution-standards/:id/publish',
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'POST', url: `/api/institution-standards/${ids.draft}/publish` }),
  },
  {
    name: 'POST /api/institution-standards/:id/retire (superadmin)',
    route: 'POST /api/institution-standards/:id/retire',
    allowed: ['superadmin'],
    request: (_who, ids) => ({ method: 'POST', url: `/api/institution-standards/${ids.toRetire}/retire` }),
  },
  {
    name: 'GET /api/institutions/:id/dossiers',
    route: 'GET /api/institutions/:id/dossiers',
    allowed: READERS,
    request: (_who, ids) => ({ method: 'GET', url: `/api/institutions/${ids.instDraft}/dossiers` }),
  },
  {
    name: 'POST /api/institutions/:id/dossiers (DP3A for the institution; a second is 409)',
    route: 'POST /api/institutions/:id/dossiers',
    allowed: FILLERS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `/api/institutions/${ids.instNew}/dossiers`,
      payload: { standardId: LPLPP_EXAMPLE.id },
    }),
  },
  {
    name: 'GET /api/institution-dossiers/:id',
    route: 'GET /api/institution-dossiers/:id',
    allowed: READERS,
    request: (_who, ids) => ({ method: 'GET', url: d(ids, 'draftD') }),
  },
  {
    name: 'PUT /api/institution-dossiers/:id/answers/:criterionCode (fillers; stale → 409)',
    route: 'PUT /api/institution-dossiers/:id/answers/:criterionCode',
    allowed: FILLERS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `${d(ids, 'draftD')}/answers/STR.1`,
      payload: { ...STALE, value: true },
    }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/answers/:criterionCode/evidence (fillers)',
    route: 'POST /api/institution-dossiers/:id/answers/:criterionCode/evidence',
    allowed: FILLERS,
    request: (_who, ids) => {
      const file = multipart('bukti.png', TINY_PNG);
      return {
        method: 'POST',
        url: `${d(ids, 'draftD')}/answers/STR.1/evidence`,
        payload: file.payload,
        headers: file.headers,
      };
    },
  },
  {
    name: 'GET /api/institution-dossiers/:id/evidence/:evidenceId',
    route: 'GET /api/institution-dossiers/:id/evidence/:evidenceId',
    allowed: READERS,
    request: (_who, ids) => ({ method: 'GET', url: `${d(ids, 'draftD')}/evidence/${ids.evidenceKept}` }),
  },
  {
    name: 'DELETE /api/institution-dossiers/:id/evidence/:evidenceId (fillers, each their own file)',
    route: 'DELETE /api/institution-dossiers/:id/evidence/:evidenceId',
    allowed: FILLERS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `${d(ids, 'draftD')}/evidence/${ids[`evidence_${who}`] ?? ids.evidenceKept}`,
    }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/submit (fillers; stale → 409)',
    route: 'POST /api/institution-dossiers/:id/submit',
    allowed: FILLERS,
    request: (_who, ids) => ({ method: 'POST', url: `${d(ids, 'draftD')}/submit`, payload: STALE }),
  },
  {
    name: 'PUT /api/institution-dossiers/:id/reviews (DP3A stage)',
    route: 'PUT /api/institution-dossiers/:id/reviews',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({
      method: 'PUT',
      url: `${d(ids, 'reviewD')}/reviews`,
      payload: { ...STALE, reviews: [{ criterionCode: 'STR.1', review: 'accepted' }] },
    }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/return (DP3A stage)',
    route: 'POST /api/institution-dossiers/:id/return',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'POST', url: `${d(ids, 'reviewD')}/return`, payload: STALE }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/forward (DP3A stage)',
    route: 'POST /api/institution-dossiers/:id/forward',
    allowed: PALU_ADMINS,
    request: (_who, ids) => ({ method: 'POST', url: `${d(ids, 'reviewD')}/forward`, payload: STALE }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/decide (province stage: the provinsi user, superadmin)',
    route: 'POST /api/institution-dossiers/:id/decide',
    allowed: ['superadmin', 'provinsi'],
    request: (_who, ids) => ({
      method: 'POST',
      url: `${d(ids, 'provinceD')}/decide`,
      payload: { ...STALE, outcome: 'ditolak', decisionDate: '2026-12-01' },
    }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/reopen (fillers and revokers)',
    route: 'POST /api/institution-dossiers/:id/reopen',
    allowed: REVOKERS,
    request: (_who, ids) => ({ method: 'POST', url: `${d(ids, 'fixD')}/reopen`, payload: STALE }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/revoke (DP3A, province, superadmin)',
    route: 'POST /api/institution-dossiers/:id/revoke',
    allowed: REVOKERS,
    request: (_who, ids) => ({
      method: 'POST',
      url: `${d(ids, 'doneD')}/revoke`,
      payload: { ...STALE, reason: 'Matriks' },
    }),
  },
  {
    name: 'GET /api/institution-dossiers/:id/certificate',
    route: 'GET /api/institution-dossiers/:id/certificate',
    allowed: READERS,
    request: (_who, ids) => ({ method: 'GET', url: `${d(ids, 'doneD')}/certificate` }),
  },
  {
    name: "GET /api/institution-dossiers/:id (demo.lembaga's own institution: its account reads it too)",
    route: 'GET /api/institution-dossiers/:id',
    allowed: [...READERS, 'institution'],
    request: (_who, ids) => ({ method: 'GET', url: d(ids, 'ownD') }),
  },
  {
    name: 'PUT /api/institution-dossiers/:id/answers/:criterionCode (its own: the account fills it; stale → 409)',
    route: 'PUT /api/institution-dossiers/:id/answers/:criterionCode',
    allowed: [...FILLERS, 'institution'],
    request: (_who, ids) => ({
      method: 'PUT',
      url: `${d(ids, 'ownD')}/answers/STR.1`,
      payload: { ...STALE, value: true },
    }),
  },
  {
    name: 'POST /api/institution-dossiers/:id/submit (its own: the account submits; stale → 409)',
    route: 'POST /api/institution-dossiers/:id/submit',
    allowed: [...FILLERS, 'institution'],
    request: (_who, ids) => ({ method: 'POST', url: `${d(ids, 'ownD')}/submit`, payload: STALE }),
  },
  {
    name: 'GET /api/institutions/:id/dossiers (its own institution)',
    route: 'GET /api/institutions/:id/dossiers',
    allowed: [...READERS, 'institution'],
    request: (_who, ids) => ({ method: 'GET', url: `/api/institutions/${ids.ownInst}/dossiers` }),
  },
  {
    name: 'GET /api/regions/:code/institution-dossiers (the board)',
    route: 'GET /api/regions/:code/institution-dossiers',
    allowed: READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/institution-dossiers' }),
  },
];

export const INSTITUTION_STANDARDS_TABLE: PermissionTable = {
  title: 'Institution standards',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const call = caller(t);
    const admin = cookie('admin');
    const sa = cookie('superadmin');
    const prov = cookie('provinsi');
    const db = t.database.db;
    const ok = async (res: ReturnType<Call>, what: string) => {
      const r = await res;
      if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const standard = async (code: string, publish: boolean) => {
      const { id } = await ok(
        call(sa, 'POST', '/api/institution-standards/import', {
          code,
          name: code,
          institutionType: 'lplpp',
          sourceNote: '',
          validityMonths: 12,
          nationalReview: false,
          elements: [
            {
              code: 'A',
              name: 'A',
              weight: 1,
              criteria: [{ code: 'A.1', text: 'x', kind: 'yes_no', weight: 1 }],
            },
          ],
        }),
        code,
      );
      if (publish) await ok(call(sa, 'POST', `/api/institution-standards/${id}/publish`), `publish ${code}`);
      return id as string;
    };
    const ids: Record<string, string> = {
      draft: await standard('MATRIKS-DRAF', false),
      published: await standard('MATRIKS-TERBIT', true),
      toRetire: await standard('MATRIKS-PENSIUN', true),
      instNew: await insertInstitution(db, { name: 'Matriks Baru' }),
      instDraft: await insertInstitution(db, { name: 'Matriks Draf' }),
    };
    const open = async (name: string) => {
      const inst = await insertInstitution(db, { name });
      return (
        await ok(
          call(admin, 'POST', `/api/institutions/${inst}/dossiers`, { standardId: LPLPP_EXAMPLE.id }),
          name,
        )
      ).id as string;
    };
    const [own] = await db
      .select({ id: institutions.id })
      .from(institutions)
      .where(and(eq(institutions.name, DEMO_ACCOUNT_INSTITUTION), eq(institutions.regionCode, '72.71')));
    ids.ownInst = own.id;
    ids.ownD = (
      await ok(
        call(admin, 'POST', `/api/institutions/${ids.ownInst}/dossiers`, { standardId: LPLPP_EXAMPLE.id }),
        'own',
      )
    ).id;
    ids.draftD = (
      await ok(
        call(admin, 'POST', `/api/institutions/${ids.instDraft}/dossiers`, { standardId: LPLPP_EXAMPLE.id }),
        'draft',
      )
    ).id;
    const submitted = async (name: string) => {
      const id = await open(name);
      const version = await fillLplpp(t, admin, id);
      return (await ok(
        call(admin, 'POST', `/api/institution-dossiers/${id}/submit`, { version }),
        `submit ${name}`,
      )) as {
        id: string;
        version: number;
        answers: { criterionCode: string }[];
      };
    };
    const atProvince = async (name: string) => {
      const s = await submitted(name);
      const r = await ok(
        call(admin, 'PUT', `/api/institution-dossiers/${s.id}/reviews`, {
          version: s.version,
          reviews: s.answers.map((a) => ({ criterionCode: a.criterionCode, review: 'accepted' })),
        }),
        `review ${name}`,
      );
      return ok(
        call(admin, 'POST', `/api/institution-dossiers/${s.id}/forward`, { version: r.version }),
        `forward ${name}`,
      );
    };
    ids.reviewD = (await submitted('Matriks Periksa')).id;
    ids.provinceD = (await atProvince('Matriks Provinsi')).id;
    const fix = await atProvince('Matriks Perbaikan');
    await ok(
      call(prov, 'POST', `/api/institution-dossiers/${fix.id}/decide`, {
        version: fix.version,
        outcome: 'perlu_perbaikan',
        decisionDate: '2026-12-01',
      }),
      'decide fix',
    );
    ids.fixD = fix.id;
    const done = await atProvince('Matriks Terstandar');
    await ok(
      call(prov, 'POST', `/api/institution-dossiers/${done.id}/decide`, {
        version: done.version,
        outcome: 'terstandar',
        decisionNumber: 'M/1/2026',
        decisionDate: '2026-12-01',
      }),
      'decide done',
    );
    ids.doneD = done.id;
    const upload = async () => {
      const file = multipart('bukti.png', TINY_PNG);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/institution-dossiers/${ids.draftD}/answers/STR.2/evidence`,
        headers: { cookie: admin, ...file.headers },
        payload: file.payload,
      });
      if (res.statusCode !== 201) throw new Error(`evidence: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    ids.evidenceKept = await upload();
    for (const who of FILLERS) ids[`evidence_${who}`] = await upload();
    return ids;
  },
};
