/**
 * The service-institution registry's permission table (domain/institutions/access.ts): read by
 * the region's DP3A, reviewers and Pokja, provinsi above and superadmin — not an OPD operator;
 * managed by DP3A and superadmin; the institution account (`institution`, demo.lembaga) reads
 * and edits its own institution (profile, staff, logo) and nothing else. The public directory
 * and the invitation link are in public-routes.ts.
 */
import { and, eq } from 'drizzle-orm';
import { institutions } from '../../db/schema-institutions.js';
import {
  callerNo,
  PALU_ADMINS,
  type Case,
  type Ids,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const REGION = '/api/regions/72.71';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e50000000049454e44ae426082',
  'hex',
);
const BOUNDARY = '----setara-matrix';

function upload(fileName: string, body: Buffer | string) {
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

const READERS: Who[] = ['superadmin', 'provinsi', 'admin', 'reviewer', 'pokja'];
const ADMINS: Who[] = PALU_ADMINS;
/** The region's readers and the institution's own account. */
const OWN_READERS: Who[] = [...READERS, 'institution'];
const OWN_EDITORS: Who[] = [...ADMINS, 'institution'];
const staffOf = (ids: Ids, who: Who) => ids[`staff_${who}`] ?? ids.staff_admin!;

const CASES: Case[] = [
  {
    name: 'GET the registry',
    route: 'GET /api/regions/:code/institutions',
    allowed: READERS,
    request: () => ({ method: 'GET', url: `${REGION}/institutions?field=hukum` }),
  },
  {
    name: 'POST an institution',
    route: 'POST /api/regions/:code/institutions',
    allowed: ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: `${REGION}/institutions`,
      payload: {
        name: `Lembaga Matriks ${callerNo(who)}`,
        typeId: ids.type!,
        ownerKind: 'pemerintah',
        fields: ['sosial'],
        address: 'Jl. Matriks 1',
      },
    }),
  },
  {
    name: 'GET institution types',
    route: 'GET /api/regions/:code/institution-types',
    allowed: OWN_READERS,
    request: () => ({ method: 'GET', url: `${REGION}/institution-types` }),
  },
  {
    name: 'POST an institution type',
    route: 'POST /api/regions/:code/institution-types',
    allowed: ADMINS,
    request: (who) => ({
      method: 'POST',
      url: `${REGION}/institution-types`,
      payload: { code: `jenis_${callerNo(who)}`, nameId: 'Jenis matriks', nameEn: 'Matrix type' },
    }),
  },
  {
    name: 'GET export',
    route: 'GET /api/regions/:code/institutions/export',
    allowed: READERS,
    request: () => ({ method: 'GET', url: `${REGION}/institutions/export?format=csv` }),
  },
  {
    name: 'GET import template',
    route: 'GET /api/regions/:code/institutions/import-template',
    allowed: ADMINS,
    request: () => ({ method: 'GET', url: `${REGION}/institutions/import-template` }),
  },
  {
    name: 'POST import',
    route: 'POST /api/regions/:code/institutions/import',
    allowed: ADMINS,
    request: (who) => ({
      method: 'POST',
      url: `${REGION}/institutions/import`,
      ...upload(
        'lembaga.csv',
        `nama;jenis;pemilik;bidang;alamat\r\nLembaga Impor Matriks ${callerNo(who)};lplpp;pemerintah;hukum;Jl. Impor 1\r\n`,
      ),
    }),
  },
  {
    name: 'GET one institution',
    route: 'GET /api/institutions/:id',
    allowed: OWN_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/institutions/${ids.own}` }),
  },
  {
    name: 'PATCH an institution',
    route: 'PATCH /api/institutions/:id',
    allowed: OWN_EDITORS,
    request: (_w, ids) => ({
      method: 'PATCH',
      url: `/api/institutions/${ids.own}`,
      payload: { description: 'Diperbarui dalam uji matriks.' },
    }),
  },
  {
    name: 'POST a status change',
    route: 'POST /api/institutions/:id/status',
    allowed: ADMINS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/institutions/${ids.other}/status`,
      payload: { status: who === 'admin' ? 'aktif' : 'nonaktif', reason: 'uji' },
    }),
  },
  {
    name: 'POST staff',
    route: 'POST /api/institutions/:id/staff',
    allowed: OWN_EDITORS,
    request: (who, ids) => ({
      method: 'POST',
      url: `/api/institutions/${ids.own}/staff`,
      payload: { fullName: `Staf Matriks ${callerNo(who)}`, role: 'staf', sex: 'P' },
    }),
  },
  {
    name: 'PATCH staff',
    route: 'PATCH /api/institutions/:id/staff/:staffId',
    allowed: OWN_EDITORS,
    request: (_w, ids) => ({
      method: 'PATCH',
      url: `/api/institutions/${ids.own}/staff/${ids.staff_admin}`,
      payload: { position: 'Konselor' },
    }),
  },
  {
    name: 'DELETE staff',
    route: 'DELETE /api/institutions/:id/staff/:staffId',
    allowed: OWN_EDITORS,
    request: (who, ids) => ({
      method: 'DELETE',
      url: `/api/institutions/${ids.own}/staff/${staffOf(ids, who)}`,
    }),
  },
  {
    name: 'GET the logo',
    route: 'GET /api/institutions/:id/logo',
    allowed: OWN_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `/api/institutions/${ids.own}/logo` }),
  },
  {
    name: 'POST the logo',
    route: 'POST /api/institutions/:id/logo',
    allowed: OWN_EDITORS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `/api/institutions/${ids.own}/logo`,
      ...upload('logo.png', PNG),
    }),
  },
  {
    name: 'POST an invitation',
    route: 'POST /api/institutions/:id/invite',
    allowed: ADMINS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `/api/institutions/${ids.invitee}/invite`,
      payload: { fullName: 'Ketua Koperasi', email: 'koperasi.talise@contoh.id' },
    }),
  },
];

export const INSTITUTIONS_TABLE: PermissionTable = {
  title: 'institutions',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const admin = cookie('admin');
    const idOf = async (name: string) => {
      const [row] = await t.database.db
        .select({ id: institutions.id })
        .from(institutions)
        .where(and(eq(institutions.regionCode, '72.71'), eq(institutions.name, name)));
      return row!.id;
    };
    const ids: Ids = {
      own: await idOf('Perkumpulan Perempuan Mandiri Sejahtera Palu'),
      other: await idOf('Puspaga Kota Palu'),
      invitee: await idOf('Koperasi Wanita Tunas Harapan Talise'),
    };
    const types = await t.app.inject({ url: `${REGION}/institution-types`, headers: { cookie: admin } });
    ids.type = types.json().items.find((x: { code: string }) => x.code === 'lplpp').id;
    // One staff row per editor to delete, so the first delete is not the next caller's 404.
    for (const who of OWN_EDITORS) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/institutions/${ids.own}/staff`,
        headers: { cookie: admin, origin: 'http://localhost:80' },
        payload: { fullName: `Dihapus ${who}`, role: 'staf', sex: 'L' },
      });
      const row = res.json().staff.find((s: { fullName: string }) => s.fullName === `Dihapus ${who}`);
      ids[`staff_${who}`] = row.id;
    }
    const logo = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${ids.own}/logo`,
      headers: { cookie: admin, origin: 'http://localhost:80', ...upload('logo.png', PNG).headers },
      payload: upload('logo.png', PNG).payload,
    });
    if (logo.statusCode !== 201) throw new Error(`logo: ${logo.statusCode} ${logo.body}`);
    return ids;
  },
};
