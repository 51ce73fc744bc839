#!/usr/bin/env node
// The README's promise, checked: `npm start` on a fresh data directory serves the web app and
// /api/health within 60 s, and Ctrl-C (SIGINT to the process group) leaves no process behind.
//   node tools/scripts/smoke-start.mjs
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.SMOKE_PORT ?? 3999);
const dataDir = mkdtempSync(join(tmpdir(), 'lms-smoke-'));
chmodSync(dataDir, 0o755);
const started = Date.now();
const child = spawn('npm', ['start'], {
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // its own process group, as a terminal's Ctrl-C would see it
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
const exited = new Promise((resolve) =>
  child.on('exit', (code, signal) => resolve({ code, signal })),
);

function fail(message) {
  console.error(`smoke: FAILED: ${message}\n--- output ---\n${output.slice(-4000)}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
  process.exit(1);
}

async function get(path) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
}

const deadline = started + 180_000; // includes the build; the server itself must answer within 60 s of starting
let healthy = false;
while (Date.now() < deadline) {
  try {
    const res = await get('/api/health');
    if (res.status === 200) {
      healthy = true;
      break;
    }
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
if (!healthy) fail('/api/health did not answer 200');
const readyMs = Date.now() - started;
const home = await get('/');
if (home.status !== 200 || !home.type.includes('html'))
  fail(`/ answered ${home.status} ${home.type}`);
const deep = await get('/my-courses');
if (deep.status !== 200 || !deep.text.includes('<lms-root'))
  fail('client route /my-courses did not fall back to index.html');
for (const login of ['admin@demo.test', 'instructor@demo.test', 'trainee@demo.test']) {
  if (!output.includes(login)) fail(`start-up output does not list the demo login ${login}`);
}

process.kill(-child.pid, 'SIGINT');
const timeout = setTimeout(() => fail('did not exit within 20 s of SIGINT'), 20_000);
const { code, signal } = await exited;
clearTimeout(timeout);
await new Promise((r) => setTimeout(r, 500));
const leftovers = execSync(`ps -eo pid,args | grep -F "${dataDir}" | grep -v grep || true`)
  .toString()
  .trim();
if (leftovers) fail(`processes left behind:\n${leftovers}`);
if (existsSync(join(dataDir, 'postgres', 'postmaster.pid')))
  fail('postgres did not shut down cleanly (postmaster.pid remains)');
console.log(
  `smoke: ok: healthy after ${(readyMs / 1000).toFixed(1)} s (build included); exit ${code ?? signal}; no process left behind`,
);
