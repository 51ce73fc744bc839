#!/usr/bin/env node
// npm run bench:ci: every benchmark end to end at N = 200 on a throw-away data directory, to
// prove they work. Fails (exit 1) only on errors — a benchmark that errs, a failed grading or
// issuance check — never on speed: the figures of a small run on a shared CI machine mean little.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { log, ROOT } from './lib/common.mjs';
import { ensureBuilt, removeDataDir } from './lib/api-server.mjs';

const n = Number(process.env.BENCH_CI_TRAINEES ?? 200);
const dataDir = join(ROOT, 'tmp', 'bench', 'ci-data');
const bench = (script, args) => ({ script, args: [...args, '--data-dir', dataDir] });
const steps = [
  bench('seed.mjs', ['--trainees', String(n), '--reset']),
  bench('quiz-day.mjs', [
    '--trainees',
    String(n),
    '--login-window',
    '10',
    '--start-window',
    '5',
    '--answer-interval',
    '1',
  ]),
  bench('reads.mjs', [
    '--duration',
    '3',
    '--latency-duration',
    '2',
    '--warmup',
    '1',
    '--sample-trainees',
    '20',
  ]),
  bench('bulk.mjs', ['--certificates', String(n)]),
];

ensureBuilt();
const results = [];
for (const step of steps) {
  log(`=== bench:ci: ${step.script} ${step.args.join(' ')}`);
  const began = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'tools', 'bench', step.script), ...step.args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  results.push({
    script: step.script,
    status: r.status ?? r.signal,
    seconds: (Date.now() - began) / 1000,
  });
  if (r.status !== 0) break; // later steps need the earlier ones' data
}
for (const r of results)
  log(
    `bench:ci: ${r.script.padEnd(14)} ${r.status === 0 ? 'ok' : `FAILED (${r.status})`} in ${r.seconds.toFixed(1)} s`,
  );
const ok = results.length === steps.length && results.every((r) => r.status === 0);
if (ok) removeDataDir(dataDir);
else
  log(
    `bench:ci: data directory kept for inspection: ${dataDir} (API log: ${join(dataDir, 'api.log')})`,
  );
process.exit(ok ? 0 : 1);
