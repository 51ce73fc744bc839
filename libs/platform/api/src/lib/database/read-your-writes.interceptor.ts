import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { finalize, type Observable } from 'rxjs';
import { CacheInvalidation } from './invalidation';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Per-user caches (the trainee's outline and course list) are dropped on every process by
 * PostgreSQL notifications at commit; this makes the process that served a user's write drop
 * that user's entries as soon as the request ends (after its commit), so the next read of the
 * same user never waits for the notification to arrive.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly invalidation: CacheInvalidation) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context
      .switchToHttp()
      .getRequest<{ method?: string; user?: { id?: unknown } }>();
    if (READS.has(request.method ?? 'GET')) return next.handle();
    return next.handle().pipe(
      finalize(() => {
        const id = request.user?.id;
        if (typeof id === 'string') this.invalidation.wroteAs(id);
      }),
    );
  }
}
