/**
 * Test support for follow-ups: meetings and registry people inserted directly (the meetings
 * module's own API is not needed to test follow-ups), and short request helpers.
 */
import { and, eq } from 'drizzle-orm';
import type { MeetingKind } from '../../../domain/meetings/constants.js';
import { opd } from '../../db/schema.js';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetings } from '../../db/schema-meetings.js';
import type { TestApp } from '../../test-support/test-app.js';

export async function opdIdOf(t: TestApp, shortName: string, regionCode = '72.71'): Promise<string> {
  const [o] = await t.database.db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.shortName, shortName)));
  return o.id;
}

export async function insertMeeting(
  t: TestApp,
  m: { title: string; startsOn: string; kind?: MeetingKind; regionCode?: string; agenda?: string[] },
): Promise<string> {
  const [row] = await t.database.db
    .insert(meetings)
    .values({
      regionCode: m.regionCode ?? '72.71',
      kind: m.kind ?? 'rakor',
      status: 'held',
      title: m.title,
      startsOn: m.startsOn,
      endsOn: m.startsOn,
      agenda: (m.agenda ?? []).map((text, i) => ({ id: `a${i + 1}`, text })),
    })
    .returning({ id: meetings.id });
  return row.id;
}

export async function insertPerson(
  t: TestApp,
  p: { fullName: string; email?: string | null; regionCode?: string },
): Promise<string> {
  const [row] = await t.database.db
    .insert(pugPeople)
    .values({
      regionCode: p.regionCode ?? '72.71',
      fullName: p.fullName,
      nameKey: p.fullName.toLowerCase(),
      sex: 'P',
      email: p.email ?? null,
    })
    .returning({ id: pugPeople.id });
  return row.id;
}

export function client(t: TestApp, lang = 'id') {
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie,
        'accept-language': lang,
        ...(method === 'GET' ? {} : { origin: 'http://localhost:80' }),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload: unknown = {}) => call('POST', url, cookie, payload),
    patch: (url: string, cookie: string, payload: unknown) => call('PATCH', url, cookie, payload),
    delete: (url: string, cookie: string) => call('DELETE', url, cookie),
    upload: (url: string, cookie: string, body: { payload: Buffer; headers: Record<string, string> }) =>
      call('POST', url, cookie, body.payload, body.headers),
  };
}
