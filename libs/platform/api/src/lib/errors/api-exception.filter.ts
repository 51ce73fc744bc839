import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type ApiError, ErrorCode } from '@lms/shared/contracts';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
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
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

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

function requestIdOf(request: Request): string | undefined {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
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
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = toApiError(exception, requestIdOf(request));
    const unavailable = databaseUnavailableReason(exception);
    if (unavailable !== null) {
      // One line per request while the database is away, without the stack.
      this.logger.warn(
        { requestId: body.requestId, path: request.originalUrl, reason: unavailable },
        'Database unavailable',
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, requestId: body.requestId, path: request.originalUrl },
        'Unhandled error',
      );
    }
    if (response.headersSent) return;
    const retryAfter = retryAfterOf(exception, body.statusCode);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }
}
