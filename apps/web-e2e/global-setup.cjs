// Starts the built product (tools/scripts/start.mjs) on a free port with a fresh data dir,
// and waits until /api/health answers 200. Tests read the URL from E2E_BASE_URL.
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const HEALTH_TIMEOUT_MS = 90_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, output) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode}:\n${output.join('')}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No 200 from ${url} within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
}

module.exports = async function globalSetup() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-e2e-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  // Every test signs in through the form; the default limits (10 a minute per address and per
  // account) would throttle them.
  env.AUTH_THROTTLE_LIMIT = '1000';
  env.AUTH_ACCOUNT_THROTTLE_LIMIT = '1000';

  const output = [];
  const child = spawn(process.execPath, ['tools/scripts/start.mjs'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  globalThis.__THRESHOLD_SERVER__ = { child, dataDir, output };
  const baseUrl = `http://localhost:${port}`;
  process.env.E2E_BASE_URL = baseUrl;
  try {
    await waitForHealth(`${baseUrl}/api/health`, child, output);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
};
