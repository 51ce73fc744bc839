import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { finished, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { parse as parseQueryString } from 'qs';

/** The largest JSON or form body read (1 MiB). Uploads are read by `receiveUpload`, not here. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** Form fields read from one urlencoded body; more is a 413. */
const PARAMETER_LIMIT = 1000;

/**
 * A body that cannot be read or parsed. `status` and `type` are body-parser's, which the API
 * answered with before the move to Fastify: ApiExceptionFilter turns them into the same ApiError
 * (413 too large, 400 malformed, 415 unsupported charset).
 */
export class BodyReadError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'BodyReadError';
  }
}

/** Whether the request says it carries a body (type-is `hasBody`): a length or chunked. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (
    req.headers['transfer-encoding'] !== undefined ||
    (length !== undefined && !Number.isNaN(Number(length)))
  );
}

function charsetOf(req: IncomingMessage): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(
    req.headers['content-type'] ?? '',
  );
  const charset = match?.[1] ?? match?.[2];
  return charset ? charset.toLowerCase() : undefined;
}

function unsupportedCharset(charset: string): BodyReadError {
  return new BodyReadError(
    415,
    'charset.unsupported',
    `unsupported charset "${charset.toUpperCase()}"`,
  );
}

function decompressor(encoding: string): Transform {
  switch (encoding) {
    case 'gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new BodyReadError(
        415,
        'encoding.unsupported',
        `unsupported content encoding "${encoding}"`,
      );
  }
}

/**
 * Reads the whole body (inflating gzip, deflate or br) up to `limit` bytes. On failure the rest
 * of the request is read off before answering, so that the client gets the answer rather than
 * a reset connection.
 */
function readBody(req: IncomingMessage, payload: Readable, limit: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    const declared =
      encoding === 'identity' ? Number(req.headers['content-length'] ?? Number.NaN) : Number.NaN;
    let inflater: Transform | undefined;
    let settled = false;
    const fail = (error: BodyReadError): void => {
      if (settled) return;
      settled = true;
      if (inflater) {
        payload.unpipe(inflater);
        inflater.destroy();
      }
      finished(req, () => {
        reject(error);
      });
      req.resume();
    };
    if (declared > limit) {
      fail(new BodyReadError(413, 'entity.too.large', 'request entity too large'));
      return;
    }
    try {
      if (encoding !== 'identity') inflater = payload.pipe(decompressor(encoding));
    } catch (error) {
      fail(error as BodyReadError);
      return;
    }
    const stream: Readable = inflater ?? payload;
    const chunks: Buffer[] = [];
    let received = 0;
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > limit) {
        fail(new BodyReadError(413, 'entity.too.large', 'request entity too large'));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      if (settled) return;
      if (!Number.isNaN(declared) && received !== declared) {
        fail(
          new BodyReadError(
            400,
            'request.size.invalid',
            'request size did not match content length',
          ),
        );
        return;
      }
      settled = true;
      resolve(Buffer.concat(chunks, received));
    });
    stream.on('error', () => {
      fail(
        inflater === undefined
          ? new BodyReadError(400, 'request.aborted', 'request aborted')
          : new BodyReadError(400, 'encoding.failed', `the ${encoding} body could not be decoded`),
      );
    });
    req.on('aborted', () => {
      fail(new BodyReadError(400, 'request.aborted', 'request aborted'));
    });
  });
}

function decode(body: Buffer, charset: string): string {
  if (charset === 'iso-8859-1') return body.toString('latin1');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset); // strips a byte-order mark, as body-parser did
  } catch {
    throw unsupportedCharset(charset);
  }
  return decoder.decode(body);
}

const FIRST_NON_WHITESPACE = /^[ \t\n\r]*([^ \t\n\r]|$)/;

/** JSON as body-parser's `json()` read it: an object or array only, empty as `{}`. */
export function parseJsonText(text: string): unknown {
  if (text.length === 0) return {};
  const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[')
    throw new BodyReadError(400, 'entity.parse.failed', 'JSON body must be an object or array');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyReadError(400, 'entity.parse.failed', (error as Error).message);
  }
}

/** A form body as body-parser's `urlencoded({ extended: false })` read it (qs, depth 0). */
export function parseFormText(text: string, charset: 'utf-8' | 'iso-8859-1'): unknown {
  if (text.length === 0) return {};
  let parameters = 0;
  let at = -1;
  do {
    parameters += 1;
    if (parameters > PARAMETER_LIMIT)
      throw new BodyReadError(413, 'parameters.too.many', 'too many parameters');
    at = text.indexOf('&', at + 1);
  } while (at !== -1);
  try {
    return parseQueryString(text, {
      allowPrototypes: true,
      arrayLimit: parameters,
      depth: 0,
      charset,
      parameterLimit: PARAMETER_LIMIT,
      strictDepth: true,
    });
  } catch (error) {
    if (error instanceof RangeError)
      throw new BodyReadError(400, 'querystring.parse.rangeError', 'The input exceeded the depth');
    throw new BodyReadError(400, 'entity.parse.failed', (error as Error).message);
  }
}

type BodyParser = (request: FastifyRequest, payload: Readable) => Promise<unknown>;

function jsonBody(limit: number): BodyParser {
  return async (request, payload) => {
    if (!hasBody(request.raw)) return undefined;
    const charset = charsetOf(request.raw) ?? 'utf-8';
    if (!charset.startsWith('utf-')) throw unsupportedCharset(charset);
    return parseJsonText(decode(await readBody(request.raw, payload, limit), charset));
  };
}

function formBody(limit: number): BodyParser {
  return async (request, payload) => {
    if (!hasBody(request.raw)) return undefined;
    const charset = charsetOf(request.raw) ?? 'utf-8';
    if (charset !== 'utf-8' && charset !== 'iso-8859-1') throw unsupportedCharset(charset);
    return parseFormText(decode(await readBody(request.raw, payload, limit), charset), charset);
  };
}

/**
 * The request bodies the API reads: JSON and urlencoded forms up to `limit`, with body-parser's
 * rules and errors. Any other type (multipart uploads, which `receiveUpload` streams itself,
 * or text nobody reads) is left unread with no body, as on Express.
 */
export function registerBodyParsers(fastify: FastifyInstance, limit = JSON_BODY_LIMIT): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', jsonBody(limit));
  fastify.addContentTypeParser('application/x-www-form-urlencoded', formBody(limit));
  fastify.addContentTypeParser('*', (_request, _payload, done) => {
    done(null, undefined);
  });
}
