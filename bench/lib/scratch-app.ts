/**
 * What the PPRG benchmarks share: a scratch database that exists only for the run (PGlite in a
 * temporary directory, or a throw-away database on the PostgreSQL server of `--url`, dropped
 * at the end), a region's OPDs with its admin, and a session signed in through the real app,
 * so the numbers include the login, permission and validation work a user's request pays.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { buildApp } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { Db } from '../../server/db/connection.js';
import { opd, users } from '../../server/db/schema.js';
import { hashPassword } from '../../server/lib/passwords.js';

const ADMIN = 'bench.admin';

/** Deterministic pseudo-random numbers, so every run builds the same data. */
export function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export interface ScratchTarget {
  config: Config;
  label: string;
  cleanup: () => Promise<void>;
}

/** `name` tells the scratch directory or database apart: `setara-<name>-bench-…`. */
export async function scratchTarget(serverUrl: string | undefined, name: string): Promise<ScratchTarget> {
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `setara-${name}-bench-`));
    return {
      config: loadConfig({ SETARA_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
      label: 'PGlite (temporary directory)',
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  // A database name is an identifier: "institution-services" becomes institution_services.
  const database = `setara_${name.replace(/[^a-z0-9_]/gi, '_')}_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    config: loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' }),
    label: `PostgreSQL (scratch database ${database})`,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${database} with (force)`);
      await c.end();
    },
  };
}

/** The region's OPDs (`name(i)`, `shortName(i)` for i from 1) and its admin daerah. */
export async function seedRegion(
  db: Db,
  o: { regionCode: string; opds: number; name: (i: number) => string; shortName: (i: number) => string },
  password: string,
): Promise<{ id: string }[]> {
  const rows = await db
    .insert(opd)
    .values(
      Array.from({ length: o.opds }, (_, i) => ({
        regionCode: o.regionCode,
        name: o.name(i + 1),
        shortName: o.shortName(i + 1),
        kind: 'dinas' as const,
      })),
    )
    .returning({ id: opd.id });
  await db.insert(users).values({
    username: ADMIN,
    fullName: 'Bench Admin',
    email: 'bench@setara.invalid',
    role: 'admin_daerah',
    regionCode: o.regionCode,
    passwordHash: await hashPassword(password),
  });
  return rows;
}

/** Signs the region's admin in; answers the session cookie. */
export async function signIn(app: Awaited<ReturnType<typeof buildApp>>, password: string): Promise<string> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: ADMIN, password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return String(login.headers['set-cookie']).split(';')[0];
}

/** Adds (once) a national superadmin for a bench and signs it in; answers the session cookie. */
export async function signInSuperadmin(
  app: Awaited<ReturnType<typeof buildApp>>,
  db: Db,
  username: string,
  password: string,
): Promise<string> {
  await db
    .insert(users)
    .values({
      username,
      fullName: 'Bench',
      role: 'superadmin',
      regionCode: 'ID',
      passwordHash: await hashPassword(password),
    })
    .onConflictDoNothing();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return String(login.headers['set-cookie']).split(';')[0];
}
