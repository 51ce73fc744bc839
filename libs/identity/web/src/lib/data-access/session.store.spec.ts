import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AccessTokenStorage } from '@lms/platform/web';
import type { AuthResponse, MeResponse } from '@lms/shared/contracts';
import { Permission, Profession, Role } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { firstValueFrom, of, throwError } from 'rxjs';
import { IdentityApi } from './identity.api';
import { SessionStore } from './session.store';

const me: MeResponse = {
  id: 'u1',
  email: 'trainee@demo.test',
  fullName: 'Tara Trainee',
  profession: Profession.SocialWorker,
  roles: [Role.Trainee],
  licenses: [],
};

const instructorLogin: AuthResponse = {
  user: { id: 'u2', email: 'i@demo.test', fullName: 'Ivy Instructor', roles: [Role.Instructor] },
  accessToken: 'token-login',
};

const unauthorized = (): Observable<never> =>
  throwError(() => new HttpErrorResponse({ status: 401, error: { message: 'no' } }));

/** A typed fake of the API client: each test sets what the routes answer. */
class FakeIdentityApi implements Partial<IdentityApi> {
  refresh = jest.fn(() => of({ accessToken: 'token-refreshed' }));
  me = jest.fn(() => of(me));
  login = jest.fn(() => of(instructorLogin));
  register = jest.fn(() => of(instructorLogin));
  logout = jest.fn(() => of(undefined));
}

describe('SessionStore', () => {
  let api: FakeIdentityApi;
  let store: SessionStore;
  let tokens: AccessTokenStorage;
  let router: Router;

  beforeEach(() => {
    api = new FakeIdentityApi();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: IdentityApi, useValue: api }],
    });
    store = TestBed.inject(SessionStore);
    tokens = TestBed.inject(AccessTokenStorage);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  it('starts unknown and signed out', () => {
    expect(store.status()).toBe('unknown');
    expect(store.isSignedIn()).toBe(false);
    expect(store.roles()).toEqual([]);
  });

  it('restores the session from the refresh cookie', async () => {
    await store.restore();
    expect(tokens.token()).toBe('token-refreshed');
    expect(store.isSignedIn()).toBe(true);
    expect(store.user()).toEqual({
      id: 'u1',
      email: 'trainee@demo.test',
      fullName: 'Tara Trainee',
      roles: [Role.Trainee],
    });
    expect(store.landingPath()).toBe('/my-courses');
  });

  it('treats a failed restore as signed out, without throwing', async () => {
    api.refresh.mockImplementation(unauthorized);
    await expect(store.restore()).resolves.toBeUndefined();
    expect(store.status()).toBe('signed-out');
    expect(tokens.token()).toBeNull();
    expect(api.me).not.toHaveBeenCalled();
  });

  it('forgets the token when /api/me fails after a refresh', async () => {
    api.me.mockImplementation(unauthorized);
    await store.restore();
    expect(store.isSignedIn()).toBe(false);
    expect(tokens.token()).toBeNull();
  });

  it('signs in, keeping the token in memory and exposing roles and permissions', async () => {
    const user = await store.signIn({ email: 'i@demo.test', password: 'Demo-Passw0rd!' });
    expect(user.roles).toEqual([Role.Instructor]);
    expect(tokens.token()).toBe('token-login');
    expect(store.landingPath()).toBe('/authoring');
    expect(store.can(Permission.RoleplayGrade)).toBe(true);
    expect(store.can(Permission.UserManage)).toBe(false);
  });

  it('leaves the session untouched when sign-in fails', async () => {
    api.login.mockImplementation(unauthorized);
    await expect(
      store.signIn({ email: 'x@y.z', password: 'wrong-password' }),
    ).rejects.toMatchObject({
      status: 401,
    });
    expect(store.isSignedIn()).toBe(false);
    expect(tokens.token()).toBeNull();
  });

  it('signs out locally even when the server call fails, then shows sign-in', async () => {
    await store.signIn({ email: 'i@demo.test', password: 'Demo-Passw0rd!' });
    api.logout.mockImplementation(unauthorized);
    await store.signOut();
    expect(store.isSignedIn()).toBe(false);
    expect(tokens.token()).toBeNull();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/login');
  });

  it('expires the session and keeps a safe returnUrl', async () => {
    await store.signIn({ email: 'i@demo.test', password: 'Demo-Passw0rd!' });
    store.sessionExpired('/grading?page=2');
    expect(store.isSignedIn()).toBe(false);
    expect(tokens.token()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/grading?page=2' },
    });

    store.sessionExpired('//evil.example');
    expect(router.navigate).toHaveBeenLastCalledWith(['/login'], {});
  });

  it('hands the interceptor a fresh access token', async () => {
    await expect(firstValueFrom(store.refreshAccessToken())).resolves.toBe('token-refreshed');
  });

  it('updates the toolbar user after a profile edit of the same user only', async () => {
    await store.restore();
    store.updateUser({ ...me, fullName: 'Tara T. Trainee' });
    expect(store.user()?.fullName).toBe('Tara T. Trainee');
    store.updateUser({ ...me, id: 'someone-else', fullName: 'Other' });
    expect(store.user()?.fullName).toBe('Tara T. Trainee');
  });
});
