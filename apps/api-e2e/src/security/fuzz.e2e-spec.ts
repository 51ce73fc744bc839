/**
 * Fuzzed input: for every write route (POST/PUT/PATCH/DELETE; the OpenAPI document and the
 * authorization table list the same routes), called by an actor allowed to call it with valid
 * path ids from the fixture world, fast-check sends near-valid bodies (one field of a valid
 * body mutated, guided by the OpenAPI request schema), pure junk, malformed JSON, bad path
 * ids, junk query strings and odd headers. Read routes get junk query strings and path ids.
 *
 * Properties, for every case:
 *  - never a 5xx;
 *  - every 4xx is an ApiError `{ statusCode, code, message }` with a non-empty message, and
 *    a 400 for a mutated field names that field;
 *  - a refused request changes no row of any app table (a fingerprint of every table, taken
 *    before and after; see db-fingerprint.ts);
 *  - a 2xx only for input that may be valid (never for a certainly invalid one);
 *  - nothing pollutes Object.prototype (the app runs in this process).
 *
 * Known bugs (known-issues.ts, FUZZ_KNOWN_ISSUES) are tolerated, counted and printed; each
 * has a pinned case below that fails once the bug is fixed, so the entry gets removed.
 *
 * Reproduce a run with FUZZ_SEED=<seed printed at the top>; FUZZ_RUNS sets the cases per
 * write route (default 210; read routes get a share of it); FUZZ_SHRINK=true shrinks a
 * failing case to a minimal one (slow: every step is an HTTP request).
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { AUTHZ_TABLE, type RouteRule } from './authz-matrix.table';
import { DbFingerprint, WriteWatch } from './db-fingerprint';
import {
  applyMutation,
  badPathId,
  fieldsOf,
  junkValue,
  malformedJson,
  mutationCase,
  nastyKey,
  nastyString,
  queryString,
  RawJson,
  toJsonText,
  deepJunk,
  deepNest,
} from './fuzz-cases';
import { FUZZ_KNOWN_ISSUES } from './known-issues';
import { RowFixtures } from './row-fixtures';
import {
  type JsonSchema,
  type OpenApiDocument,
  openApiDocument,
  openApiRoutes,
  resolveSchema,
  WRITE_METHODS,
} from './routes';
import { type ActorName, buildWorld, FACTORIES, PNG, wav, type WorldWithCourse } from './world';

const SEED = process.env['FUZZ_SEED']
  ? Number(process.env['FUZZ_SEED'])
  : Math.floor(Math.random() * 2 ** 31);
const RUNS_PER_WRITE_ROUTE = Number(process.env['FUZZ_RUNS'] ?? 210);
/** Read routes: path ids only, or query strings too (these get more). */
const RUNS_PER_READ_ROUTE = Math.max(3, Math.round(RUNS_PER_WRITE_ROUTE / 40));
const RUNS_PER_QUERY_ROUTE = Math.max(10, Math.round(RUNS_PER_WRITE_ROUTE / 5));
/** The floor of generated cases per run (a quick run with a lower FUZZ_RUNS skips it). */
const MIN_CASES = RUNS_PER_WRITE_ROUTE >= 210 ? 10_000 : 0;
/** Fresh fixtures a route may rebuild after a valid case consumed them. */
const REBUILDS = 1;

const WRITE_ROWS = AUTHZ_TABLE.filter((r) => WRITE_METHODS.includes(r.method));
const READ_ROWS = AUTHZ_TABLE.filter((r) => r.method === 'GET' && r.notInOpenApi !== true);

/** Bodies of routes that read them themselves (the OpenAPI document has no schema for them). */
const EXTRA_SCHEMAS: Record<string, JsonSchema> = {
  'POST /api/roleplays/:id/submissions': {
    type: 'object',
    properties: {
      transcript: { type: 'string', minLength: 50 },
      reflection: { type: 'string', minLength: 20 },
    },
    required: ['transcript', 'reflection'],
  },
};

/** Who fuzzes a route: the first actor the table lets succeed, in this order. */
const ACTOR_PREFERENCE: ActorName[] = [
  'owner',
  'courseInstructor',
  'admin',
  'otherTrainee',
  'otherInstructor',
  'anonymous',
];

function actorFor(row: RouteRule): ActorName {
  const ok = (a: ActorName) => {
    const e = row.expect[a];
    return e === '2xx' || e.some((s) => s >= 200 && s < 300);
  };
  return ACTOR_PREFERENCE.find(ok) ?? 'admin';
}

type Body =
  | { kind: 'base' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }
  | {
      kind: 'form';
      fields: [string, string][];
      file?: { field: string; bytes: Buffer; name: string };
    };

/** Case generators of a route, each with its share of the runs. */
type Generators = { arbitrary: fc.Arbitrary<Case>; weight: number }[];

interface Case {
  label: string;
  certainlyInvalid: boolean;
  /** A 400 must name this field. */
  field?: string;
  body: Body;
  path?: { name: string; raw: string };
  query?: string;
  headers?: Record<string, string>;
}

interface Outcome {
  status: number;
  body: unknown;
  text: string;
}

/** Header values must be Latin-1 without controls (else fetch refuses to send them). */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    "' OR 1=1 --",
    '${jndi:ldap://x/a}',
    'null',
    'a'.repeat(4_000),
    '\u00ff\u00fe',
    'key-1',
  ),
  fc
    .string({ unit: 'grapheme-ascii', maxLength: 200 })
    .map((s) => s.replace(/[^ -~\u00a0-\u00ff]/g, '')),
);

describe('Security: fuzzed input never breaks the API', () => {
  let t: TestApp;
  let w: WorldWithCourse;
  let doc: OpenApiDocument;
  let baseUrl: string;
  let fingerprint: DbFingerprint;
  let watch: WriteWatch;
  const dataDir = mkdtempSync(join(tmpdir(), 'lms-fuzz-'));
  const savedDataDir = process.env['DATA_DIR'];
  const counts = { cases: 0, writeRoutes: 0, readRoutes: 0, refused: 0, accepted: 0 };
  /** Where the time goes (ms): requests, checksums, waiting for successes to settle, fixtures. */
  const timing = { request: 0, checksum: 0, settle: 0, fixtures: 0 };
  const timed = async <T>(bucket: keyof typeof timing, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timing[bucket] += performance.now() - t0;
    }
  };
  const fuzzedWrites = new Set<string>();
  const knownSeen = new Map<string, number>();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const started = Date.now();

  beforeAll(async () => {
    console.log(`Fuzz: seed ${SEED} (reproduce with FUZZ_SEED=${SEED})`);
    process.env['DATA_DIR'] = dataDir;
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
    w = await buildWorld(t);
    doc = await openApiDocument(t.http);
    fingerprint = await new DbFingerprint(t.app.get(DataSource)).init();
    watch = new WriteWatch(fingerprint);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    if (savedDataDir === undefined) delete process.env['DATA_DIR'];
    else process.env['DATA_DIR'] = savedDataDir;
    rmSync(dataDir, { recursive: true, force: true });
    console.log(
      `Fuzz: ${counts.cases} generated cases on ${counts.writeRoutes} write routes and ${counts.readRoutes} read routes ` +
        `(${counts.refused} refused, ${counts.accepted} accepted) in ${Math.round((Date.now() - started) / 1000)} s, seed ${SEED}` +
        `\nFuzz: time in requests ${Math.round(timing.request / 1000)} s, checksums ${Math.round(timing.checksum / 1000)} s, ` +
        `settling ${Math.round(timing.settle / 1000)} s, fixtures ${Math.round(timing.fixtures / 1000)} s` +
        (knownSeen.size > 0
          ? `\nFuzz: known issues hit: ${[...knownSeen].map(([k, n]) => `KNOWN_ISSUES.${k} ×${n}`).join(', ')}`
          : ''),
    );
  });

  function operationOf(row: RouteRule) {
    return openApiRoutes(doc).find((r) => r.route === row.route)?.operation;
  }

  function bodySchemaOf(row: RouteRule): JsonSchema | null {
    const extra = EXTRA_SCHEMAS[row.route];
    if (extra) return extra;
    const content = operationOf(row)?.requestBody?.content;
    const schema = content?.['application/json']?.schema;
    return schema ? resolveSchema(doc, schema) : null;
  }

  async function send(
    row: RouteRule,
    fx: RowFixtures,
    actor: ActorName,
    c: Case,
  ): Promise<Outcome> {
    const own = fx.query();
    const query = [own, c.query ?? ''].filter((q) => q.length > 0).join('&');
    const url = `${baseUrl}${fx.path(c.path)}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (actor !== 'anonymous') headers['authorization'] = `Bearer ${w.tokens[actor]}`;
    let body: string | FormData | undefined;
    const b = c.body;
    if (b.kind === 'base') {
      if (row.multipart) {
        const form = new FormData();
        for (const [k, v] of Object.entries(row.multipart.fields ?? {})) form.append(k, v);
        const file = row.multipart.file;
        if (file)
          form.append(
            file.field,
            new Blob([new Uint8Array(file.content === 'png' ? PNG : wav())], {
              type: file.contentType,
            }),
            file.filename,
          );
        body = form;
      } else {
        const value = row.body?.(fx.id);
        if (value !== undefined) {
          body = toJsonText(value);
          headers['content-type'] ??= 'application/json';
        }
      }
    } else if (b.kind === 'json') {
      body = toJsonText(b.value);
      headers['content-type'] ??= 'application/json';
    } else if (b.kind === 'raw') {
      body = b.text;
      headers['content-type'] = b.contentType;
    } else if (b.kind === 'form') {
      const form = new FormData();
      for (const [k, v] of b.fields) form.append(k, v);
      if (b.file) form.append(b.file.field, new Blob([new Uint8Array(b.file.bytes)]), b.file.name);
      body = form;
    }
    const res = await fetch(url, {
      method: row.method,
      headers,
      body: row.method === 'GET' ? undefined : body,
      signal: AbortSignal.timeout(45_000),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = undefined;
      }
    }
    return { status: res.status, body: parsed, text };
  }

  /** Problems with an answer (empty when it is fine); a known issue excuses its own. */
  function check(row: RouteRule, c: Case, out: Outcome, known: boolean): string[] {
    const problems: string[] = [];
    if (out.status >= 500 && !known)
      problems.push(`answered ${out.status}: ${out.text.slice(0, 300)}`);
    if (out.status >= 400) {
      const e = out.body as Record<string, unknown> | undefined;
      const message = e?.['message'];
      const messages = Array.isArray(message) ? (message as unknown[]) : [message];
      if (
        !e ||
        e['statusCode'] !== out.status ||
        typeof e['code'] !== 'string' ||
        e['code'] === '' ||
        messages.length === 0 ||
        !messages.every((m) => typeof m === 'string' && m.trim().length > 0)
      )
        problems.push(`answered ${out.status} without an ApiError: ${out.text.slice(0, 300)}`);
      else if (
        // Validation failures name the field; a domain rule's 400 names the rule in its words.
        out.status === 400 &&
        e['code'] === 'VALIDATION_FAILED' &&
        c.certainlyInvalid &&
        c.field !== undefined
      ) {
        const text = messages.join(' ').toLowerCase();
        if (!text.includes(c.field.toLowerCase()))
          problems.push(`400 does not name the field "${c.field}": ${JSON.stringify(message)}`);
      }
    }
    if (out.status >= 200 && out.status < 300 && c.certainlyInvalid && !known)
      problems.push(`accepted invalid input with ${out.status}: ${out.text.slice(0, 200)}`);
    if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== prototypeKeys)
      problems.push('Object.prototype was polluted');
    return problems.map(
      (p) => `${row.method} ${row.path} [${c.label}]: ${p}\n    request: ${requestOf(c)}`,
    );
  }

  function requestOf(c: Case, limit = 600): string {
    const b = c.body;
    const body =
      b.kind === 'json'
        ? toJsonText(b.value)
        : b.kind === 'raw'
          ? `${b.contentType} ${JSON.stringify(b.text)}`
          : b.kind === 'form'
            ? `multipart ${JSON.stringify(b.fields)}${b.file ? ` + ${b.file.field} (${b.file.bytes.length} bytes)` : ''}`
            : 'the valid body';
    return [
      c.path ? `path :${c.path.name}=${c.path.raw}` : '',
      c.query ? `query ?${c.query}` : '',
      c.headers ? `headers ${JSON.stringify(c.headers).slice(0, 300)}` : '',
      `body ${body.length > limit ? `${body.slice(0, limit)}… (${body.length} chars)` : body}`,
    ]
      .filter((x) => x)
      .join(' ');
  }

  function knownIssueOf(row: RouteRule, c: Case, out: Outcome): string | null {
    const observation = {
      route: row.route,
      label: c.label,
      request: requestOf(c, Infinity),
      status: out.status,
      response: out.text,
    };
    const hit = Object.entries(FUZZ_KNOWN_ISSUES).find(([, issue]) => issue.matches(observation));
    return hit ? hit[0] : null;
  }

  /**
   * After a success: waits until the database stops changing (a bulk issuance asked not to
   * wait goes on after answering), then takes the new baseline.
   */
  async function settle(status: number): Promise<void> {
    if (status === 202) {
      let last = await fingerprint.take();
      for (let i = 0; i < 40; i += 1) {
        await sleep(50);
        const next = await fingerprint.take();
        if (DbFingerprint.changed(last, next).length === 0) break;
        last = next;
      }
    }
    await watch.reset();
  }

  /** Near-valid bodies (one field mutated), pure junk and malformed JSON. */
  function bodyCases(row: RouteRule, fx: RowFixtures): Generators {
    const schema = bodySchemaOf(row);
    const base = row.body?.(fx.id);
    const generators: Generators = [];
    const hasSchema = schema !== null && typeof base === 'object' && base !== null;
    const properties = Object.keys(schema?.properties ?? {});
    const requiresSomething = hasSchema && (schema.required ?? []).length > 0;
    if (hasSchema) {
      const { fields, objects } = fieldsOf(doc, base, schema);
      generators.push({
        weight: 40,
        arbitrary: mutationCase(doc, fields, objects).map((m) => ({
          label: m.label,
          certainlyInvalid: m.certainlyInvalid,
          field: m.field,
          // A fresh valid body each time (registration needs a new email).
          body: { kind: 'json' as const, value: applyMutation(row.body?.(fx.id), m.mutation) },
        })),
      });
    }
    generators.push(
      {
        // Not an object, an object of junk, an array where the object belongs, nothing at all.
        weight: 15,
        arbitrary: fc
          .oneof(
            junkValue,
            deepJunk,
            fc.constant(base === undefined ? [] : [base]),
            fc.constant({}),
            fc.dictionary(nastyKey, junkValue, { maxKeys: 5 }),
          )
          .map((value) => {
            const isObject =
              value instanceof RawJson
                ? value.kind === 'object'
                : typeof value === 'object' && value !== null && !Array.isArray(value);
            const keys =
              value instanceof RawJson ? ['a'] : isObject ? Object.keys(value as object) : [];
            const unknownKey = keys.some((k) => !properties.includes(k));
            return {
              label: `junk body ${toJsonText(value).slice(0, 80)}`,
              certainlyInvalid:
                hasSchema &&
                (!isObject ||
                  (properties.length > 0 && unknownKey) ||
                  (requiresSomething && keys.length === 0)),
              body: { kind: 'json' as const, value },
            };
          }),
      },
      {
        weight: 5,
        arbitrary: malformedJson.map((m) => ({
          label: m.label,
          certainlyInvalid: true,
          body: { kind: 'raw' as const, text: m.text, contentType: m.contentType },
        })),
      },
    );
    return generators;
  }

  /** Bad path ids, junk query strings and (with a body) odd headers; the body stays valid. */
  function otherCases(row: RouteRule, fx: RowFixtures, withBody: boolean): Generators {
    const generators: Generators = [];
    const names = Object.keys(fx.params());
    if (names.length > 0)
      generators.push(
        {
          weight: 10,
          arbitrary: fc.tuple(fc.constantFrom(...names), badPathId).map(([name, id]) => {
            // A path that the URL parser folds (`..`) lands on another route: no verdict.
            const dotted = /^(\.|%2e){1,2}$/i.test(id.raw);
            // Marking an unknown notification read is a silent no-op by design (no oracle).
            const silent =
              row.route === 'POST /api/me/notifications/:id/read' && id.label.startsWith('unknown');
            return {
              label: `path :${name} = ${id.label.slice(0, 60)}`,
              certainlyInvalid: !dotted && !silent,
              path: { name, raw: id.raw },
              body: { kind: 'base' as const },
            };
          }),
        },
        {
          // The same id in upper case is the same resource.
          weight: 1,
          arbitrary: fc.constantFrom(...names).map((name) => ({
            label: `path :${name} upper-case`,
            certainlyInvalid: false,
            path: { name, raw: (fx.params()[name] ?? '').toUpperCase() },
            body: { kind: 'base' as const },
          })),
        },
      );
    const queryNames = (operationOf(row)?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name);
    generators.push({
      weight: withBody ? 5 : 15,
      arbitrary: queryString(queryNames).map((query) => ({
        label: `query ${query.slice(0, 80)}`,
        certainlyInvalid: false,
        query,
        body: { kind: 'base' as const },
      })),
    });
    if (withBody)
      generators.push({
        weight: 5,
        arbitrary: fc
          .record({
            contentType: fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/json; charset=utf-16',
              'application/json; charset=latin1',
              'application/vnd.api+json',
              'multipart/form-data; boundary=----nope',
              'application/xml',
            ),
            idempotencyKey: headerValue,
            cookie: headerValue,
          })
          .map(({ contentType, idempotencyKey, cookie }) => ({
            label: `headers content-type ${contentType}`,
            certainlyInvalid: false,
            headers: {
              'content-type': contentType,
              'idempotency-key': idempotencyKey,
              cookie: `lms_refresh=${encodeURIComponent(cookie)}`,
              'x-request-id': idempotencyKey.slice(0, 100),
            },
            body: { kind: 'base' as const },
          })),
      });
    return generators;
  }

  /** Multipart junk for the routes that take files: odd fields, odd files, no file. */
  function multipartCases(): Generators {
    const file = fc.oneof(
      fc.constant({ field: 'recording', bytes: wav(), name: 'a.wav' }),
      fc.constant({ field: 'logo', bytes: PNG, name: 'logo.png' }),
      fc
        .uint8Array({ maxLength: 2_000 })
        .map((a) => ({ field: 'recording', bytes: Buffer.from(a), name: 'x.webm' })),
      fc
        .uint8Array({ maxLength: 2_000 })
        .map((a) => ({ field: 'logo', bytes: Buffer.from(a), name: 'x.png' })),
      fc.constant({ field: 'other', bytes: Buffer.from('hello'), name: '../../etc/passwd' }),
      fc.constant({ field: 'logo', bytes: Buffer.alloc(0), name: '' }),
    );
    const field = fc.tuple(
      fc.oneof(fc.constantFrom('transcript', 'reflection', 'logo', 'recording'), nastyKey),
      nastyString.map((s) => s.slice(0, 20_000)),
    );
    return [
      {
        weight: 5,
        arbitrary: fc
          .record({
            fields: fc.array(field, { maxLength: 4 }),
            file: fc.option(file, { nil: undefined }),
          })
          .map(({ fields, file: f }) => ({
            label: `multipart ${fields.map(([k]) => k).join(',')} ${f ? `${f.field}:${f.bytes.length}` : 'no file'}`,
            certainlyInvalid: false,
            body: { kind: 'form' as const, fields, file: f },
          })),
      },
    ];
  }

  async function fuzz(row: RouteRule, runs: number, cases: (fx: RowFixtures) => Generators) {
    const actor = actorFor(row);
    const fx = new RowFixtures(row, w);
    await timed('fixtures', () => fx.prepare());
    // fast-check prints a failing case by its label (the request itself is in the error).
    const arbitrary = fc
      .oneof(...cases(fx))
      .map((c) => Object.assign(c, { [fc.toStringMethod]: () => c.label }));
    await watch.reset();
    let rebuilds = 0;
    const seed = SEED + AUTHZ_TABLE.indexOf(row);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (c) => {
        counts.cases += 1;
        const out = await timed('request', () => send(row, fx, actor, c));
        const known = knownIssueOf(row, c, out);
        const problems = check(row, c, out, known !== null);
        if (known) knownSeen.set(known, (knownSeen.get(known) ?? 0) + 1);
        if (out.status >= 200 && out.status < 300) {
          counts.accepted += 1;
          if (fx.usesFactories() && rebuilds < REBUILDS && row.method !== 'GET') {
            rebuilds += 1;
            fx.consumed();
            await timed('fixtures', () => fx.prepare());
          }
          await timed('settle', () => settle(out.status));
        } else {
          counts.refused += 1;
          const changed = await timed('checksum', () => watch.changed());
          if (changed.length > 0) {
            problems.push(
              `${row.method} ${row.path} [${c.label}]: answered ${out.status} but wrote to ${changed.join(', ')}\n    request: ${requestOf(c)}`,
            );
            await watch.reset();
          }
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { seed, numRuns: runs, endOnFailure: process.env['FUZZ_SHRINK'] !== 'true' },
    );
  }

  describe('write routes', () => {
    // The provider settings go last: their fuzzing may empty the accreditation statements that
    // issuing certificates (some fixtures) needs; they are put back afterwards.
    const ordered = [
      ...WRITE_ROWS.filter((r) => r.route !== 'PUT /api/provider-settings'),
      ...WRITE_ROWS.filter((r) => r.route === 'PUT /api/provider-settings'),
    ];
    it.each(ordered)(
      '$route',
      async (row) => {
        const multipart =
          row.multipart !== undefined || row.route === 'POST /api/roleplays/:id/submissions';
        await fuzz(row, RUNS_PER_WRITE_ROUTE, (fx) => [
          ...bodyCases(row, fx),
          ...otherCases(row, fx, true),
          ...(multipart ? multipartCases() : []),
        ]);
        counts.writeRoutes += 1;
        fuzzedWrites.add(row.route);
        if (row.route === 'PUT /api/provider-settings') {
          const res = await fetch(`${baseUrl}/api/provider-settings`, {
            method: 'PUT',
            headers: {
              authorization: `Bearer ${w.tokens.admin}`,
              'content-type': 'application/json',
            },
            body: w.ids['providerSettings'] ?? '{}',
          });
          expect(res.status).toBe(200);
        }
      },
      300_000,
    );
  });

  describe('read routes (query strings and path ids)', () => {
    it.each(READ_ROWS)(
      '$route',
      async (row) => {
        const takesQuery = (operationOf(row)?.parameters ?? []).some((p) => p.in === 'query');
        await fuzz(row, takesQuery ? RUNS_PER_QUERY_ROUTE : RUNS_PER_READ_ROUTE, (fx) =>
          otherCases(row, fx, false),
        );
        counts.readRoutes += 1;
      },
      120_000,
    );
  });

  describe('input bugs found by the fuzzer stay fixed (400, nothing written)', () => {
    const call = async (
      method: string,
      path: string,
      actor: ActorName,
      jsonText: string,
    ): Promise<Outcome> => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (actor !== 'anonymous') headers['authorization'] = `Bearer ${w.tokens[actor]}`;
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: method === 'GET' ? undefined : jsonText,
      });
      const text = await res.text();
      return { status: res.status, body: undefined, text };
    };
    const unchanged = async (fn: () => Promise<Outcome>): Promise<Outcome> => {
      const before = await fingerprint.take();
      const out = await fn();
      expect(DbFingerprint.changed(before, await fingerprint.take())).toEqual([]);
      return out;
    };

    it('DEEPLY_NESTED_JSON_500: anonymous, on registration', async () => {
      const out = await unchanged(() =>
        call(
          'POST',
          '/api/auth/register',
          'anonymous',
          `{"fullName":${toJsonText(deepNest(3_000, 'array'))}}`,
        ),
      );
      expect({ bug: 'DEEPLY_NESTED_JSON_500', present: out.status === 500 }).toEqual({
        bug: 'DEEPLY_NESTED_JSON_500',
        present: false,
      });
    });

    it('NUL_IN_TEXT_500: a name with U+0000', async () => {
      const out = await unchanged(() =>
        call('PATCH', '/api/me', 'owner', JSON.stringify({ fullName: 'Olive\u0000Owner' })),
      );
      expect({ bug: 'NUL_IN_TEXT_500', present: out.status === 500 }).toEqual({
        bug: 'NUL_IN_TEXT_500',
        present: false,
      });
    });

    it('NULL_FOR_OPTIONAL_FIELD_500: profession null', async () => {
      const out = await unchanged(() => call('PATCH', '/api/me', 'owner', '{"profession":null}'));
      expect({ bug: 'NULL_FOR_OPTIONAL_FIELD_500', present: out.status === 500 }).toEqual({
        bug: 'NULL_FOR_OPTIONAL_FIELD_500',
        present: false,
      });
    });

    it('LONE_SURROGATE_500: anonymous, on sign-in; and in a course title', async () => {
      const signIn = await unchanged(() =>
        call(
          'POST',
          '/api/auth/login',
          'anonymous',
          '{"email":"a\\ud800@example.org","password":"whatever it is"}',
        ),
      );
      const course = await unchanged(() =>
        call(
          'POST',
          '/api/courses',
          'courseInstructor',
          '{"title":"Consent \\ud800","summary":"s","learningObjectives":[],"creditDesignations":[]}',
        ),
      );
      expect({
        bug: 'LONE_SURROGATE_500',
        present: signIn.status === 500 || course.status === 500,
      }).toEqual({ bug: 'LONE_SURROGATE_500', present: false });
    });

    it('IMPOSSIBLE_DATE_QUERY_500: the 30th of February', async () => {
      const audit = await unchanged(() =>
        call('GET', '/api/audit-events?since=2024-02-30', 'admin', ''),
      );
      const report = await unchanged(() =>
        call('GET', '/api/reports/credits?from=2024-02-30', 'admin', ''),
      );
      expect({
        bug: 'IMPOSSIBLE_DATE_QUERY_500',
        present: audit.status === 500 || report.status === 500,
      }).toEqual({ bug: 'IMPOSSIBLE_DATE_QUERY_500', present: false });
    });

    it('ARRAY_AS_NESTED_ITEM_500: a nested array is stored as credit designations, or a rubric fails', async () => {
      const draft = await FACTORIES.draft(w);
      const criterion = {
        title: 'Explains effects and risks',
        description: 'Dissociation, blood pressure',
        levels: [
          { label: 'Missing', points: 0 },
          { label: 'Complete', points: 2 },
        ],
      };
      const rubric = await unchanged(() =>
        call(
          'PUT',
          `/api/roleplays/${draft['roleplayId'] ?? ''}/rubric`,
          'courseInstructor',
          JSON.stringify({ criteria: [[criterion]] }),
        ),
      );
      const course = await call(
        'POST',
        '/api/courses',
        'courseInstructor',
        JSON.stringify({
          title: 'Nested designations',
          summary: 'Nested designations',
          learningObjectives: [],
          creditDesignations: [[{ creditType: 'apa', maxCredits: 1 }]],
        }),
      );
      expect({
        bug: 'ARRAY_AS_NESTED_ITEM_500',
        present: rubric.status === 500 || course.status === 201,
      }).toEqual({ bug: 'ARRAY_AS_NESTED_ITEM_500', present: false });
    });

    it('ROLEPLAY_RUBRIC_NOT_AN_OBJECT_500: a role-play without a rubric', async () => {
      const draft = await FACTORIES.draft(w);
      const out = await unchanged(() =>
        call(
          'POST',
          `/api/modules/${draft['moduleId'] ?? ''}/roleplays`,
          'courseInstructor',
          '{"title":"No rubric","scenario":"A client in distress.","passingScore":50}',
        ),
      );
      expect({ bug: 'ROLEPLAY_RUBRIC_NOT_AN_OBJECT_500', present: out.status === 500 }).toEqual({
        bug: 'ROLEPLAY_RUBRIC_NOT_AN_OBJECT_500',
        present: false,
      });
    });

    it('NUL_IN_TEXT_500: a trainee searching the catalogue', async () => {
      const out = await unchanged(() => call('GET', '/api/courses?q=%00', 'otherTrainee', ''));
      expect({ bug: 'NUL_IN_TEXT_500', present: out.status === 500 }).toEqual({
        bug: 'NUL_IN_TEXT_500',
        present: false,
      });
    });

    it('OFFSET_TOO_LARGE_500: a trainee paging the catalogue', async () => {
      const out = await unchanged(() =>
        call('GET', '/api/courses?offset=1e21', 'otherTrainee', ''),
      );
      expect({ bug: 'OFFSET_TOO_LARGE_500', present: out.status === 500 }).toEqual({
        bug: 'OFFSET_TOO_LARGE_500',
        present: false,
      });
    });

    it('PROTOTYPE_NAMED_FIELDS_ACCEPTED: toString is not refused as an unknown field', async () => {
      const unknown = await call('PATCH', '/api/me', 'owner', '{"notAField":"x"}');
      expect(unknown.status).toBe(400);
      const named = await call('PATCH', '/api/me', 'owner', '{"toString":"x"}');
      expect({ bug: 'PROTOTYPE_NAMED_FIELDS_ACCEPTED', present: named.status === 200 }).toEqual({
        bug: 'PROTOTYPE_NAMED_FIELDS_ACCEPTED',
        present: false,
      });
    });

    it('CE_SETTINGS_VALIDITY_MONTHS_NOT_REQUIRED: validityMonths left out', async () => {
      const draft = await FACTORIES.draft(w);
      const out = await call(
        'PUT',
        `/api/courses/${draft['courseId'] ?? ''}/ce-settings`,
        'courseInstructor',
        '{"learningFormat":"enduring_material"}',
      );
      expect({
        bug: 'CE_SETTINGS_VALIDITY_MONTHS_NOT_REQUIRED',
        present: out.status === 200,
      }).toEqual({ bug: 'CE_SETTINGS_VALIDITY_MONTHS_NOT_REQUIRED', present: false });
    });
  });

  it(`covers every write route of the OpenAPI document with at least ${MIN_CASES} cases in all`, () => {
    const documented = openApiRoutes(doc)
      .filter((r) => WRITE_METHODS.includes(r.method))
      .map((r) => r.route);
    expect(documented.filter((r) => !fuzzedWrites.has(r))).toEqual([]);
    console.log(
      `Fuzz: ${counts.cases} cases, ${fuzzedWrites.size} write routes + ${counts.readRoutes} read routes, seed ${SEED}`,
    );
    expect(counts.cases).toBeGreaterThanOrEqual(MIN_CASES);
  });
});
