/**
 * Generators of hostile input for fuzz.e2e-spec.ts: near-valid bodies (one field of a valid
 * body mutated, guided by the route's OpenAPI request schema), pure junk, malformed JSON,
 * bad path ids, junk query strings and headers.
 *
 * Each case says whether it is *certainly invalid* (a wrong JSON type, a missing required
 * field, an unknown field, a value outside the documented enum/range/length, a path id that
 * is not an existing UUID, malformed JSON): the API must refuse those with a 4xx. Other cases
 * may be valid (a strange but legal string, an optional field left out), and may succeed.
 */
import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from './routes';
import { resolveSchema } from './routes';

/**
 * JSON text written as is: numbers JSON can carry but JavaScript cannot (1e309, -0), and
 * nesting too deep for JSON.stringify (built as text).
 */
export class RawJson {
  constructor(
    readonly text: string,
    readonly kind: 'number' | 'array' | 'object' = 'number',
  ) {}
}

/** Sets an own, enumerable property, even `__proto__` (a literal would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

/** JSON text of a value that may hold RawJson tokens. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0000RAW${raws.length - 1}\u0000`;
    }
    return v;
  });
  // JSON.stringify gives undefined for undefined (its type says string).
  const json = (text as string | undefined) ?? 'null';
  return raws.reduce((out, raw, i) => out.replace(`"\\u0000RAW${i}\\u0000"`, raw), json);
}

// --- Values -----------------------------------------------------------------------------

const NASTY_PIECES = [
  '\u0000',
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud83d\ude00',
  '👩🏽‍⚕️',
  '\ud800',
  'שָׁלוֹם',
  'مرحبا',
  '𝕂𝕖𝕥𝕒𝕞𝕚𝕟𝕖',
  'e\u0301',
  '\uffff',
  '\u2028',
  '\u0085',
  '\\',
  '"',
  "'",
  '`',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '%s%n',
  '%00',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00a0',
];

const NASTY_WORDS = [
  '',
  ' ',
  '   ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  'true',
  '0',
  '-1',
  '1e309',
  '[]',
  '{}',
  "' OR '1'='1",
  '"; DROP TABLE identity."user"; --',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data/',
  '\u0000\u0000\u0000',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_WORDS) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...NASTY_PIECES), fc.string({ maxLength: 6 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    // Up to ~100 kB (the JSON body limit is 1 MB).
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constantFrom(...NASTY_PIECES, 'a', 'ketamine '), fc.string({ minLength: 1 })),
        fc.integer({ min: 1_000, max: 100_000 }),
      )
      .map(([unit, n]) => unit.repeat(Math.ceil(n / Math.max(1, unit.length))).slice(0, n)),
  },
);

export const nastyNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    -0.5,
    0.5,
    0.25,
    1.5,
    0.1 + 0.2,
    1e-7,
    99.999,
    100.0001,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 1,
    1e21,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc
    .constantFrom('1e309', '-1e309', '1e-400', '-0', '123456789012345678901234567890', '1.0', '0e0')
    .map((text) => new RawJson(text)),
);

/** The number a RawJson number token parses to. */
export function numberOf(value: number | RawJson): number {
  return value instanceof RawJson ? Number(JSON.parse(value.text)) : value;
}

export const nastyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    ' ',
    'id',
    'userId',
    'roles',
    'isAdmin',
    'status',
    'createdAt',
    'passed',
    'score',
    '$where',
    '$gt',
    'a.b',
    'a[b]',
    '\u0000',
    '👩🏽‍⚕️',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** Nested arrays or objects, `depth` levels deep, as JSON text. */
export function deepNest(depth: number, kind: 'array' | 'object'): RawJson {
  const text =
    kind === 'array'
      ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
  return new RawJson(text, kind);
}

export const deepJunk: fc.Arbitrary<RawJson> = fc
  .tuple(fc.integer({ min: 20, max: 5_000 }), fc.constantFrom('array' as const, 'object' as const))
  .map(([depth, kind]) => deepNest(depth, kind));

export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: deepJunk },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(nastyKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })
      .map((entries) => {
        const o: Record<string, unknown> = {};
        for (const [k, v] of entries) setOwn(o, k, v);
        return o;
      }),
  },
);

/** Strings that are not the id of anything (all must be refused). */
const BAD_IDS = [
  'abc',
  '0',
  '-1',
  '1.5',
  'null',
  'undefined',
  'NaN',
  'true',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'c56a4180-65aa-11ef-b8c5-0800200c9a66',
  '018f6f6e-7b8a-7c3d-9e0f-1a2b3c4d5e6f',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6x',
  '3fa85f6457174562b3fc2c963f66afa6',
  '{3fa85f64-5717-4562-b3fc-2c963f66afa6}',
  ' 3fa85f64-5717-4562-b3fc-2c963f66afa6',
  "' OR 1=1 --",
  '..',
  '../..',
  '\u0000',
  '👩🏽‍⚕️',
  '%',
];

/** A bad path segment, already encoded for the URL (a few deliberately malformed). */
export const badPathId: fc.Arbitrary<{ raw: string; label: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...BAD_IDS).map((s) => ({ raw: encodeURIComponent(s), label: s })),
  },
  {
    weight: 3,
    arbitrary: fc.uuid({ version: 4 }).map((s) => ({ raw: s, label: `unknown ${s}` })),
  },
  {
    weight: 2,
    arbitrary: nastyString
      .filter((s) => s.length > 0 && s.length < 2_000)
      .map((s) => ({
        raw: encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x')),
        label: 'nasty',
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '%zz',
        '%E0%A4%A',
        '%C0%AF',
        '%00',
        '%2F',
        '%252F',
        '%2e%2e',
        '%',
        'a%20b',
        '..%2F..',
      )
      .map((raw) => ({ raw, label: `raw ${raw}` })),
  },
);

/** Query strings: junk keys and values, repeated keys, prototype keys, dates and numbers. */
export function queryString(paramNames: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    nastyString.filter((s) => s.length < 3_000),
    nastyNumber.map((n) => String(numberOf(n))),
    fc.constantFrom(
      '2024-02-30',
      '2024-13-01',
      '0000-01-01',
      '99999-01-01T00:00:00Z',
      '2024-01-01T25:61:00Z',
      '1970-01-01T00:00:00.000Z',
      '-infinity',
      'epoch',
      'csv',
      'pdf',
      'json',
      'true',
      'false',
      'yes',
      '1',
      'month',
      'year',
      'admin',
      'instructor',
    ),
    fc.uuid({ version: 4 }),
  );
  const key = fc.oneof(
    { weight: 3, arbitrary: paramNames.length > 0 ? fc.constantFrom(...paramNames) : nastyKey },
    { weight: 1, arbitrary: nastyKey },
    {
      weight: 1,
      arbitrary: fc.constantFrom('__proto__[admin]', 'constructor[prototype][x]', 'a[]'),
    },
  );
  // Each value at most ~2 kB encoded: a request head over 16 kB is refused by Node itself (431).
  const encode = (v: string) => {
    const e = encodeURIComponent(v.replace(/[\ud800-\udfff]/g, 'x'));
    return e.length > 2_000 ? e.slice(0, 2_000).replace(/%[0-9A-F]?$/i, '') : e;
  };
  return fc
    .array(fc.tuple(key, value), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join('&'));
}

// --- Field mutations (near-valid bodies) ----------------------------------------------------

export type PathStep = string | number;

export interface FieldInfo {
  path: PathStep[];
  schema: JsonSchema;
  required: boolean;
  /** The field exists in the valid base body. */
  present: boolean;
}

export interface ObjectInfo {
  path: PathStep[];
  /** A DTO: its properties are listed, anything else is an unknown field. */
  closed: boolean;
  properties: string[];
}

/** Every field of a valid body (and the optional ones it leaves out), with its schema. */
export function fieldsOf(
  doc: OpenApiDocument,
  body: unknown,
  schema: JsonSchema,
  path: PathStep[] = [],
): { fields: FieldInfo[]; objects: ObjectInfo[] } {
  const s = resolveSchema(doc, schema);
  const fields: FieldInfo[] = [];
  const objects: ObjectInfo[] = [];
  if (Array.isArray(body)) {
    if (body.length > 0 && s.items) {
      const items = resolveSchema(doc, s.items);
      fields.push({ path: [...path, 0], schema: items, required: false, present: true });
      const inner = fieldsOf(doc, body[0], items, [...path, 0]);
      fields.push(...inner.fields);
      objects.push(...inner.objects);
    }
    return { fields, objects };
  }
  if (typeof body !== 'object' || body === null) return { fields, objects };
  const properties = s.properties ?? {};
  objects.push({
    path,
    closed: Object.keys(properties).length > 0,
    properties: Object.keys(properties),
  });
  const keys = [...new Set([...Object.keys(body), ...Object.keys(properties)])];
  for (const key of keys) {
    const child = resolveSchema(doc, properties[key]);
    const present = key in body;
    fields.push({
      path: [...path, key],
      schema: child,
      required: (s.required ?? []).includes(key),
      present,
    });
    if (present) {
      const inner = fieldsOf(doc, (body as Record<string, unknown>)[key], child, [...path, key]);
      fields.push(...inner.fields);
      objects.push(...inner.objects);
    }
  }
  return { fields, objects };
}

export type BodyMutation =
  | { op: 'set'; path: PathStep[]; value: unknown }
  | { op: 'delete'; path: PathStep[] }
  | { op: 'addKey'; path: PathStep[]; key: string; value: unknown };

export interface MutationCase {
  mutation: BodyMutation;
  label: string;
  certainlyInvalid: boolean;
  /** The field a 400 should name. */
  field: string;
}

function leafName(path: PathStep[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  return names.at(-1) ?? '';
}

function show(path: PathStep[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('') || '(root)';
}

function jsonType(schema: JsonSchema): 'string' | 'number' | 'boolean' | 'array' | 'dto' | null {
  if (schema.enum && schema.enum.every((e) => typeof e === 'string')) return 'string';
  if (schema.type === 'object')
    return schema.properties && Object.keys(schema.properties).length > 0 ? 'dto' : null;
  const types: Record<string, 'string' | 'number' | 'boolean' | 'array'> = {
    string: 'string',
    number: 'number',
    integer: 'number',
    boolean: 'boolean',
    array: 'array',
  };
  return schema.type !== undefined && schema.type in types ? (types[schema.type] ?? null) : null;
}

/** Values of a JSON type other than the field's, none of which the API may coerce. */
function wrongTypeValues(type: NonNullable<ReturnType<typeof jsonType>>): unknown[] {
  switch (type) {
    case 'string':
      return [12345, -1, true, false, {}, [], ['a'], { a: 1 }];
    case 'number':
      return ['12', 'abc', '', true, {}, [], [1], { n: 1 }];
    case 'boolean':
      return ['true', 'yes', 1, 0, {}, [], [true]];
    case 'array':
      return ['a', 1, true, {}, { 0: 'x' }];
    case 'dto':
      return ['x', 1, true, [], [{}]];
  }
}

function outOfRange(schema: JsonSchema, n: number): boolean {
  if (!Number.isFinite(n)) return true;
  if (schema.minimum !== undefined && n < schema.minimum) return true;
  if (schema.maximum !== undefined && n > schema.maximum) return true;
  return false;
}

/** One-field mutations of a valid body. */
export function mutationCase(
  doc: OpenApiDocument,
  fields: FieldInfo[],
  objects: ObjectInfo[],
): fc.Arbitrary<MutationCase> {
  const options: fc.Arbitrary<MutationCase>[] = [];
  for (const f of fields) {
    const name = leafName(f.path);
    const where = show(f.path);
    const type = jsonType(f.schema);
    const noDefault = (f.schema as { default?: unknown }).default === undefined;
    if (f.present && typeof f.path.at(-1) === 'string')
      options.push(
        fc.constant({
          mutation: { op: 'delete', path: f.path },
          label: `delete ${where}`,
          certainlyInvalid: f.required && noDefault,
          field: name,
        }),
      );
    if (type)
      options.push(
        fc.constantFrom(...wrongTypeValues(type)).map((value) => ({
          mutation: { op: 'set' as const, path: f.path, value },
          label: `wrong type ${where} = ${JSON.stringify(value)}`,
          certainlyInvalid: true,
          field: name,
        })),
      );
    options.push(
      fc.constant({
        mutation: { op: 'set', path: f.path, value: null },
        label: `null ${where}`,
        certainlyInvalid: f.required && noDefault && f.schema.nullable !== true && type !== null,
        field: name,
      }),
    );
    if (type === 'string')
      options.push(
        nastyString.map((value) => {
          const notInEnum = f.schema.enum !== undefined && !f.schema.enum.includes(value);
          const tooShort = f.schema.minLength !== undefined && value.length < f.schema.minLength;
          return {
            mutation: { op: 'set' as const, path: f.path, value },
            label: `string ${where} = ${JSON.stringify(value.slice(0, 60))}${value.length > 60 ? `… (${value.length})` : ''}`,
            certainlyInvalid: notInEnum || tooShort,
            field: name,
          };
        }),
      );
    if (type === 'number')
      options.push(
        nastyNumber.map((value) => ({
          mutation: { op: 'set' as const, path: f.path, value },
          label: `number ${where} = ${value instanceof RawJson ? value.text : String(value)}`,
          certainlyInvalid: outOfRange(f.schema, numberOf(value)),
          field: name,
        })),
      );
    if (type === 'array') {
      // An array inside the array: no item of a DTO or a scalar may be an array.
      const itemType = f.schema.items ? jsonType(resolveSchema(doc, f.schema.items)) : null;
      options.push(
        fc.constantFrom('empty', 'twice', 'many', 'nulls', 'nested').map((shape) => ({
          mutation: { op: 'set' as const, path: f.path, value: { arrayShape: shape } },
          label: `array ${where} ${shape}`,
          certainlyInvalid: shape === 'nested' && itemType !== null && itemType !== 'array',
          field: name,
        })),
      );
    }
    options.push(
      junkValue.map((value) => ({
        mutation: { op: 'set' as const, path: f.path, value },
        label: `junk ${where}`,
        certainlyInvalid:
          (type === 'string' || type === 'number' || type === 'boolean') && isContainer(value),
        field: name,
      })),
    );
  }
  for (const o of objects)
    options.push(
      fc.tuple(nastyKey, junkValue).map(([key, value]) => ({
        mutation: { op: 'addKey' as const, path: o.path, key, value },
        label: `extra field ${show([...o.path, key])}`,
        certainlyInvalid: o.closed && !o.properties.includes(key),
        field: key,
      })),
    );
  return fc.oneof(...options);
}

/** An array or object (RawJson nests included), which no scalar field accepts. */
export function isContainer(value: unknown): boolean {
  if (value instanceof RawJson) return value.kind !== 'number';
  return typeof value === 'object' && value !== null;
}

/** A deep copy that keeps RawJson tokens (and own `__proto__` keys) as they are. */
function clone<T>(value: T): T {
  if (value instanceof RawJson || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => clone(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, clone(v));
  return out as T;
}

/** Applies a mutation to a copy of the valid body. */
export function applyMutation(base: unknown, mutation: BodyMutation): unknown {
  const root = { body: clone(base) } as Record<string, unknown>;
  const path: PathStep[] = ['body', ...mutation.path];
  let parent: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return root['body'];
    parent = (parent as Record<PathStep, unknown>)[step];
  }
  if (typeof parent !== 'object' || parent === null) return root['body'];
  const container = parent as Record<PathStep, unknown>;
  const last = path.at(-1) ?? 'body';
  switch (mutation.op) {
    case 'delete':
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else Reflect.deleteProperty(container, last);
      break;
    case 'set': {
      const shape = (mutation.value as { arrayShape?: string } | null)?.arrayShape;
      const current = container[last];
      const first: unknown = Array.isArray(current) ? current[0] : undefined;
      container[last] =
        shape === 'empty'
          ? []
          : shape === 'twice'
            ? [first, first]
            : shape === 'many'
              ? Array.from({ length: 300 }, () => first)
              : shape === 'nulls'
                ? [null, first]
                : shape === 'nested'
                  ? [current]
                  : mutation.value;
      break;
    }
    case 'addKey': {
      const target = container[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        setOwn(target as Record<string, unknown>, mutation.key, mutation.value);
      break;
    }
  }
  return root['body'];
}

// --- Whole-body junk ----------------------------------------------------------------------

export interface RawBody {
  text: string;
  contentType: string;
  label: string;
  /** Refused whatever the route: not JSON, or not an object. */
  certainlyInvalid: boolean;
}

export const malformedJson: fc.Arbitrary<RawBody> = fc
  .constantFrom(
    '{',
    '{"a":',
    '[1,2',
    'nul',
    '{"a":1}garbage',
    "{'a':1}",
    '{"a":1,}',
    '{a:1}',
    '\u0000',
    '{"a":"\\ud800"',
    '{"a":"\\x41"}',
    '{"a":0x10}',
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":undefined}',
    '"just a string"',
    '42',
    'true',
    'null',
  )
  .map((text) => ({
    text,
    contentType: 'application/json',
    label: `malformed ${JSON.stringify(text)}`,
    certainlyInvalid: true,
  }));
