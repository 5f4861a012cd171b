// Keeps `npm install` free of engine warnings on every Node version Setara says it runs on:
// each installed package's `engines.node` must accept the whole range of package.json's
// `engines.node` (npm warns EBADENGINE for any version outside a package's own range), and
// README.md must name that same range. Run in .ci/run's lint step, after `npm ci`:
//   node scripts/check-engines.mjs
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(import.meta.dirname, '..');
const stated = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines?.node;
if (!stated || !semver.validRange(stated)) {
  console.error(`package.json engines.node is missing or not a range: ${JSON.stringify(stated)}`);
  process.exit(1);
}

/** Every installed package.json under node_modules, nested copies included. */
function* installed(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* installed(full);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (fs.existsSync(manifest)) yield { dir: full, manifest: JSON.parse(fs.readFileSync(manifest, 'utf8')) };
    yield* installed(path.join(full, 'node_modules'));
  }
}

const problems = [];
let checked = 0;
for (const { dir, manifest } of installed(path.join(root, 'node_modules'))) {
  const wanted = manifest.engines?.node;
  if (typeof wanted !== 'string' || wanted.trim() === '' || wanted.trim() === '*') continue;
  checked++;
  const fits = semver.validRange(wanted) !== null && semver.subset(stated, wanted);
  if (!fits)
    problems.push(`${path.relative(root, dir)}@${manifest.version} wants node ${JSON.stringify(wanted)}`);
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
if (!readme.includes(stated))
  problems.push(`README.md does not name the Node range ${JSON.stringify(stated)}`);

if (problems.length > 0) {
  console.error(`Node range ${stated} (package.json engines) is not accepted by:`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('Pin those packages (or an npm override) to versions that accept it, or change the range.');
  process.exit(1);
}
console.log(`engines: all ${checked} installed packages that name a Node range accept ${stated}`);
