/**
 * Every registered route says who may call it: a role × route table exercises it
 * (test-support/matrices/) or the public list names it with a reason
 * (test-support/public-routes.ts). A module that adds a route without either fails here, named;
 * so does a table or public entry whose route no longer exists.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PERMISSION_TABLES } from './test-support/matrices/index.js';
import { PUBLIC_ROUTES } from './test-support/public-routes.js';
import { createTestApp, type TestApp } from './test-support/test-app.js';

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) \/\S*$/;

/** `METHOD /pattern` of every route, without the HEAD twins Fastify adds to GET routes. */
function withoutHeadTwins(routes: Set<string>): Set<string> {
  const twinOf = (url: string) =>
    routes.has(`GET ${url}`) || routes.has(`GET ${url.replace(/(.)\/$/, '$1')}`);
  return new Set(
    [...routes].filter((r) => {
      const [method, url] = r.split(' ');
      return method !== 'HEAD' || !twinOf(url);
    }),
  );
}

const sorted = (routes: Iterable<string>) => [...routes].sort();

describe('route coverage', () => {
  const seen = new Set<string>();
  let registered: Set<string>;
  let t: TestApp;
  let webDist: string;

  before(async () => {
    // A stand-in web build, so the web app's catch-all route is registered as in production.
    webDist = await mkdtemp(path.join(os.tmpdir(), 'setara-web-'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Setara</title>');
    t = await createTestApp({
      demo: false,
      env: { WEB_DIST: webDist },
      instrument: (app) =>
        app.addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) seen.add(`${method} ${route.url}`);
        }),
    });
    registered = withoutHeadTwins(seen);
  });
  after(async () => {
    await t.close();
    await rm(webDist, { recursive: true, force: true });
  });

  const tableRoutes = () => new Set(PERMISSION_TABLES.flatMap((table) => table.cases.map((c) => c.route)));
  const publicRoutes = () => new Set(PUBLIC_ROUTES.map((p) => p.route));

  test('the tables and the public list name routes as METHOD /pattern, the public ones with a reason', () => {
    const malformed = [...tableRoutes(), ...publicRoutes()].filter((r) => !ROUTE.test(r));
    assert.deepEqual(malformed, []);
    assert.deepEqual(
      PUBLIC_ROUTES.filter((p) => p.reason.trim().length < 10).map((p) => p.route),
      [],
      'each public route says why',
    );
    assert.ok(
      registered.size > 50,
      `found only ${registered.size} routes: is the onRoute hook registered early?`,
    );
  });

  test('every registered route is in a permission table or the public list', () => {
    const declared = new Set([...tableRoutes(), ...publicRoutes()]);
    const unclaimed = sorted([...registered].filter((r) => !declared.has(r)));
    assert.deepEqual(
      unclaimed,
      [],
      `these routes say nowhere who may call them; add a case to a table in server/test-support/matrices/ ` +
        `or, if anyone may, an entry with its reason to server/test-support/public-routes.ts:\n  ${unclaimed.join('\n  ')}`,
    );
  });

  test('every route a table or the public list names is still registered', () => {
    const gone = sorted([...tableRoutes(), ...publicRoutes()].filter((r) => !registered.has(r)));
    assert.deepEqual(gone, [], `no such route any more:\n  ${gone.join('\n  ')}`);
  });

  test('a public route that a table exercises is allowed to the anonymous public there', () => {
    const closed = sorted(
      [...publicRoutes()].filter((route) => {
        const cases = PERMISSION_TABLES.flatMap((table) => table.cases).filter((c) => c.route === route);
        return cases.length > 0 && !cases.some((c) => c.allowed.includes('anonymous'));
      }),
    );
    assert.deepEqual(closed, []);
  });
});
