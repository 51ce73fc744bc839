// The load client: undici's Pool when the package resolves from the repository (it ships
// with the dev tooling), else node:http with a keep-alive agent. Both keep connections open.
import http from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './common.mjs';

let undici = null;
try {
  undici = createRequire(join(ROOT, 'package.json'))('undici');
} catch {
  undici = null;
}

export const CLIENT_KIND = undici ? `undici ${undiciVersion()}` : 'node:http';

function undiciVersion() {
  try {
    return createRequire(join(ROOT, 'package.json'))('undici/package.json').version;
  } catch {
    return '?';
  }
}

/**
 * request(method, path, { headers, json }) → { status, headers, body (parsed JSON or text) }.
 * Network failures reject; HTTP errors resolve with their status.
 */
export function createClient(baseUrl, { connections = 32 } = {}) {
  if (undici) {
    const pool = new undici.Pool(baseUrl, {
      connections,
      pipelining: 1,
      keepAliveTimeout: 60_000,
      headersTimeout: 120_000,
      bodyTimeout: 120_000,
    });
    return {
      kind: CLIENT_KIND,
      async request(method, path, { headers = {}, json } = {}) {
        const res = await pool.request({
          method,
          path,
          headers:
            json === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          body: json === undefined ? undefined : JSON.stringify(json),
        });
        const text = await res.body.text();
        return { status: res.statusCode, headers: res.headers, body: parse(res.headers, text) };
      },
      close: () => pool.close(),
    };
  }
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    kind: CLIENT_KIND,
    request(method, path, { headers = {}, json } = {}) {
      const body = json === undefined ? undefined : JSON.stringify(json);
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            method,
            path,
            agent,
            headers: body
              ? {
                  ...headers,
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(body),
                }
              : headers,
          },
          (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: parse(res.headers, text),
              });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: async () => agent.destroy(),
  };
}

function parse(headers, text) {
  const type = String(headers['content-type'] ?? '');
  if (type.includes('json') && text) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export const bearer = (token) => ({ authorization: `Bearer ${token}` });

/** Signs in through the API; throws unless 200. */
export async function login(client, email, password) {
  const res = await client.request('POST', '/api/auth/login', { json: { email, password } });
  if (res.status !== 200)
    throw new Error(`login ${email}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
  return { token: res.body.accessToken, user: res.body.user };
}

/** A request that must succeed (fixture set-up): returns the body, throws with the status otherwise. */
export async function must(client, method, path, { token, json, expect } = {}) {
  const res = await client.request(method, path, { headers: token ? bearer(token) : {}, json });
  const ok = expect ? res.status === expect : res.status >= 200 && res.status < 300;
  if (!ok)
    throw new Error(
      `${method} ${path}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  return res.body;
}
