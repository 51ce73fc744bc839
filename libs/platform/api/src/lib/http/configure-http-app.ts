import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import bodyParser from 'body-parser';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { ApiExceptionFilter, toApiError } from '../errors/api-exception.filter';
import { createValidationPipe } from '../validation/validation';
import { inputGuard } from './input-guard';
import { requestContext } from './request-context';

export const API_PREFIX = 'api';
export const JSON_BODY_LIMIT = '1mb';

export interface HttpAppOptions {
  trustProxy: boolean;
  /**
   * Send Strict-Transport-Security (one year, subdomains). Only where the site is served over
   * HTTPS: in production, or behind a proxy that ends TLS (PlatformConfig.hsts).
   */
  hsts?: boolean;
}

/**
 * Wraps a body parser so its failures (413 too large, 400 malformed) are answered here as
 * ApiError JSON; an express error would otherwise bypass Nest's exception filter.
 */
function answeringErrors(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void parser(req, res, (error?: unknown) => {
      if (error === undefined || error === null) {
        next();
        return;
      }
      const body = toApiError(
        error,
        typeof (req as { id?: unknown }).id === 'string'
          ? String((req as { id?: unknown }).id)
          : undefined,
      );
      res.status(body.statusCode).json(body);
    });
  };
}

/**
 * Everything main.ts and the tests must apply identically: security headers, cookies,
 * the 1 MB body limit, the global validation pipe and error filter. Create the app with
 * `{ bodyParser: false }` so the limit here is the only parser.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', options.trustProxy);
  express.disable('x-powered-by');
  express.use(requestContext);
  express.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'"],
          // Angular and Material insert component styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: options.hsts
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    }),
  );
  express.use(cookieParser());
  express.use(answeringErrors(bodyParser.json({ limit: JSON_BODY_LIMIT })));
  express.use(answeringErrors(bodyParser.urlencoded({ limit: JSON_BODY_LIMIT, extended: false })));
  express.use(inputGuard);
  express.setGlobalPrefix(API_PREFIX);
  express.useGlobalPipes(createValidationPipe());
  express.useGlobalFilters(new ApiExceptionFilter());
}
