// Resource sampling from /proc (API process, PostgreSQL's processes, the whole machine) and
// PostgreSQL's connection count from pg_stat_activity, once a second while a benchmark runs.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

let clockTicks = 100;
try {
  clockTicks = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
} catch {
  clockTicks = 100;
}

/** utime+stime (and the reaped children's, when asked) of one process, in seconds; null if gone. */
function cpuSeconds(pid, withChildren = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ".
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // f[0] is field 3 (state): utime=14, stime=15, cutime=16, cstime=17 → f[11..14]
    const own = Number(f[11]) + Number(f[12]);
    const children = withChildren ? Number(f[13]) + Number(f[14]) : 0;
    return (own + children) / clockTicks;
  } catch {
    return null;
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

function memoryKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return { rss: rss ? Number(rss[1]) : 0, hwm: hwm ? Number(hwm[1]) : 0 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

function childrenOf(parentPid) {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (parentOf(pid) === parentPid) out.push(pid);
  }
  return out;
}

/** Proportional set size: shared memory (shared_buffers) split among the processes using it. */
function pssKiB(pid) {
  try {
    const m = /Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * PostgreSQL's CPU: the postmaster's own time plus every backend's, each remembered at its
 * last sight (a backend that exits keeps what it had used; the postmaster's cutime is not
 * used because it would count those backends twice).
 */
function postgresTracker(postmasterPid) {
  const seen = new Map();
  return {
    cpuSeconds() {
      seen.set(postmasterPid, cpuSeconds(postmasterPid) ?? seen.get(postmasterPid) ?? 0);
      for (const pid of childrenOf(postmasterPid)) {
        const s = cpuSeconds(pid);
        if (s !== null) seen.set(pid, s);
      }
      let total = 0;
      for (const v of seen.values()) total += v;
      return total;
    },
    pssKiB() {
      return [postmasterPid, ...childrenOf(postmasterPid)].reduce((s, pid) => s + pssKiB(pid), 0);
    },
  };
}

/**
 * The API's CPU and memory: its own process plus, with API_WORKERS > 1, its cluster workers
 * (its children other than the embedded PostgreSQL), each remembered at its last sight.
 */
function apiTracker(apiPid, postmasterPid) {
  const seen = new Map();
  const processes = () =>
    apiPid ? [apiPid, ...childrenOf(apiPid).filter((pid) => pid !== postmasterPid)] : [];
  return {
    cpuSeconds() {
      for (const pid of processes()) {
        const s = cpuSeconds(pid);
        if (s !== null) seen.set(pid, s);
      }
      let total = 0;
      for (const v of seen.values()) total += v;
      return total;
    },
    rssKiB() {
      return processes().reduce((sum, pid) => sum + memoryKiB(pid).rss, 0);
    },
  };
}

function machineTicks() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { idle, total };
}

const r1 = (x) => Math.round(x * 10) / 10;

/**
 * Samples every `intervalMs`: CPU as % of one core (200 % = both cores of this machine),
 * memory in MiB. `pg` is a pg Client for the connection count (optional).
 */
export function startSampling({ apiPid, postmasterPid, pg, database, intervalMs = 1000 }) {
  const samples = [];
  const pgTracker = postmasterPid ? postgresTracker(postmasterPid) : null;
  const api = apiTracker(apiPid, postmasterPid);
  let prev = {
    t: performance.now(),
    api: api.cpuSeconds(),
    pgCpu: pgTracker ? pgTracker.cpuSeconds() : 0,
    machine: machineTicks(),
    self: process.cpuUsage(),
  };
  let pending = Promise.resolve();
  const tick = async () => {
    const now = {
      t: performance.now(),
      api: api.cpuSeconds(),
      pgCpu: pgTracker ? pgTracker.cpuSeconds() : 0,
      machine: machineTicks(),
      self: process.cpuUsage(),
    };
    const dt = (now.t - prev.t) / 1000;
    const sample = {
      at: Date.now(),
      apiCpu: ((now.api - prev.api) / dt) * 100,
      apiRssMiB: api.rssKiB() / 1024,
      pgCpu: pgTracker ? ((now.pgCpu - prev.pgCpu) / dt) * 100 : null,
      pgPssMiB: pgTracker ? pgTracker.pssKiB() / 1024 : null,
      clientCpu:
        ((now.self.user - prev.self.user + now.self.system - prev.self.system) / 1e6 / dt) * 100,
      machineBusy:
        now.machine.total > prev.machine.total
          ? (1 -
              (now.machine.idle - prev.machine.idle) / (now.machine.total - prev.machine.total)) *
            100
          : 0,
      pgConnections: null,
      pgActive: null,
    };
    prev = now;
    if (pg) {
      try {
        const { rows } = await pg.query(
          `SELECT count(*)::int AS total,
                  count(*) FILTER (WHERE state = 'active')::int AS active
             FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
              AND ($1::text IS NULL OR datname = $1)`,
          [database ?? null],
        );
        sample.pgConnections = rows[0].total;
        sample.pgActive = rows[0].active;
      } catch {
        // the sampler's own connection failing is not the benchmark's error
      }
    }
    // CPU used by everything that is not this benchmark (other users of a shared machine).
    sample.othersCpu = Math.max(
      0,
      sample.machineBusy * cpus().length - sample.apiCpu - (sample.pgCpu ?? 0) - sample.clientCpu,
    );
    samples.push(sample);
  };
  const timer = setInterval(() => {
    pending = pending.then(tick);
  }, intervalMs);
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await pending;
      await tick();
      return summariseSamples(samples, apiPid);
    },
  };
}

export function summariseSamples(samples, apiPid) {
  const pick = (k) => samples.map((s) => s[k]).filter((x) => x !== null && Number.isFinite(x));
  const peak = (k) => {
    const v = pick(k);
    return v.length ? r1(Math.max(...v)) : null;
  };
  const mean = (k) => {
    const v = pick(k);
    return v.length ? r1(v.reduce((a, b) => a + b, 0) / v.length) : null;
  };
  return {
    seconds: samples.length,
    api: {
      cpuPercentPeak: peak('apiCpu'),
      cpuPercentMean: mean('apiCpu'),
      rssMiBPeak: peak('apiRssMiB'),
      rssMiBHighWaterMark: apiPid ? r1(memoryKiB(apiPid).hwm / 1024) : null,
    },
    postgres: {
      cpuPercentPeak: peak('pgCpu'),
      cpuPercentMean: mean('pgCpu'),
      pssMiBPeak: peak('pgPssMiB'),
      connectionsPeak: peak('pgConnections'),
      connectionsMean: mean('pgConnections'),
      activeConnectionsPeak: peak('pgActive'),
    },
    client: { cpuPercentPeak: peak('clientCpu'), cpuPercentMean: mean('clientCpu') },
    machine: { busyPercentPeak: peak('machineBusy'), busyPercentMean: mean('machineBusy') },
    others: { cpuPercentMean: mean('othersCpu'), cpuPercentPeak: peak('othersCpu') },
    note: 'process CPU in % of one core (100 % = one core busy); machine = all cores and all processes, other users included, in % of the whole machine; PostgreSQL memory is PSS summed over its processes; others = machine CPU not used by the API, PostgreSQL or the client (other users), in % of one core',
  };
}

/** Busy share of the whole machine over `seconds`, in %. */
export async function machineBusy(seconds = 5) {
  const a = machineTicks();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const b = machineTicks();
  return b.total > a.total ? (1 - (b.idle - a.idle) / (b.total - a.total)) * 100 : 0;
}

/**
 * Waits until the machine is quiet (busy < maxBusy % over 5 s), at most maxWaitSeconds.
 * Returns how long it waited and the last busy share.
 */
export async function waitForQuiet({
  maxBusy = 15,
  maxWaitSeconds = 900,
  log = () => undefined,
} = {}) {
  const began = Date.now();
  for (;;) {
    const busy = await machineBusy(5);
    const waited = (Date.now() - began) / 1000;
    if (busy < maxBusy) return { waitedSeconds: Math.round(waited), busyPercent: Math.round(busy) };
    if (waited > maxWaitSeconds) {
      log(`machine still ${Math.round(busy)} % busy after ${Math.round(waited)} s: going ahead`);
      return { waitedSeconds: Math.round(waited), busyPercent: Math.round(busy), gaveUp: true };
    }
    log(`machine ${Math.round(busy)} % busy (other users): waiting for it to quieten`);
    await new Promise((r) => setTimeout(r, 25_000));
  }
}
