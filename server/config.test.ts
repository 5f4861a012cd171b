/**
 * The data folder setting: `memory://` keeps the database in memory and must never become a
 * folder named "memory:" in the working directory (it once did, through path.resolve).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from './config.js';
import { openAndMigrate } from './start.js';

test('SETARA_DATA_DIR=memory:// stays in memory; a folder name becomes an absolute path', async () => {
  assert.equal(loadConfig({ SETARA_DATA_DIR: 'memory://' }).dataDir, 'memory://');
  assert.equal(loadConfig({ SETARA_DATA_DIR: 'some/dir' }).dataDir, path.resolve('some/dir'));
  assert.equal(loadConfig({}).dataDir, path.resolve('data'));
  const database = await openAndMigrate(loadConfig({ SETARA_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
  await database.close();
  assert.equal(fs.existsSync(path.resolve('memory:')), false);
});
