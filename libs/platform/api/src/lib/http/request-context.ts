import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[\w.-]{1,64}$/;
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request being handled (the one in its logs), if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * First middleware: settles the request id (a sane `x-request-id` from the caller, else a new
 * UUID), so the logs and the audit events of one request carry the same id.
 */
export function requestContext(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  req.headers['x-request-id'] = requestId;
  storage.run({ requestId }, next);
}
