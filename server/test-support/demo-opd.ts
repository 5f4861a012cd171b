/** The demo region's agencies (OPD) by short name ('Dinkes', 'DP3A', …), for tests that act on them. */
import type { TestApp } from './test-app.js';

export async function demoOpdIdsByShortName(t: TestApp, cookie: string): Promise<Map<string, string>> {
  const res = await t.app.inject({ url: '/api/regions/72.71/opd?pageSize=200', headers: { cookie } });
  return new Map(res.json().items.map((o: { shortName: string; id: string }) => [o.shortName, o.id]));
}
