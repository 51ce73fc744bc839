import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuthResponse } from '@lms/shared/contracts';
import { Role } from '@lms/shared/contracts';
import { of, throwError } from 'rxjs';
import { IdentityApi } from '../data-access/identity.api';
import { signInRoutes } from '../identity.routes';

const adminLogin: AuthResponse = {
  user: { id: 'a1', email: 'admin@demo.test', fullName: 'Ada Admin', roles: [Role.Admin] },
  accessToken: 'token',
};

describe('SignInPageComponent', () => {
  const login = jest.fn();

  async function open(
    url = '/login',
  ): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', children: signInRoutes },
          { path: '**', children: [] },
        ]),
        { provide: IdentityApi, useValue: { login } },
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    return { harness, root: harness.routeNativeElement as HTMLElement };
  }

  function type(root: HTMLElement, selector: string, value: string): void {
    const input = root.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(root: HTMLElement): void {
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  beforeEach(() => {
    login.mockReset();
  });

  it('shows field errors instead of calling the API when the form is empty', async () => {
    const { harness, root } = await open();
    submit(root);
    await harness.fixture.whenStable();

    const errors = Array.from(root.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Enter your email address.', 'Enter your password.']);
    expect(login).not.toHaveBeenCalled();
    // Each message is tied to its field for screen readers.
    const emailError = root.querySelector('mat-error');
    const describedBy = root.querySelector('input[type="email"]')?.getAttribute('aria-describedby');
    expect(describedBy?.split(' ')).toContain(emailError?.id);
  });

  it('shows the server error in an alert region', async () => {
    login.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 401,
            error: {
              statusCode: 401,
              error: 'Unauthorized',
              code: 'INVALID_CREDENTIALS',
              message: 'x',
            },
          }),
      ),
    );
    const { harness, root } = await open();
    type(root, 'input[type="email"]', 'admin@demo.test');
    type(root, 'input[type="password"]', 'wrong-password');
    submit(root);
    await harness.fixture.whenStable();

    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'The email or password is incorrect',
    );
  });

  it('signs in and goes to the landing page of the role', async () => {
    login.mockReturnValue(of(adminLogin));
    const { harness, root } = await open();
    type(root, 'input[type="email"]', 'admin@demo.test');
    type(root, 'input[type="password"]', 'Demo-Passw0rd!');
    submit(root);
    await harness.fixture.whenStable();

    expect(login).toHaveBeenCalledWith({ email: 'admin@demo.test', password: 'Demo-Passw0rd!' });
    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });

  it('follows a local returnUrl', async () => {
    login.mockReturnValue(of(adminLogin));
    const { harness, root } = await open('/login?returnUrl=%2Fprofile');
    type(root, 'input[type="email"]', 'admin@demo.test');
    type(root, 'input[type="password"]', 'Demo-Passw0rd!');
    submit(root);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/profile');
  });

  it('ignores a returnUrl that leaves the app', async () => {
    login.mockReturnValue(of(adminLogin));
    const { harness, root } = await open('/login?returnUrl=%2F%2Fevil.example%2Fx');
    type(root, 'input[type="email"]', 'admin@demo.test');
    type(root, 'input[type="password"]', 'Demo-Passw0rd!');
    submit(root);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });
});
