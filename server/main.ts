/** config -> database -> app -> listen. */
import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { startBackupControl } from './db/backup-control.js';
import { DatabaseUnreachable } from './db/connect-retry.js';
import { DataDirLocked } from './db/data-dir-lock.js';
import { seedDemoOnStart } from './db/seed/demo.js';
import { DEMO_PASSWORD } from './db/seed/demo-data.js';
import { readyLine, readyRecord, type ReadyFacts } from './lib/logging.js';
import { openAndMigrate } from './start.js';

/** A start that cannot succeed says why in one line and exits, without a stack trace. */
function cannotStart(message: string): never {
  console.error(`Setara cannot start: ${message}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  cannotStart((error as Error).message);
}
const started = Date.now();
const database = await openAndMigrate(config, {
  purpose: 'server',
  waitSeconds: config.databaseWaitSeconds,
  log: (line) => console.error(line),
}).catch((error: unknown) => {
  if (error instanceof DatabaseUnreachable || error instanceof DataDirLocked) cannotStart(error.message);
  throw error;
});
const demo = await seedDemoOnStart(database.db, config.demo);
const app = await buildApp(database, config);

// Only this process may open the embedded database, so it takes backups for the command line.
const control = database.lock ? await startBackupControl(database, config, app.log) : null;
if (control) database.lock!.setControl(control.path);

/** Start and stop are told plainly in the readable format, as a log record in JSON. */
function announce(line: string, record: { msg: string; fields?: Record<string, unknown> }) {
  if (config.logFormat === 'readable') console.log(line);
  else app.log.info(record.fields ?? {}, record.msg);
}

async function shutdown(signal: string) {
  announce(`Setara berhenti (${signal}).`, { msg: `${signal}: shutting down` });
  await control?.close();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const facts: ReadyFacts = {
  port: config.port,
  host: config.host,
  demo,
  demoUser: 'demo.admin',
  demoPassword: DEMO_PASSWORD,
  database: database.kind,
  dataDir: database.kind === 'pglite' ? config.dataDir : null,
  startMs: Date.now() - started,
};
announce(readyLine(facts), readyRecord(facts));
