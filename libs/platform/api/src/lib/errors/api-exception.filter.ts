import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type ApiError, ErrorCode } from '@lms/shared/contracts';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { databaseUnavailableReason } from './database-unavailable';
import { DomainException } from './domain.exception';

/** What a 503 asks the client to wait before trying again (the database is usually back by then). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const CODE_BY_STATUS: Partial<Record<number, string>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  413: ErrorCode.PayloadTooLarge,
  // A body in a charset or encoding the API does not read, or whose Content-Type is no media type.
  415: ErrorCode.ValidationFailed,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** A body that could not be read or parsed (BodyReadError: body-parser's status and type). */
interface BodyParserError {
  type: string;
  status: number;
  expose?: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/** A Fastify request, or the Node.js one where Nest middleware failed. */
interface AnyRequest {
  id?: unknown;
  url?: string;
  originalUrl?: string;
}

function requestIdOf(request: AnyRequest): string | undefined {
  return typeof request.id === 'string' ? request.id : undefined;
}

/** Sends the error on a Fastify reply, or on the Node.js response where Nest middleware failed. */
function sendError(
  response: FastifyReply | ServerResponse,
  body: ApiError,
  retryAfter: number | undefined,
): void {
  if ('raw' in response) {
    if (response.sent) return;
    if (retryAfter !== undefined) void response.header('Retry-After', String(retryAfter));
    void response.code(body.statusCode).send(body);
    return;
  }
  if (response.headersSent) return;
  const json = JSON.stringify(body);
  response.writeHead(body.statusCode, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    ...(retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }),
  });
  response.end(json);
}

/**
 * Builds ApiError bodies for every failure. A database outage becomes a 503; any other unknown
 * error a generic 500 with the request id: never its message, stack or SQL.
 */
export function toApiError(exception: unknown, requestId?: string): ApiError {
  if (exception instanceof DomainException) {
    return {
      statusCode: exception.status,
      error: STATUS_CODES[exception.status] ?? 'Error',
      code: String(exception.code),
      message: exception.message,
      ...exception.details,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const body: Record<string, unknown> =
      typeof response === 'string' ? { message: response } : { ...response };
    const message = body['message'];
    return {
      ...body,
      statusCode: status,
      error: typeof body['error'] === 'string' ? body['error'] : (STATUS_CODES[status] ?? 'Error'),
      code: typeof body['code'] === 'string' ? body['code'] : CODE_BY_STATUS[status],
      message:
        typeof message === 'string' || Array.isArray(message)
          ? (message as string | string[])
          : exception.message,
    };
  }
  if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
    const status = exception.status;
    const message =
      exception.type === 'entity.too.large'
        ? 'request body is larger than the 1 MB limit'
        : exception.type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : `request body could not be read (${exception.type})`;
    return {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      code: CODE_BY_STATUS[status] ?? ErrorCode.ValidationFailed,
      message,
    };
  }
  if (databaseUnavailableReason(exception) !== null) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      code: ErrorCode.ServiceUnavailable,
      message: 'The service is briefly unavailable. Please try again in a few seconds.',
      requestId,
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: 'Internal Server Error',
    code: ErrorCode.Internal,
    message: 'An unexpected error occurred. Quote the request id when reporting it.',
    requestId,
  };
}

/** Seconds for the Retry-After header: what the exception says, or a default for any 503. */
function retryAfterOf(exception: unknown, status: number): number | undefined {
  const seconds = exception instanceof DomainException ? exception.retryAfterSeconds : undefined;
  if (seconds !== undefined && seconds > 0) return Math.ceil(seconds);
  return status === (HttpStatus.SERVICE_UNAVAILABLE as number)
    ? UNAVAILABLE_RETRY_AFTER_SECONDS
    : undefined;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AnyRequest>();
    const body = toApiError(exception, requestIdOf(request));
    const path = request.originalUrl ?? request.url;
    const unavailable = databaseUnavailableReason(exception);
    if (unavailable !== null) {
      // One line per request while the database is away, without the stack.
      this.logger.warn(
        { requestId: body.requestId, path, reason: unavailable },
        'Database unavailable',
      );
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId, path }, 'Unhandled error');
    }
    sendError(
      http.getResponse<FastifyReply | ServerResponse>(),
      body,
      retryAfterOf(exception, body.statusCode),
    );
  }
}
