import type { HttpTestingController } from '@angular/common/http/testing';
import { apiError, verification } from '../testing/credentials-fixtures';
import { fail, request } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { VerifyStore } from './verify.store';

describe('VerifyStore', () => {
  let store: VerifyStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUpStore(VerifyStore));
  });

  afterEach(() => {
    backend.verify();
  });

  it('asks the public route for the code and keeps the answer', async () => {
    const done = store.verify('THR-7K2M-9QXA');
    const get = await request('GET', '/api/verify/THR-7K2M-9QXA');
    expect(get.request.headers.has('Authorization')).toBe(false);
    get.flush(verification());
    await done;
    expect(store.result()?.valid).toBe(true);
    expect(store.notFound()).toBe(false);
  });

  it('encodes the code into the path', async () => {
    const done = store.verify('a/b c');
    (await request('GET', '/api/verify/a%2Fb%20c')).flush(verification());
    await done;
    expect(store.code()).toBe('a/b c');
  });

  it('tells an unknown code (404) from other failures', async () => {
    let done = store.verify('NOPE');
    fail(await request('GET', '/api/verify/NOPE'), 404, apiError(404, 'CERTIFICATE_NOT_FOUND'));
    await done;
    expect(store.notFound()).toBe(true);
    expect(store.errors()).toEqual([]);

    done = store.verify('SLOW');
    fail(await request('GET', '/api/verify/SLOW'), 503, apiError(503, 'UNAVAILABLE'));
    await done;
    expect(store.notFound()).toBe(false);
    expect(store.errors()).toEqual([
      'Something went wrong on our side. Please try again in a moment.',
    ]);
  });

  it('ignores the answer to a code that was replaced by another', async () => {
    const first = store.verify('FIRST');
    const firstRequest = await request('GET', '/api/verify/FIRST');
    const second = store.verify('SECOND');
    (await request('GET', '/api/verify/SECOND')).flush(
      verification({ verificationCode: 'SECOND' }),
    );
    firstRequest.flush(verification({ verificationCode: 'FIRST' }));
    await Promise.all([first, second]);
    expect(store.result()?.verificationCode).toBe('SECOND');
  });
});
