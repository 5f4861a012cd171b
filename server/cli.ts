/**
 * `npm run setara -- <command>`: administration from the shell, for the first superadmin of
 * a real deployment and for operators without the web UI. Writes are audited as the CLI.
 */
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { regionLevelOf } from '../domain/region-code.js';
import { ROLES, type Role } from '../domain/roles.js';
import { placementProblems } from '../domain/user-placement.js';
import { backupCommand } from './cli-backup.js';
import { loadConfig } from './config.js';
import { DatabaseUnreachable } from './db/connect-retry.js';
import type { Database } from './db/connection.js';
import { DataDirLocked } from './db/data-dir-lock.js';
import { opd, users } from './db/schema.js';
import { removeDemo, seedDemo } from './db/seed/demo.js';
import { recordAudit, type AuditSubject } from './lib/audit.js';
import {
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordPolicyProblem,
} from './lib/passwords.js';
import { openAndMigrate } from './start.js';

const HELP = `Setara command line

Usage: npm run setara -- <command> [options]

Commands:
  migrate                        apply database migrations and load the region list
  seed-demo                      create the demo (Kota Palu agencies, one user per role)
  seed-demo --off                remove the demo and keep it off on later starts
  create-user --username U --role R --region CODE [--opd SHORTNAME] [--name "Full Name"]
              [--email E] [--password P]
                                 create a user; roles: ${ROLES.join(', ')}
                                 without --password one is generated and printed once
  reset-password --username U [--password P]
                                 set a new password (generated when not given)
  backup FILE                    write a backup of the database and stored files to FILE
                                 (works while the server runs; docs/operations.md)
  restore FILE [--force]         restore a backup into an empty database, or replace the
                                 current one with --force (stop the server first)
  help, --help                   show this text

The database is the one the server uses: DATABASE_URL, or the embedded one in
SETARA_DATA_DIR (default ./data). The embedded database has one user at a time: while the
server runs, commands that open it are refused (backup goes through the server).`;

const CLI: AuditSubject = { userId: null, username: 'system:cli', ip: null };

class UsageError extends Error {}

function generatedPassword(): string {
  // 16 characters from an unambiguous alphabet: easy to read out, ~94 bits.
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const POLICY_TEXT = {
  too_short: `needs at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `may have at most ${PASSWORD_MAX_LENGTH} characters`,
  password_contains_username: 'may not contain the username or email',
  password_common: 'is too easy to guess (a common password or close to one)',
} as const;

/** The given password, if the policy (domain/password-policy.ts) allows it, or a generated one. */
async function passwordFrom(
  given: string | undefined,
  owner: { username: string; email?: string | null },
): Promise<{ password: string; generated: boolean }> {
  if (given === undefined) return { password: generatedPassword(), generated: true };
  const problem = await passwordPolicyProblem(given, owner);
  if (problem) throw new UsageError(`--password ${POLICY_TEXT[problem]}`);
  return { password: given, generated: false };
}

async function createUser(database: Database, args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      opd: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
    },
  });
  if (!values.username || !values.role || !values.region) {
    throw new UsageError('create-user needs --username, --role and --region');
  }
  if (!/^[A-Za-z0-9._-]{3,50}$/.test(values.username))
    throw new UsageError('--username: 3–50 letters, digits, . _ -');
  if (!(ROLES as readonly string[]).includes(values.role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const role = values.role as Role;
  const level = regionLevelOf(values.region);
  if (!level) throw new UsageError(`--region "${values.region}" is not a region code (ID, 72, 72.71)`);
  const problems = placementProblems(role, level, Boolean(values.opd));
  if (problems.regionCode) throw new UsageError(`--region: a ${role} cannot sit at a ${level} region`);
  if (problems.opdId)
    throw new UsageError(
      role === 'operator_opd' ? '--opd is required for operator_opd' : `--opd is only for operator_opd`,
    );

  const { db } = database;
  let opdId: string | null = null;
  if (values.opd) {
    const [found] = await db
      .select({ id: opd.id })
      .from(opd)
      .where(
        sql`${opd.regionCode} = ${values.region} and lower(${opd.shortName}) = lower(${values.opd}) and ${opd.active}`,
      );
    if (!found)
      throw new UsageError(`--opd: no active OPD with short name "${values.opd}" in ${values.region}`);
    opdId = found.id;
  }
  const { password, generated } = await passwordFrom(values.password, {
    username: values.username,
    email: values.email,
  });
  const passwordHash = await hashPassword(password);
  if (await userExists(db, values.username))
    throw new UsageError(`username "${values.username}" is already taken`);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: values.username!,
        email: values.email ?? null,
        fullName: values.name ?? values.username!,
        role,
        regionCode: values.region!,
        opdId,
        passwordHash,
      })
      .returning();
    await recordAudit(tx, CLI, {
      action: 'create',
      entity: 'user',
      entityId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
  });
  console.log(`Created ${role} "${values.username}" in ${values.region}.`);
  if (generated) console.log(`Password (shown once): ${password}`);
}

async function userExists(db: Database['db'], username: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  return rows.length > 0;
}

async function resetPassword(database: Database, args: string[]) {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.username) throw new UsageError('reset-password needs --username');
  const { db } = database;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, values.username.toLowerCase()));
  if (!user) throw new UsageError(`no user "${values.username}"`);
  const { password, generated } = await passwordFrom(values.password, user);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, CLI, {
      action: 'password_reset',
      entity: 'user',
      entityId: user.id,
      regionCode: user.regionCode,
    });
  });
  console.log(`New password set for "${user.username}".`);
  if (generated) console.log(`Password (shown once): ${password}`);
}

async function seedDemoCommand(database: Database, args: string[]) {
  const { values } = parseArgs({ args, options: { off: { type: 'boolean' } } });
  if (values.off) {
    const removed = await removeDemo(database.db);
    console.log(
      `Demo off: removed ${removed.users} demo users and ${removed.opd} demo OPDs; later starts stay without it.`,
    );
  } else {
    const created = await seedDemo(database.db);
    console.log(
      `Demo on: created ${created.users} users, ${created.opd} OPDs and ${created.values} values (existing ones kept).`,
    );
  }
}

const COMMANDS: Record<string, (database: Database, args: string[]) => Promise<void>> = {
  migrate: async () => console.log('Migrations applied; region list loaded.'),
  'seed-demo': seedDemoCommand,
  'create-user': createUser,
  'reset-password': resetPassword,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  if (command === 'backup' || command === 'restore') return backupCommand(command, args);
  const run = COMMANDS[command];
  if (!run) {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  let database: Database;
  try {
    database = await openAndMigrate(loadConfig(), { purpose: 'cli' });
  } catch (error) {
    if (error instanceof DataDirLocked || error instanceof DatabaseUnreachable) {
      console.error(`Error: ${error.message}`);
      return 3;
    }
    throw error;
  }
  try {
    await run(database, args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`Error: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
