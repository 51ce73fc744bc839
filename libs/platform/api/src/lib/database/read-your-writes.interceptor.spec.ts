import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import type { DataSource } from 'typeorm';
import { CacheInvalidation } from './invalidation';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

describe('ReadYourWritesInterceptor', () => {
  // Not connected: only wroteAs() is exercised, which needs no database.
  const invalidation = new CacheInvalidation({} as DataSource);
  const interceptor = new ReadYourWritesInterceptor(invalidation);
  const dropped: string[] = [];
  jest.spyOn(invalidation, 'wroteAs').mockImplementation((id) => {
    dropped.push(id);
  });
  const context = (method: string, user?: { id: string }) =>
    ({
      switchToHttp: () => ({ getRequest: () => ({ method, user }) }),
    }) as unknown as ExecutionContext;
  const handler = (fails = false): CallHandler => ({
    handle: () => (fails ? throwError(() => new Error('refused')) : of('ok')),
  });

  beforeEach(() => {
    dropped.length = 0;
  });

  it("drops the writer's per-user cache entries when a write request ends, failed or not", async () => {
    await lastValueFrom(interceptor.intercept(context('POST', { id: 'u1' }), handler()));
    await expect(
      lastValueFrom(interceptor.intercept(context('PUT', { id: 'u2' }), handler(true))),
    ).rejects.toThrow('refused');
    expect(dropped).toEqual(['u1', 'u2']);
  });

  it('leaves caches alone for reads and for anonymous requests', async () => {
    await lastValueFrom(interceptor.intercept(context('GET', { id: 'u1' }), handler()));
    await lastValueFrom(interceptor.intercept(context('POST'), handler()));
    expect(dropped).toEqual([]);
  });
});
