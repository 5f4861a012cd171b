/**
 * The PUG institutions' permission table: the people registry, the Pokja PUG and its decrees,
 * focal points, teams, partners, officials by echelon, staff trained in PUG/PPRG and the figures. Read by every role of
 * the region, provinsi above it and superadmin; managed by the region's admin daerah and
 * superadmin (domain/kelembagaan/access.ts). Records each manager acts on (deleted, merged)
 * are made per caller in loadIds, so the first caller's success does not turn into the
 * second's 404.
 */
import { findOrCreatePerson } from '../../modules/kelembagaan/people.js';
import { demoOpdIdsByShortName } from '../demo-opd.js';
import {
  PALU_ADMINS,
  PALU_READERS,
  type Case,
  type Ids,
  type PermissionTable,
  type Who,
} from '../permission-matrix.js';

const BASE = '/api/regions/72.71/kelembagaan';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
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

const MANAGERS: Who[] = PALU_ADMINS;
/** The id made for `who` (a manager), else any id: others are refused before it is looked up. */
const own = (ids: Ids, kind: string, who: Who) => ids[`${kind}_${who}`] ?? ids[`${kind}_admin`]!;

const CASES: Case[] = [
  {
    name: 'GET /api/regions/:code/people',
    route: 'GET /api/regions/:code/people',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: '/api/regions/72.71/people?q=a' }),
  },
  {
    name: 'GET people registry',
    route: 'GET /api/regions/:code/kelembagaan/people',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/people` }),
  },
  {
    name: 'GET one person',
    route: 'GET /api/regions/:code/kelembagaan/people/:personId',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `${BASE}/people/${ids.keep}` }),
  },
  {
    name: 'PATCH a person',
    route: 'PATCH /api/regions/:code/kelembagaan/people/:personId',
    allowed: MANAGERS,
    request: (_w, ids) => ({
      method: 'PATCH',
      url: `${BASE}/people/${ids.keep}`,
      payload: { position: 'Kepala Bidang' },
    }),
  },
  {
    name: 'POST merge two rows of one person',
    route: 'POST /api/regions/:code/kelembagaan/people/:personId/merge',
    allowed: MANAGERS,
    request: (who, ids) => ({
      method: 'POST',
      url: `${BASE}/people/${own(ids, 'drop', who)}/merge`,
      payload: { keepId: ids.keep },
    }),
  },
  {
    name: 'GET the Pokja PUG',
    route: 'GET /api/regions/:code/kelembagaan/pokja',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/pokja` }),
  },
  {
    name: 'GET one SK',
    route: 'GET /api/regions/:code/kelembagaan/pokja/decrees/:decreeId',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `${BASE}/pokja/decrees/${ids.decree}` }),
  },
  {
    name: 'POST a new SK',
    route: 'POST /api/regions/:code/kelembagaan/pokja/decrees',
    allowed: MANAGERS,
    request: (who) => ({
      method: 'POST',
      url: `${BASE}/pokja/decrees`,
      payload: { skNumber: `SK/${who}`, skDate: '2025-01-02', validFrom: '2025-01-02', members: [] },
    }),
  },
  {
    name: 'PUT an SK',
    route: 'PUT /api/regions/:code/kelembagaan/pokja/decrees/:decreeId',
    allowed: MANAGERS,
    request: (_w, ids) => ({
      method: 'PUT',
      url: `${BASE}/pokja/decrees/${ids.decree}`,
      payload: { skNumber: 'SK/MATRIKS', skDate: '2024-01-02', validFrom: '2024-01-02', members: [] },
    }),
  },
  {
    name: 'POST the SK PDF',
    route: 'POST /api/regions/:code/kelembagaan/pokja/decrees/:decreeId/file',
    allowed: MANAGERS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `${BASE}/pokja/decrees/${ids.decree}/file`,
      ...upload('sk.pdf', PDF),
    }),
  },
  {
    name: 'GET the SK PDF',
    route: 'GET /api/regions/:code/kelembagaan/pokja/decrees/:decreeId/file',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `${BASE}/pokja/decrees/${ids.decree}/file` }),
  },
  {
    name: 'GET focal points',
    route: 'GET /api/regions/:code/kelembagaan/focal-points',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/focal-points` }),
  },
  {
    name: 'POST a focal point',
    route: 'POST /api/regions/:code/kelembagaan/focal-points',
    allowed: MANAGERS,
    request: (who, ids) => ({
      method: 'POST',
      url: `${BASE}/focal-points`,
      payload: {
        opdId: ids.dinsos,
        person: { fullName: `Focal Matriks ${who}`, sex: 'P' },
        trainingStatus: 'belum',
      },
    }),
  },
  {
    name: 'PATCH a focal point',
    route: 'PATCH /api/regions/:code/kelembagaan/focal-points/:focalPointId',
    allowed: MANAGERS,
    request: (_w, ids) => ({
      method: 'PATCH',
      url: `${BASE}/focal-points/${ids.focalPoint}`,
      payload: { skNumber: '800/1' },
    }),
  },
  {
    name: 'DELETE a focal point',
    route: 'DELETE /api/regions/:code/kelembagaan/focal-points/:focalPointId',
    allowed: MANAGERS,
    request: (who, ids) => ({ method: 'DELETE', url: `${BASE}/focal-points/${own(ids, 'fp', who)}` }),
  },
  {
    name: 'POST a focal point SK PDF',
    route: 'POST /api/regions/:code/kelembagaan/focal-points/:focalPointId/file',
    allowed: MANAGERS,
    request: (_w, ids) => ({
      method: 'POST',
      url: `${BASE}/focal-points/${ids.focalPoint}/file`,
      ...upload('sk.pdf', PDF),
    }),
  },
  {
    name: 'GET a focal point SK PDF',
    route: 'GET /api/regions/:code/kelembagaan/focal-points/:focalPointId/file',
    allowed: PALU_READERS,
    request: (_w, ids) => ({ method: 'GET', url: `${BASE}/focal-points/${ids.focalPoint}/file` }),
  },
  {
    name: 'GET teams',
    route: 'GET /api/regions/:code/kelembagaan/teams',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/teams` }),
  },
  {
    name: 'POST a team',
    route: 'POST /api/regions/:code/kelembagaan/teams',
    allowed: MANAGERS,
    request: (who) => ({
      method: 'POST',
      url: `${BASE}/teams`,
      payload: { kind: 'lainnya', name: `Tim ${who}`, members: [] },
    }),
  },
  {
    name: 'PUT a team',
    route: 'PUT /api/regions/:code/kelembagaan/teams/:teamId',
    allowed: MANAGERS,
    request: (who, ids) => ({
      method: 'PUT',
      url: `${BASE}/teams/${own(ids, 'team', who)}`,
      payload: { kind: 'tim_teknis', name: `Tim Teknis ${who}`, members: [] },
    }),
  },
  {
    name: 'DELETE a team',
    route: 'DELETE /api/regions/:code/kelembagaan/teams/:teamId',
    allowed: MANAGERS,
    request: (who, ids) => ({ method: 'DELETE', url: `${BASE}/teams/${own(ids, 'teamDel', who)}` }),
  },
  {
    name: 'GET partners',
    route: 'GET /api/regions/:code/kelembagaan/partners',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/partners` }),
  },
  {
    name: 'POST a partner',
    route: 'POST /api/regions/:code/kelembagaan/partners',
    allowed: MANAGERS,
    request: (who) => ({
      method: 'POST',
      url: `${BASE}/partners`,
      payload: { kind: 'lsm', name: `LSM ${who}`, contacts: [] },
    }),
  },
  {
    name: 'PUT a partner',
    route: 'PUT /api/regions/:code/kelembagaan/partners/:partnerId',
    allowed: MANAGERS,
    request: (who, ids) => ({
      method: 'PUT',
      url: `${BASE}/partners/${own(ids, 'partner', who)}`,
      payload: { kind: 'forum_puspa', name: `Forum ${who}`, contacts: [] },
    }),
  },
  {
    name: 'DELETE a partner',
    route: 'DELETE /api/regions/:code/kelembagaan/partners/:partnerId',
    allowed: MANAGERS,
    request: (who, ids) => ({ method: 'DELETE', url: `${BASE}/partners/${own(ids, 'partnerDel', who)}` }),
  },
  {
    name: 'GET officials by echelon',
    route: 'GET /api/regions/:code/kelembagaan/officials',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/officials?year=2025` }),
  },
  {
    name: 'PUT officials by echelon',
    route: 'PUT /api/regions/:code/kelembagaan/officials',
    allowed: MANAGERS,
    request: () => ({
      method: 'PUT',
      url: `${BASE}/officials`,
      payload: { year: 2025, opdId: null, rows: [{ echelon: 'pengawas', women: 3, men: 4 }] },
    }),
  },
  {
    name: 'POST officials import',
    route: 'POST /api/regions/:code/kelembagaan/officials/import',
    allowed: MANAGERS,
    request: () => ({
      method: 'POST',
      url: `${BASE}/officials/import`,
      ...upload('pejabat.csv', 'tahun,eselon,perempuan,laki_laki\n2024,II,2,5\n'),
    }),
  },
  {
    name: 'GET staff trained in PUG/PPRG',
    route: 'GET /api/regions/:code/kelembagaan/staff-training',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/staff-training?year=2025` }),
  },
  {
    name: 'PUT staff trained in PUG/PPRG',
    route: 'PUT /api/regions/:code/kelembagaan/staff-training',
    allowed: MANAGERS,
    request: () => ({
      method: 'PUT',
      url: `${BASE}/staff-training`,
      payload: { year: 2025, opdId: null, staff: 120, trained: 30 },
    }),
  },
  {
    name: 'POST staff trained import',
    route: 'POST /api/regions/:code/kelembagaan/staff-training/import',
    allowed: MANAGERS,
    request: () => ({
      method: 'POST',
      url: `${BASE}/staff-training/import`,
      ...upload('asn.csv', 'tahun,jumlah_asn,terlatih\n2024,300,45\n'),
    }),
  },
  {
    name: 'GET figures',
    route: 'GET /api/regions/:code/kelembagaan/figures',
    allowed: PALU_READERS,
    request: () => ({ method: 'GET', url: `${BASE}/figures?year=2025` }),
  },
];

export const KELEMBAGAAN_TABLE: PermissionTable = {
  title: 'Kelembagaan',
  cases: CASES,
  loadIds: async (t, cookie) => {
    const opds = await demoOpdIdsByShortName(t, cookie('admin'));
    const ids: Ids = { dinsos: opds.get('Dinsos')! };
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookie('admin'), origin: 'http://localhost:80' },
        payload,
      });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    const db = t.database.db;
    ids.keep = (
      await db.transaction((tx) =>
        findOrCreatePerson(tx, '72.71', { fullName: 'Matriks Tetap', sex: 'P' }, null),
      )
    ).id;
    ids.decree = await post(`${BASE}/pokja/decrees`, {
      skNumber: 'SK/MATRIKS/0',
      skDate: '2024-01-02',
      validFrom: '2024-01-02',
      members: [{ personId: ids.keep, role: 'ketua' }],
    });
    ids.focalPoint = await post(`${BASE}/focal-points`, {
      opdId: ids.dinsos,
      personId: ids.keep,
      trainingStatus: 'belum',
    });
    for (const who of MANAGERS) {
      ids[`drop_${who}`] = (
        await db.transaction((tx) =>
          findOrCreatePerson(tx, '72.71', { fullName: `Matriks Ganda ${who}`, sex: 'P' }, null),
        )
      ).id;
      ids[`fp_${who}`] = await post(`${BASE}/focal-points`, {
        opdId: opds.get('Dinkes'),
        person: { fullName: `Focal Hapus ${who}`, sex: 'L' },
        trainingStatus: 'belum',
      });
      ids[`team_${who}`] = await post(`${BASE}/teams`, {
        kind: 'tim_driver',
        name: `Tim Ubah ${who}`,
        members: [],
      });
      ids[`teamDel_${who}`] = await post(`${BASE}/teams`, {
        kind: 'lainnya',
        name: `Tim Hapus ${who}`,
        members: [],
      });
      ids[`partner_${who}`] = await post(`${BASE}/partners`, {
        kind: 'lsm',
        name: `Mitra Ubah ${who}`,
        contacts: [],
      });
      ids[`partnerDel_${who}`] = await post(`${BASE}/partners`, {
        kind: 'lsm',
        name: `Mitra Hapus ${who}`,
        contacts: [],
      });
    }
    // The decree's file, so readers have one to download before the upload case runs.
    const file = upload('sk.pdf', PDF);
    for (const url of [
      `${BASE}/pokja/decrees/${ids.decree}/file`,
      `${BASE}/focal-points/${ids.focalPoint}/file`,
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookie('admin'), origin: 'http://localhost:80', ...file.headers },
        payload: file.payload,
      });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    }
    return ids;
  },
};
