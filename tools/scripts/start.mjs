#!/usr/bin/env node
// Serves the built product: API under /api and the web app at /, on PORT (default 3000).
// `npm start` builds first and then runs this; CI's browser tests run it directly.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'dist', 'apps', 'api', 'main.js');
for (const built of [main, join(root, 'dist', 'apps', 'web', 'browser', 'index.html')]) {
  if (!existsSync(built)) {
    process.stderr.write(
      `Not built yet: ${built}\nRun "npm start" (it builds first) or "npx nx run-many -t build -p api web".\n`,
    );
    process.exit(1);
  }
}
await import(pathToFileURL(main).href);
