import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot, UrlTree } from '@angular/router';
import { Router, provideRouter } from '@angular/router';
import type { UserSummary } from '@lms/shared/contracts';
import { Permission, Role } from '@lms/shared/contracts';
import { of } from 'rxjs';
import { IdentityApi } from '../data-access/identity.api';
import { SessionStore } from '../data-access/session.store';
import { authGuard, guestGuard, landingRedirect, roleGuard } from './guards';

const route = {} as ActivatedRouteSnapshot;
const state = (url: string): RouterStateSnapshot => ({ url }) as RouterStateSnapshot;

let user: UserSummary;
const fakeApi: Partial<IdentityApi> = { login: () => of({ user, accessToken: 't' }) };

function signInAs(roles: Role[]): Promise<UserSummary> {
  user = { id: 'u1', email: 'a@demo.test', fullName: 'A', roles };
  return TestBed.inject(SessionStore).signIn({ email: user.email, password: 'x' });
}

function serialize(result: unknown): string {
  return TestBed.inject(Router).serializeUrl(result as UrlTree);
}

describe('identity guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: IdentityApi, useValue: fakeApi }],
    });
  });

  it('authGuard sends signed-out users to sign in with a returnUrl', () => {
    const result = TestBed.runInInjectionContext(() => authGuard(route, state('/grading')));
    expect(serialize(result)).toBe('/login?returnUrl=%2Fgrading');
  });

  it('authGuard lets a signed-in user through', async () => {
    await signInAs([Role.Trainee]);
    expect(TestBed.runInInjectionContext(() => authGuard(route, state('/profile')))).toBe(true);
  });

  it('roleGuard checks the shared permission map', async () => {
    await signInAs([Role.Trainee, Role.Instructor]);
    const grading = TestBed.runInInjectionContext(() =>
      roleGuard(Permission.RoleplayGrade)(route, state('/grading')),
    );
    expect(grading).toBe(true);
    const users = TestBed.runInInjectionContext(() =>
      roleGuard(Permission.UserManage)(route, state('/admin/users')),
    );
    expect(serialize(users)).toBe('/not-authorised');
  });

  it('roleGuard sends signed-out users to sign in', () => {
    const result = TestBed.runInInjectionContext(() =>
      roleGuard(Permission.UserManage)(route, state('/admin/users')),
    );
    expect(serialize(result)).toBe('/login?returnUrl=%2Fadmin%2Fusers');
  });

  it('guestGuard and the root redirect send a signed-in admin to /admin/users', async () => {
    expect(TestBed.runInInjectionContext(() => guestGuard(route, state('/login')))).toBe(true);
    expect(TestBed.runInInjectionContext(landingRedirect)).toBe('/login');

    await signInAs([Role.Admin]);
    const result = TestBed.runInInjectionContext(() => guestGuard(route, state('/login')));
    expect(serialize(result)).toBe('/admin/users');
    expect(TestBed.runInInjectionContext(landingRedirect)).toBe('/admin/users');
  });
});
