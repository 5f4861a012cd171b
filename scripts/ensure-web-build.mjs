// Builds the web app before `npm start` when there is no build yet, or when a source file is
// newer than it, so that `npm install && npm start` is all a fresh machine needs.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const built = path.resolve('web/dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'domain'].filter((p) => fs.existsSync(p));
const sourceTime = Math.max(
  ...sources.map((p) => (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)),
);
const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < sourceTime;

if (stale) {
  console.log('Building the web app (first start or changed sources)…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
