/**
 * Test support for monev: gender-responsive budget lines inserted directly (ARG khusus, in a
 * year the demo does not use), a valid report body, and short request helpers.
 */
import { and, eq } from 'drizzle-orm';
import { opd } from '../../db/schema.js';
import { subActivities } from '../../db/schema-planning.js';
import type { TestApp } from '../../test-support/test-app.js';

export const YEAR = 2027;

export async function opdIdOf(t: TestApp, shortName: string): Promise<string> {
  const [o] = await t.database.db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, '72.71'), eq(opd.shortName, shortName)));
  return o.id;
}

/** An ARG-tagged line of a demo OPD (Palu): pagu 100.000.000, target "200 orang" unless told. */
export async function addResponsiveLine(
  t: TestApp,
  opdShortName: string,
  line: {
    code: string;
    budget?: string;
    target?: string;
    argCategory?: 'khusus' | 'kesetaraan' | 'netral' | null;
  },
): Promise<string> {
  const budget = line.budget ?? '100000000.00';
  const argCategory = line.argCategory === undefined ? 'khusus' : line.argCategory;
  const [row] = await t.database.db
    .insert(subActivities)
    .values({
      regionCode: '72.71',
      year: YEAR,
      opdId: await opdIdOf(t, opdShortName),
      code: line.code,
      name: `Pelayanan kesehatan ibu hamil ${line.code}`,
      outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
      target: line.target ?? '200 orang',
      budget,
      argCategory,
      argAmount: argCategory ? budget : null,
    })
    .returning({ id: subActivities.id });
  return row.id;
}

/** A complete quarter in increment mode, with nothing realised (so no evidence is required). */
export function emptyQuarter(overrides: Record<string, unknown> = {}) {
  return {
    version: 0,
    entryMode: 'increment',
    budgetRealised: '0',
    physicalRealised: '0',
    beneficiaries: { P: 0, L: 0 },
    kendala: 'Belum ada kegiatan pada triwulan ini.',
    tindakLanjut: 'Kegiatan dimulai triwulan berikutnya.',
    ...overrides,
  };
}

export function client(t: TestApp, lang = 'id') {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie,
        'accept-language': lang,
        ...(method === 'GET' ? {} : { origin: 'http://localhost:80' }),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload: unknown = {}) => call('POST', url, cookie, payload),
    put: (url: string, cookie: string, payload: unknown) => call('PUT', url, cookie, payload),
    delete: (url: string, cookie: string) => call('DELETE', url, cookie),
  };
}
