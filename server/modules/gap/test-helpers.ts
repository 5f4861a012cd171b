/**
 * Test support for the GAP module's integration tests: budget lines inserted directly (the
 * tests do not depend on the planning module's import), and short request helpers.
 */
import { and, eq } from 'drizzle-orm';
import { opd } from '../../db/schema.js';
import { subActivities } from '../../db/schema-planning.js';
import type { TestApp } from '../../test-support/test-app.js';

/** A budget line of a demo OPD in a year the demo does not use, so demo seeding never clashes. */
export async function addLine(
  t: TestApp,
  opdShortName: string,
  line: { code: string; name: string; budget: string; year?: number },
): Promise<string> {
  const [o] = await t.database.db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, '72.71'), eq(opd.shortName, opdShortName)));
  const [row] = await t.database.db
    .insert(subActivities)
    .values({
      regionCode: '72.71',
      year: line.year ?? 2027,
      opdId: o.id,
      code: line.code,
      name: line.name,
      outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '3.200 orang',
      budget: line.budget,
    })
    .onConflictDoNothing()
    .returning({ id: subActivities.id });
  if (row) return row.id;
  // Already there (the demo's own lines, once the planning demo seeds them).
  const [existing] = await t.database.db
    .select({ id: subActivities.id })
    .from(subActivities)
    .where(
      and(
        eq(subActivities.regionCode, '72.71'),
        eq(subActivities.year, line.year ?? 2027),
        eq(subActivities.opdId, o.id),
        eq(subActivities.code, line.code),
      ),
    );
  return existing.id;
}

export function client(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': 'id' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload: unknown = {}) => call('POST', url, cookie, payload),
    put: (url: string, cookie: string, payload: unknown) => call('PUT', url, cookie, payload),
    patch: (url: string, cookie: string, payload: unknown) => call('PATCH', url, cookie, payload),
  };
}
