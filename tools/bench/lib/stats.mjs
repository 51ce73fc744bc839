// Latency and error bookkeeping per step, and the closed-loop runner used by the read benchmarks.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export class Recorder {
  constructor() {
    this.steps = new Map();
  }

  step(name) {
    let s = this.steps.get(name);
    if (!s) {
      s = { latencies: [], errors: 0, statuses: {}, first: Infinity, last: 0, examples: [] };
      this.steps.set(name, s);
    }
    return s;
  }

  /** One request: when it was sent, how long it took, whether it counts as an error. */
  add(name, startedAt, ms, ok, status, detail) {
    const s = this.step(name);
    s.latencies.push(ms);
    s.first = Math.min(s.first, startedAt);
    s.last = Math.max(s.last, startedAt + ms);
    const key = String(status);
    s.statuses[key] = (s.statuses[key] ?? 0) + 1;
    if (!ok) {
      s.errors += 1;
      if (s.examples.length < 5)
        s.examples.push(`${status}: ${String(detail ?? '').slice(0, 200)}`);
    }
  }

  summary() {
    const out = {};
    for (const [name, s] of this.steps) out[name] = summarise(s);
    return out;
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const r2 = (x) => (x === null ? null : Math.round(x * 100) / 100);

function summarise(s) {
  const sorted = Float64Array.from(s.latencies).sort();
  const seconds = s.last > s.first ? (s.last - s.first) / 1000 : 0;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    requests: sorted.length,
    errors: s.errors,
    statuses: s.statuses,
    windowSeconds: r2(seconds),
    requestsPerSecond: seconds > 0 ? r2(sorted.length / seconds) : null,
    latencyMs: {
      mean: r2(sorted.length ? sum / sorted.length : null),
      p50: r2(percentile(sorted, 50)),
      p95: r2(percentile(sorted, 95)),
      p99: r2(percentile(sorted, 99)),
      max: r2(sorted.length ? sorted[sorted.length - 1] : null),
    },
    ...(s.examples.length ? { errorExamples: s.examples } : {}),
  };
}

/** How late the client's own event loop ran: a busy client inflates the latencies it sees. */
export function clientLagMonitor() {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return {
    stop() {
      h.disable();
      return { p99Ms: r2(h.percentile(99) / 1e6), maxMs: r2(h.max / 1e6) };
    },
  };
}

/**
 * Closed loop: `connections` workers send one request after another for `seconds` (after a
 * warm-up whose results are dropped). `next()` returns { method, path, headers, check? }.
 */
export async function closedLoop(client, { name, connections, seconds, warmupSeconds = 2, next }) {
  const recorder = new Recorder();
  const warmEnd = performance.now() + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  const lag = clientLagMonitor();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (;;) {
        const now = performance.now();
        if (now >= end) return;
        const r = next();
        const t0 = performance.now();
        let status = 0;
        let ok = false;
        let detail = '';
        try {
          const res = await client.request(r.method ?? 'GET', r.path, { headers: r.headers });
          status = res.status;
          ok =
            (r.expectStatus ? status === r.expectStatus : status >= 200 && status < 300) &&
            (!r.check || r.check(res));
          if (!ok) detail = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        } catch (error) {
          detail = String(error);
        }
        const t1 = performance.now();
        if (t0 >= warmEnd) recorder.add(name, t0, t1 - t0, ok, status, detail);
      }
    }),
  );
  const result = recorder.summary()[name] ?? { requests: 0, errors: 0 };
  return { ...result, clientLag: lag.stop() };
}
