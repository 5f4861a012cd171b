/**
 * DATABASE_READ_URL: the analytics routes read from `readDb`, everything else from the
 * primary. The "replica" here is a second database holding different figures than the
 * primary, so each answer tells which one it came from. Sign-in (sessions on the primary only)
 * proves the rest still reads the primary.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { ZodApp } from '../lib/context.js';
import { FIXTURE_YEAR, insertDocument } from '../modules/documents/test-fixture.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';
import { subActivities } from './schema-planning.js';
import { opd } from './schema.js';
import { dataValues } from './schema-data.js';

const REPLICA_ONLY = '98.76';

describe('read replica (readDb)', () => {
  let primary: TestApp;
  let replica: TestApp;
  let app: ZodApp;
  let admin: string;
  let provinsi: string;
  const get = (url: string, cookie: string) => app.inject({ url, headers: { cookie } });

  before(async () => {
    primary = await createTestApp();
    replica = await createTestApp();
    const uhh = (db: typeof replica.database.db) =>
      db
        .update(dataValues)
        .set({ value: REPLICA_ONLY })
        .where(
          and(
            eq(dataValues.regionCode, '72.71'),
            eq(dataValues.indicatorCode, 'KES_UHH'),
            eq(dataValues.period, '2024'),
            eq(dataValues.sex, 'P'),
          ),
        )
        .returning({ value: dataValues.value });
    assert.equal((await uhh(replica.database.db)).length, 1, 'the demo has the value to change');
    const [dinkes] = await replica.database.db
      .select({ id: opd.id })
      .from(opd)
      .where(and(eq(opd.regionCode, '72.71'), eq(opd.shortName, 'Dinkes')));
    await insertDocument(replica.database.db, {
      opdId: dinkes.id,
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      status: 'approved',
    });
    // One app on the primary whose readDb is the other database.
    app = await buildApp(
      { ...primary.database, readDb: replica.database.db, hasReplica: true },
      primary.config,
    );
    await app.ready();
    const login = async (username: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.find((c) => c.name === 'setara_session')!;
      return `setara_session=${cookie.value}`;
    };
    [admin, provinsi] = [await login('demo.admin'), await login('demo.provinsi')];
  });
  after(async () => {
    await app?.close();
    await Promise.all([primary?.close(), replica?.close()]);
  });

  test('the trend chart reads the replica', async () => {
    const res = await get('/api/explore/trend?region=72.71&indicator=KES_UHH', admin);
    assert.equal(res.statusCode, 200, res.body);
    const point = res.json().points.find((p: { period: string }) => p.period === '2024');
    assert.equal(point.p, Number(REPLICA_ONLY));
  });

  test('the province comparison reads the replica', async () => {
    const res = await get('/api/explore/compare?province=72&indicator=KES_UHH&period=2024', provinsi);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.body.includes(REPLICA_ONLY), 'the replica-only figure is in the comparison');
  });

  test('the ARG recap reads the replica', async () => {
    const onPrimary = await primary.database.db
      .select({ id: subActivities.id })
      .from(subActivities)
      .where(eq(subActivities.year, FIXTURE_YEAR));
    assert.equal(onPrimary.length, 0);
    const res = await get(`/api/regions/72.71/arg-recap?year=${FIXTURE_YEAR}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(Number(res.json().totalBudget) > 0, res.body);
  });

  test('the Profil Gender workbook reads the replica', async () => {
    const res = await get('/api/regions/72.71/profil-gender?year=2024&format=xlsx', admin);
    assert.equal(res.statusCode, 200, res.body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const numbers: number[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => numbers.push(Number(cell.value)))),
    );
    assert.ok(numbers.includes(Number(REPLICA_ONLY)));
  });

  test('DATABASE_READ_URL counts only beside DATABASE_URL', () => {
    assert.equal(loadConfig({ DATABASE_READ_URL: 'postgres://replica/setara' }).databaseReadUrl, null);
    assert.equal(
      loadConfig({
        DATABASE_URL: 'postgres://primary/setara',
        DATABASE_READ_URL: 'postgres://replica/setara',
      }).databaseReadUrl,
      'postgres://replica/setara',
    );
  });
});
