import { type ArgumentsHost, BadRequestException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  ApiExceptionFilter,
  toApiError,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './api-exception.filter';
import { databaseUnavailableReason } from './database-unavailable';
import { DomainException } from './domain.exception';

function pgError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

function queryFailed(code: string, message: string): QueryFailedError {
  return new QueryFailedError('SELECT secret FROM "identity"."user"', [], pgError(code, message));
}

class TooFast extends DomainException<'TOO_FAST'> {
  readonly status = HttpStatus.TOO_MANY_REQUESTS;
  constructor() {
    super('TOO_FAST', 'Slow down');
    this.retryAfterSeconds = 7;
  }
}

describe('database outages', () => {
  it.each([
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['admin shutdown', queryFailed('57P01', 'terminating connection due to administrator command')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['database dropped', pgError('3D000', 'database "x" does not exist')],
    ['statement timeout', queryFailed('57014', 'canceling statement due to statement timeout')],
    ['terminated socket', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped in a cause', new Error('outer', { cause: pgError('ECONNRESET', 'read ECONNRESET') })],
  ])('recognises %s', (_name, error) => {
    expect(databaseUnavailableReason(error)).not.toBeNull();
  });

  it.each([
    ['a missing table', queryFailed('42P01', 'relation "identity.user" does not exist')],
    ['a unique violation', queryFailed('23505', 'duplicate key value')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('does not mistake %s for an outage', (_name, error) => {
    expect(databaseUnavailableReason(error)).toBeNull();
  });

  it('answers an outage 503 SERVICE_UNAVAILABLE with the request id', () => {
    expect(toApiError(queryFailed('57P01', 'terminating connection'), 'req-1')).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is briefly unavailable. Please try again in a few seconds.',
      requestId: 'req-1',
    });
  });

  it('answers any other unknown error with a generic 500: no message, SQL or stack', () => {
    const body = toApiError(queryFailed('42P01', 'relation "identity.user" does not exist'), 'r2');
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'INTERNAL',
      message: 'An unexpected error occurred. Quote the request id when reporting it.',
      requestId: 'r2',
    });
    expect(JSON.stringify(body)).not.toMatch(/SELECT|relation|identity|at |stack/);
  });
});

describe('ApiExceptionFilter', () => {
  function respond(exception: unknown): {
    status: number;
    headers: Record<string, string>;
    body: unknown;
  } {
    const result = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
    // A Fastify reply, as far as the filter uses it.
    const response = {
      raw: {},
      sent: false,
      header: (name: string, value: string) => {
        result.headers[name.toLowerCase()] = value;
        return response;
      },
      code: (code: number) => {
        result.status = code;
        return response;
      },
      send: (body: unknown) => {
        result.body = body;
        return response;
      },
    };
    const host = {
      switchToHttp: () => ({
        getRequest: () => ({ id: 'req-9', url: '/api/x' }),
        getResponse: () => response,
      }),
    } as unknown as ArgumentsHost;
    const filter = new ApiExceptionFilter();
    jest.spyOn(filter['logger'], 'warn').mockImplementation(() => undefined);
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(exception, host);
    return result;
  }

  it('asks the client to retry after a few seconds when the database is away', () => {
    const res = respond(pgError('ECONNREFUSED', 'connect ECONNREFUSED'));
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe(String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  });

  it('passes on the wait a domain exception names', () => {
    const res = respond(new TooFast());
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('7');
  });

  it('sends no Retry-After for ordinary errors', () => {
    expect(respond(new BadRequestException()).headers['retry-after']).toBeUndefined();
    expect(respond(new Error('boom')).headers['retry-after']).toBeUndefined();
  });
});
