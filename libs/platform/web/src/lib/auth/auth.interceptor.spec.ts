import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import type { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Injectable, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Observable } from 'rxjs';
import { firstValueFrom, map } from 'rxjs';
import { AccessTokenStorage } from './access-token.storage';
import { AuthSessionHandler } from './auth-session-handler';
import { authInterceptor } from './auth.interceptor';

/** Refreshes over HTTP, like the real SessionStore, so the test controller sees each refresh. */
@Injectable()
class FakeSessionHandler extends AuthSessionHandler {
  private readonly http = inject(HttpClient);
  readonly expired: string[] = [];

  refreshAccessToken(): Observable<string> {
    return this.http
      .post<{ accessToken: string }>('/api/auth/refresh', null)
      .pipe(map((response) => response.accessToken));
  }

  sessionExpired(returnUrl: string): void {
    this.expired.push(returnUrl);
  }
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let tokens: AccessTokenStorage;
  let session: FakeSessionHandler;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        FakeSessionHandler,
        { provide: AuthSessionHandler, useExisting: FakeSessionHandler },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    tokens = TestBed.inject(AccessTokenStorage);
    session = TestBed.inject(FakeSessionHandler);
  });

  afterEach(() => {
    backend.verify();
  });

  function unauthorized(url: string): void {
    backend
      .expectOne(url)
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
  }

  it('attaches the bearer token to /api requests', async () => {
    tokens.set('token-1');
    const result = firstValueFrom(http.get('/api/me'));

    const req = backend.expectOne('/api/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ id: 'u1' });
    await expect(result).resolves.toEqual({ id: 'u1' });
  });

  it.each(['/api/auth/login', '/api/auth/register', '/api/auth/refresh'])(
    'sends no token to %s',
    (url) => {
      tokens.set('token-1');
      http.post(url, {}).subscribe();
      expect(backend.expectOne(url).request.headers.has('Authorization')).toBe(false);
    },
  );

  it('sends no token outside /api or to another origin', () => {
    tokens.set('token-1');
    http.get('/assets/config.json').subscribe();
    http.get('https://example.org/api/me').subscribe();
    http.get(`${document.location.origin}/api/me`).subscribe();
    expect(backend.expectOne('/assets/config.json').request.headers.has('Authorization')).toBe(
      false,
    );
    expect(
      backend.expectOne('https://example.org/api/me').request.headers.has('Authorization'),
    ).toBe(false);
    expect(
      backend.expectOne(`${document.location.origin}/api/me`).request.headers.get('Authorization'),
    ).toBe('Bearer token-1');
  });

  it('sends no header when there is no token', () => {
    http.get('/api/me').subscribe();
    expect(backend.expectOne('/api/me').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    tokens.set('stale');
    const result = firstValueFrom(http.get('/api/me'));

    unauthorized('/api/me');
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresh' });
    const retry = backend.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh');
    retry.flush({ id: 'u1' });

    await expect(result).resolves.toEqual({ id: 'u1' });
    expect(tokens.token()).toBe('fresh');
    expect(session.expired).toEqual([]);
  });

  it('shares one refresh among concurrent 401s', async () => {
    tokens.set('stale');
    const results = Promise.all([
      firstValueFrom(http.get('/api/me')),
      firstValueFrom(http.get('/api/users')),
      firstValueFrom(http.get('/api/courses')),
    ]);

    unauthorized('/api/me');
    unauthorized('/api/users');
    unauthorized('/api/courses');
    // expectOne fails if a second refresh was sent.
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresh' });

    for (const url of ['/api/me', '/api/users', '/api/courses']) {
      const retry = backend.expectOne(url);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh');
      retry.flush({ url });
    }
    await expect(results).resolves.toEqual([
      { url: '/api/me' },
      { url: '/api/users' },
      { url: '/api/courses' },
    ]);
  });

  it('starts a new refresh for a 401 after the previous refresh finished', () => {
    tokens.set('stale');
    http.get('/api/me').subscribe();
    unauthorized('/api/me');
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresh' });
    backend.expectOne('/api/me').flush({});

    http.get('/api/me').subscribe();
    unauthorized('/api/me');
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresher' });
    expect(backend.expectOne('/api/me').request.headers.get('Authorization')).toBe(
      'Bearer fresher',
    );
  });

  it('clears the session once and fails the requests when the refresh fails', async () => {
    tokens.set('stale');
    const first = firstValueFrom(http.get('/api/me'));
    const second = firstValueFrom(http.get('/api/users'));

    unauthorized('/api/me');
    unauthorized('/api/users');
    unauthorized('/api/auth/refresh');

    await expect(first).rejects.toMatchObject({ status: 401 });
    await expect(second).rejects.toMatchObject({ status: 401 });
    expect(tokens.token()).toBeNull();
    expect(session.expired).toEqual(['/']);
  });

  it('does not refresh again when the retried request is still unauthorised', async () => {
    tokens.set('stale');
    const result = firstValueFrom(http.get('/api/me'));

    unauthorized('/api/me');
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresh' });
    unauthorized('/api/me');

    const error = (await result.catch((e: unknown) => e)) as HttpErrorResponse;
    expect(error.status).toBe(401);
    backend.expectNone('/api/auth/refresh');
  });

  it('passes other errors through without refreshing', async () => {
    tokens.set('token-1');
    const result = firstValueFrom(http.get('/api/users'));
    backend
      .expectOne('/api/users')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'no' },
        { status: 403, statusText: 'Forbidden' },
      );
    await expect(result).rejects.toMatchObject({ status: 403 });
    backend.expectNone('/api/auth/refresh');
  });

  it('does not refresh when logout answers 401', async () => {
    tokens.set('token-1');
    const result = firstValueFrom(http.post('/api/auth/logout', null));
    unauthorized('/api/auth/logout');
    await expect(result).rejects.toMatchObject({ status: 401 });
    backend.expectNone('/api/auth/refresh');
  });
});
