#!/usr/bin/env node
// Fails when the web app's initial JavaScript (the scripts index.html loads and preloads)
// exceeds its budget once compressed as a server would send it (gzip, level 6).
// Usage: node tools/scripts/check-web-budget.mjs [distDir] [budgetKiB]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist/apps/web/browser';
const budgetKiB = Number(process.argv[3] ?? 250);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1]);
if (files.length === 0) {
  console.error(`check-web-budget: no scripts found in ${join(dist, 'index.html')}`);
  process.exit(1);
}
let raw = 0;
let compressed = 0;
for (const file of new Set(files)) {
  const body = readFileSync(join(dist, file));
  const gz = gzipSync(body, { level: 6 }).length;
  raw += body.length;
  compressed += gz;
  console.log(
    `  ${file.padEnd(28)} ${(body.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB`,
  );
}
const line = `Initial JavaScript: ${(raw / 1024).toFixed(1)} kB raw, ${(compressed / 1024).toFixed(1)} kB gzip (budget ${budgetKiB} kB gzip)`;
if (compressed > budgetKiB * 1024) {
  console.error(`${line} — OVER BUDGET`);
  process.exit(1);
}
console.log(line);
