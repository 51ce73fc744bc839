// Shared bits of the benchmark scripts: paths, CLI options, logging, formatting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_DATA_DIR = join(ROOT, 'tmp', 'bench', 'data');
export const RESULTS_DIR = join(ROOT, 'tmp', 'bench', 'results');
export const FIGURES_FILE = join(ROOT, 'docs', 'performance-figures.json');

/** Every seeded account (trainees, transcript holder) signs in with this password. */
export const BENCH_PASSWORD = 'Bench-Passw0rd!';
export const DEMO_PASSWORD = 'Demo-Passw0rd!';
export const DEMO_ADMIN = 'admin@demo.test';
export const DEMO_INSTRUCTOR = 'instructor@demo.test';

/** trainee000042@bench.test: zero-padded so that ORDER BY email is seed order. */
export const traineeEmail = (seq) => `trainee${String(seq).padStart(6, '0')}@bench.test`;

/**
 * Parses `--name value` options. `spec` maps option names to { type, default }; numbers are
 * declared as type 'number' and converted here (node:util parseArgs knows strings and booleans).
 */
export function options(spec, argv = process.argv.slice(2)) {
  const parsed = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: Object.fromEntries(
      Object.entries(spec).map(([name, o]) => [
        name,
        { type: o.type === 'boolean' ? 'boolean' : 'string' },
      ]),
    ),
  });
  const out = {};
  for (const [name, o] of Object.entries(spec)) {
    const raw = parsed.values[name];
    if (raw === undefined) out[name] = o.default;
    else if (o.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${raw}"`);
      out[name] = n;
    } else out[name] = raw;
  }
  return out;
}

const started = Date.now();
export function log(message) {
  const t = ((Date.now() - started) / 1000).toFixed(1).padStart(7);
  process.stdout.write(`[${t}s] ${message}\n`);
}

export const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function machineInfo() {
  const c = cpus();
  return {
    cpuModel: c[0]?.model ?? 'unknown',
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    // The API's HTTP processes (API_WORKERS, passed through to the server the bench starts).
    apiWorkers: Number(process.env.API_WORKERS ?? 1),
  };
}

/** Writes the raw result of one run under tmp/bench/results and returns the file name. */
export function saveResult(name, result) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/**
 * Merges one benchmark's figures into docs/performance-figures.json (only with --record):
 * { machine, updatedAt, benchmarks: { [name]: { date, command, ... } } }.
 */
export function recordFigures(name, figures, headline) {
  const current = existsSync(FIGURES_FILE)
    ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8'))
    : { summary: {}, benchmarks: {} };
  current.machine = machineInfo();
  current.updatedAt = new Date().toISOString();
  if (headline) current.summary = { ...(current.summary ?? {}), [name]: headline };
  current.benchmarks = { ...(current.benchmarks ?? {}), [name]: figures };
  writeFileSync(FIGURES_FILE, `${JSON.stringify(current, null, 2)}\n`);
  // The repository's format check (npm test) covers docs/: write it the way Prettier would.
  const prettier = join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  if (existsSync(prettier))
    spawnSync(process.execPath, [prettier, '--write', '--log-level', 'warn', FIGURES_FILE], {
      cwd: ROOT,
    });
  return FIGURES_FILE;
}

export function commandLine() {
  const script = process.argv[1] ? process.argv[1].replace(`${ROOT}/`, '') : '';
  return ['node', script, ...process.argv.slice(2)].join(' ');
}
