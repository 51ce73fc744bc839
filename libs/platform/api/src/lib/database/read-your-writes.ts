import type { CacheInvalidation } from './invalidation';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Answered {
  method: string;
  user?: { id?: unknown };
}

/**
 * Per-user caches (the trainee's outline and course list) are dropped on every process by
 * PostgreSQL notifications at commit; this makes the process that served a user's write drop
 * that user's entries as the response goes out (after its commit), so the next read of the
 * same user never waits for the notification. A Fastify `onSend` hook (configureHttpApp):
 * unlike a Nest interceptor it costs reads nothing.
 */
export function readYourWrites(
  invalidation: Pick<CacheInvalidation, 'wroteAs'>,
): <P>(
  request: Answered,
  reply: unknown,
  payload: P,
  done: (error: null, payload: P) => void,
) => void {
  return (request, _reply, payload, done) => {
    if (!READS.has(request.method)) {
      const id = request.user?.id;
      if (typeof id === 'string') invalidation.wroteAs(id);
    }
    done(null, payload);
  };
}
