/** config -> database -> app -> listen. */
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemoOnStart } from './db/seed/demo.js';
import { openAndMigrate } from './start.js';

const config = loadConfig();
const started = Date.now();
const database = await openAndMigrate(config);
const demo = await seedDemoOnStart(database.db, config.demo);
const app = await buildApp(database, config);

async function shutdown(signal: string) {
  app.log.info(`${signal}: shutting down`);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `Setara ready on http://localhost:${config.port} (database: ${database.kind}` +
    `${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''}; demo: ${demo ? 'on' : 'off'}) ` +
    `in ${Date.now() - started} ms`,
);
