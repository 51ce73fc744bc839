// node load.mjs http://127.0.0.1:3999 /api/floor: 32 connections, 15 s after 3 s warm-up,
// with the benchmarks' own client (tools/bench/lib), so the figure compares with bench:reads.
import { createClient } from '../../lib/http-client.mjs';
import { closedLoop } from '../../lib/stats.mjs';

const [url, path] = process.argv.slice(2);
const client = createClient(url, { connections: 32 });
const r = await closedLoop(client, {
  name: 'floor',
  connections: 32,
  seconds: 15,
  warmupSeconds: 3,
  next: () => ({ path }),
});
console.log(
  `${path}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors}`,
);
await client.close();
