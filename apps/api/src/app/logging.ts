import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** JSON logs with a request id (taken from `x-request-id` when sane, echoed back). */
export function loggerOptions(level: string, pretty: boolean): Params {
  return {
    // Named wildcard (path-to-regexp v8), so Nest does not warn about a legacy `*` route.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const header = req.headers['x-request-id'];
        const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // A 503 is the database being away (ApiExceptionFilter warns once with the reason), not
      // a bug: a warning, so that error lines keep meaning "look at the code".
      customLogLevel: (_req, res, err) =>
        (err || res.statusCode >= 500) && res.statusCode !== 503
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
  };
}
