#!/usr/bin/env node
// The npm registry reachable here lacks other platforms' optional binaries (for example
// @swc/core-darwin-arm64), so `npm install` records them in package-lock.json without
// entries, and `npm ci` then calls the lockfile out of sync. This removes those dangling
// optional references. Re-run it after adding or upgrading dependencies:
//   npm install && node tools/scripts/fix-lockfile.mjs && npm ci
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};

function resolves(fromPath, name) {
  // Node resolution inside the lockfile: walk up from the dependent's folder.
  let base = fromPath;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!base) return false;
    const idx = base.lastIndexOf('/node_modules/');
    base = idx === -1 ? '' : base.slice(0, idx);
  }
}

let removed = 0;
for (const [path, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const name of Object.keys(optional)) {
    if (!resolves(path, name)) {
      delete optional[name];
      removed += 1;
    }
  }
  if (Object.keys(optional).length === 0) delete entry.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lockfile: removed ${removed} optional dependencies with no entry in the lockfile`);
