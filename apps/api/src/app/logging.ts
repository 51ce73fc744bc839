import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';

/**
 * JSON logs with the request id: Fastify's (`settleRequestId`: the caller's `x-request-id` when
 * sane), which @fastify/middie hands to pino-http as `req.id`.
 */
export function loggerOptions(level: string, pretty: boolean): Params {
  return {
    // Named wildcard (path-to-regexp v8), so Nest does not warn about a legacy `*` route.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // A 503 is the database being away (ApiExceptionFilter warns once with the reason), not
      // a bug: a warning, so that error lines keep meaning "look at the code".
      customLogLevel: (_req, res, err) =>
        (err || res.statusCode >= 500) && res.statusCode !== 503
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
      // Nest middleware runs under @fastify/middie, which strips the matched path from
      // `req.url` while it runs: the request's path is `originalUrl`.
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string; originalUrl?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.originalUrl ?? req.url,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: {
        ignore: (req: IncomingMessage & { originalUrl?: string }) =>
          (req.originalUrl ?? req.url) === '/api/health',
      },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
  };
}
