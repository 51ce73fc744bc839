#!/usr/bin/env node
// The README's promise, checked: `npm start` on a fresh data directory serves the web app and
// /api/health within 60 s, and Ctrl-C (SIGINT to the process group) leaves no process behind.
// Then the same with API_WORKERS=2 (node:cluster): both workers serve, a token from one is
// good on the other, and Ctrl-C stops workers and database.
//   node tools/scripts/smoke-start.mjs
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.SMOKE_PORT ?? 3999);
let output = '';
let child;

function fail(message) {
  console.error(`smoke: FAILED: ${message}\n--- output ---\n${output.slice(-4000)}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
  process.exit(1);
}

/** One request on a fresh connection (no keep-alive), so that cluster workers take turns. */
function request(method, path, { body, token } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({ status: res.statusCode, type: res.headers['content-type'] ?? '', text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

async function run(label, command, args, extraEnv, check) {
  output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-smoke-'));
  chmodSync(dataDir, 0o755);
  const started = Date.now();
  child = spawn(command, args, {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, as a terminal's Ctrl-C would see it
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

  const deadline = started + 180_000; // includes the build; the server itself must answer within 60 s of starting
  let healthy = false;
  while (Date.now() < deadline) {
    try {
      const res = await request('GET', '/api/health');
      if (res.status === 200) {
        healthy = true;
        break;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!healthy) fail(`${label}: /api/health did not answer 200`);
  const readyMs = Date.now() - started;
  await check();

  process.kill(-child.pid, 'SIGINT');
  const timeout = setTimeout(() => fail(`${label}: did not exit within 20 s of SIGINT`), 20_000);
  const { code, signal } = await exited;
  clearTimeout(timeout);
  await new Promise((r) => setTimeout(r, 500));
  const leftovers = execSync(`ps -eo pid,args | grep -F "${dataDir}" | grep -v grep || true`)
    .toString()
    .trim();
  if (leftovers) fail(`${label}: processes left behind:\n${leftovers}`);
  if (existsSync(join(dataDir, 'postgres', 'postmaster.pid')))
    fail(`${label}: postgres did not shut down cleanly (postmaster.pid remains)`);
  console.log(
    `smoke: ${label}: ok: healthy after ${(readyMs / 1000).toFixed(1)} s; exit ${code ?? signal}; no process left behind`,
  );
}

await run('npm start (build included)', 'npm', ['start'], {}, async () => {
  const home = await request('GET', '/');
  if (home.status !== 200 || !home.type.includes('html'))
    fail(`/ answered ${home.status} ${home.type}`);
  const deep = await request('GET', '/my-courses');
  if (deep.status !== 200 || !deep.text.includes('<lms-root'))
    fail('client route /my-courses did not fall back to index.html');
  for (const login of ['admin@demo.test', 'instructor@demo.test', 'trainee@demo.test']) {
    if (!output.includes(login)) fail(`start-up output does not list the demo login ${login}`);
  }
});

await run('API_WORKERS=2', 'node', ['tools/scripts/start.mjs'], { API_WORKERS: '2' }, async () => {
  const signIn = await request('POST', '/api/auth/login', {
    body: { email: 'trainee@demo.test', password: 'Demo-Passw0rd!' },
  });
  if (signIn.status !== 200) fail(`sign-in answered ${signIn.status}`);
  const token = JSON.parse(signIn.text).accessToken;
  for (let i = 0; i < 20; i++) {
    const me = await request('GET', '/api/me', { token });
    if (me.status !== 200) fail(`/api/me answered ${me.status} on request ${i + 1}`);
  }
  await new Promise((r) => setTimeout(r, 300)); // request logs are written after the response
  const servedBy = new Set(
    output
      .split('\n')
      .filter((line) => line.includes('"url":"/api/me"'))
      .map((line) => /"pid":(\d+)/.exec(line)?.[1])
      .filter(Boolean),
  );
  if (servedBy.size !== 2) fail(`/api/me was served by ${servedBy.size} processes, not 2`);
});
