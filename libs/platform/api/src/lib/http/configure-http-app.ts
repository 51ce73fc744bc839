import fastifyCookie from '@fastify/cookie';
import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { parse as parseQuery } from 'node:querystring';
import { CacheInvalidation } from '../database/invalidation';
import { readYourWrites } from '../database/read-your-writes';
import { ApiExceptionFilter, toApiError } from '../errors/api-exception.filter';
import { createValidationPipe } from '../validation/validation';
import { JSON_BODY_LIMIT, registerBodyParsers } from './body-parsers';
import { inputGuard } from './input-guard';
import { requestContext, settleRequestId } from './request-context';

export const API_PREFIX = 'api';
/** `/api` and anything under it, in any letter case (the routes are matched without case). */
export const API_PATH = new RegExp(`^/${API_PREFIX}(?:[/?#]|$)`, 'i');
export { JSON_BODY_LIMIT };

export interface HttpAppOptions {
  trustProxy: boolean;
  /**
   * Send Strict-Transport-Security (one year, subdomains). Only where the site is served over
   * HTTPS: in production, or behind a proxy that ends TLS (PlatformConfig.hsts).
   */
  hsts?: boolean;
}

/**
 * Errors Fastify answers before any hook runs, as ApiError with the request id. A path that is
 * not valid percent-encoding names no API route (404, as on Express); elsewhere it is a 400.
 */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const exception =
    error.code !== 'FST_ERR_BAD_URL'
      ? new HttpException(error.message, error.statusCode ?? 400)
      : API_PATH.test(request.url)
        ? new NotFoundException(`Cannot ${request.method} ${request.url}`)
        : new BadRequestException('The URL path is not valid percent-encoding');
  const body = toApiError(exception, request.id);
  void reply.code(body.statusCode).header('x-request-id', request.id).send(body);
}

/** The security headers of every response (helmet), with the Content-Security-Policy the web app needs. */
function securityHeaderOptions(hsts: boolean): HelmetOptions {
  return {
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
    strictTransportSecurity: hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/**
 * Sets the security headers on a response. helmet itself, built once: @fastify/helmet builds a
 * helmet middleware, CSP parsing included, for every request.
 */
function securityHeaders(
  hsts: boolean,
): (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void {
  const headers = helmet(securityHeaderOptions(hsts));
  return (request, reply, done) => {
    // helmet throws its errors (since 8.1) rather than passing them on.
    headers(request.raw, reply.raw, () => {
      done();
    });
  };
}

/**
 * The HTTP server (Fastify) as the API runs it, answering like it did on Express: routing by
 * Express's defaults (case-insensitive, a trailing slash ignored, no limit on a path parameter's
 * length, the query parsed by node:querystring), Node's timeouts, the request id settled first,
 * the proxy trusted or not.
 */
export function createHttpAdapter(options: HttpAppOptions): FastifyAdapter {
  // Fastify answers a malformed path before any hook: the same headers, set here.
  const headers = securityHeaders(options.hsts ?? false);
  return new FastifyAdapter({
    trustProxy: options.trustProxy,
    // Node's defaults, which Express kept and Fastify changes (no request timeout, 72 s).
    requestTimeout: 300_000,
    keepAliveTimeout: 5_000,
    bodyLimit: JSON_BODY_LIMIT,
    requestIdHeader: false,
    genReqId: settleRequestId,
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      headers(request, reply, () => {
        answerFrameworkError(error, request, reply);
      });
    },
    routerOptions: {
      caseSensitive: false,
      ignoreTrailingSlash: true,
      // Node's header limit (16 KiB) bounds a URL already.
      maxParamLength: 16 * 1024,
      querystringParser: (query) => parseQuery(query),
    },
  });
}

/**
 * Everything main.ts and the tests must apply identically: the request context, security
 * headers, cookies, the 1 MB body limit, the input guard, the global validation pipe and error
 * filter. Create the app with `createHttpAdapter()` and `{ bodyParser: false }` so the parsers
 * here are the only ones.
 */
export async function configureHttpApp(
  app: NestFastifyApplication,
  options: HttpAppOptions,
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', requestContext);
  fastify.addHook('onRequest', securityHeaders(options.hsts ?? false));
  await app.register(fastifyCookie);
  registerBodyParsers(fastify);
  fastify.addHook('preValidation', inputGuard);
  fastify.addHook('onSend', readYourWrites(app.get(CacheInvalidation)));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}
