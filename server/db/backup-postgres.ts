/**
 * PostgreSQL in a backup: `pg_dump --format=custom` taken inside a snapshot the backup also
 * reads its schema version from (pg_dump --snapshot), so the manifest describes exactly what
 * was dumped; restored by pg_restore's SQL fed to `psql --single-transaction`, so a failure
 * half-way leaves the target as it was. Needs the PostgreSQL client programs (pg_dump,
 * pg_restore, psql) of at least the server's major version on PATH.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import pg from 'pg';
import type { SchemaVersion } from './schema-version.js';

export const POSTGRES_ENTRY = 'postgres.dump';

export class BackupToolMissing extends Error {}

/** libpq reads the password from the environment, so it never shows in `ps`. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env };
}

interface RunResult {
  code: number | null;
  stderr: string;
}

function run(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdout?: NodeJS.WritableStream,
): { child: ReturnType<typeof spawn>; done: Promise<RunResult> } {
  const child = spawn(program, args, { env, stdio: ['pipe', stdout ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  if (stdout) child.stdout!.pipe(stdout);
  const done = new Promise<RunResult>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupToolMissing(`${program} not found: install the PostgreSQL client programs`)
          : error,
      ),
    );
    child.once('close', (code) => resolve({ code, stderr: stderr.trim() }));
  });
  return { child, done };
}

async function toolMajor(program: string): Promise<number> {
  const out: Buffer[] = [];
  const child = spawn(program, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  child.stdout.on('data', (d: Buffer) => out.push(d));
  const [code] = (await Promise.race([
    once(child, 'close'),
    once(child, 'error').then(([e]) => {
      throw (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? new BackupToolMissing(`${program} not found: install the PostgreSQL client programs`)
        : e;
    }),
  ])) as [number];
  const match = /\s(\d+)(\.\d+)?/.exec(Buffer.concat(out).toString());
  if (code !== 0 || !match) throw new BackupToolMissing(`${program} --version did not answer`);
  return Number(match[1]);
}

/** pg_dump cannot dump a server newer than itself: say so before starting. */
async function assertToolsFit(client: pg.Client, programs: string[]): Promise<void> {
  const { rows } = await client.query<{ v: string }>('show server_version_num');
  const server = Math.floor(Number(rows[0].v) / 10000);
  for (const program of programs) {
    const major = await toolMajor(program);
    if (major < server)
      throw new BackupToolMissing(
        `${program} ${major} is older than the PostgreSQL ${server} server; install the PostgreSQL ${server} client programs`,
      );
  }
}

export interface PgSnapshot {
  schema: SchemaVersion;
  /** Dumps the snapshot into `file` (custom format). */
  dumpTo(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens a snapshot of the database: the schema version and the dump agree with each other. */
export async function openPgSnapshot(databaseUrl: string): Promise<PgSnapshot> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await assertToolsFit(client, ['pg_dump']);
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const present = await client.query<{ present: boolean }>(
      `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
    );
    let schema: SchemaVersion = { migrations: 0, lastAt: null };
    if (present.rows[0].present) {
      const v = await client.query<{ n: number; last: string | null }>(
        'select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations',
      );
      schema = { migrations: v.rows[0].n, lastAt: v.rows[0].last === null ? null : Number(v.rows[0].last) };
    }
    const { url, env } = connection(databaseUrl);
    return {
      schema,
      async dumpTo(file) {
        const out = createWriteStream(file);
        const { done } = run(
          'pg_dump',
          ['--format=custom', `--snapshot=${rows[0].id}`, '--no-owner', '--no-privileges', '--dbname', url],
          env,
          out,
        );
        const result = await done;
        if (!out.writableFinished) await once(out, 'finish');
        if (result.code !== 0) throw new Error(`pg_dump failed: ${result.stderr}`);
      },
      async close() {
        await client.query('commit').catch(() => undefined);
        await client.end();
      },
    };
  } catch (error) {
    await client.end();
    throw error;
  }
}

export interface PgTargetState {
  /** Relations in the schemas Setara uses (public, drizzle). */
  relations: number;
  /** Other sessions on the database: app servers still running, most likely. */
  otherSessions: number;
  name: string;
}

export async function pgTargetState(databaseUrl: string): Promise<PgTargetState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ relations: number; others: number; name: string }>(
      `select
         (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname in ('public', 'drizzle')) as relations,
         (select count(*)::int from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid()) as others,
         current_database() as name`,
    );
    return { relations: rows[0].relations, otherSessions: rows[0].others, name: rows[0].name };
  } finally {
    await client.end();
  }
}

/**
 * Restores a custom-format dump into the database in one transaction. `replace` first drops
 * what Setara keeps there (schemas public and drizzle), inside the same transaction.
 */
export async function pgRestore(databaseUrl: string, dumpFile: string, replace: boolean): Promise<void> {
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  try {
    await assertToolsFit(check, ['pg_restore', 'psql']);
  } finally {
    await check.end();
  }
  const { url, env } = connection(databaseUrl);
  const psql = run(
    'psql',
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', '-', '--dbname', url],
    env,
  );
  const stdin = psql.child.stdin!;
  stdin.on('error', () => undefined); // psql stopping early is reported by its exit code
  stdin.write(
    'drop schema if exists drizzle cascade;\n' +
      (replace ? 'drop schema if exists public cascade;\ncreate schema public;\n' : ''),
  );
  // pg_restore's SQL follows on psql's input, which ends when pg_restore does.
  const feed = run('pg_restore', ['--no-owner', '--no-privileges', '--file', '-', dumpFile], env, stdin);
  const [fed, applied] = await Promise.all([feed.done, psql.done]);
  if (fed.code !== 0) throw new Error(`pg_restore failed: ${fed.stderr}`);
  if (applied.code !== 0) throw new Error(`restore failed, nothing changed: ${applied.stderr}`);
}
