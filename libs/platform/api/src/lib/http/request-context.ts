import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const REQUEST_ID = /^[\w.-]{1,64}$/;
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request being handled (the one in its logs), if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Settles the request id (a sane `x-request-id` from the caller, else a new UUID) and writes it
 * back to the header, so the logs, the error bodies and the audit events of one request carry
 * the same id. Fastify's `genReqId`: it runs before any hook or middleware.
 */
export function settleRequestId(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  req.headers['x-request-id'] = requestId;
  return requestId;
}

/**
 * `onRequest` hook: echoes the request id, and runs the rest of the request (body parsing
 * included: Fastify binds its callback to this context) with the id in reach of
 * `currentRequestId()`.
 */
export function requestContext(
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  void reply.header('x-request-id', request.id);
  storage.run({ requestId: request.id }, done);
}
