// Stops the server started by global-setup.cjs (SIGTERM, then SIGKILL after 15 s) and
// removes its data dir.
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const server = globalThis.__THRESHOLD_SERVER__;
  if (!server) return;
  const { child, dataDir } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
};
