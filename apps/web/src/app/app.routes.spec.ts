import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IdentityApi, SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import type { UserSummary } from '@lms/shared/contracts';
import { Role } from '@lms/shared/contracts';
import { of } from 'rxjs';
import { appRoutes } from './app.routes';
import { ThresholdTitleStrategy } from './title.strategy';

describe('app routes', () => {
  let user: UserSummary;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        // The pages' API calls stay pending: these tests are about routing.
        provideHttpClientTesting(),
        provideLmsIcons(),
        { provide: TitleStrategy, useClass: ThresholdTitleStrategy },
        {
          provide: IdentityApi,
          useValue: { login: () => of({ user, accessToken: 't' }) } satisfies Partial<IdentityApi>,
        },
      ],
    });
  });

  async function signInAs(...roles: Role[]): Promise<void> {
    user = { id: 'u1', email: 'u@demo.test', fullName: 'Uma User', roles };
    await TestBed.inject(SessionStore).signIn({ email: user.email, password: 'x' });
  }

  function h1(harness: RouterTestingHarness): string | undefined {
    return (harness.fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent?.trim();
  }

  it('sends a signed-out visitor from / to sign in', async () => {
    const harness = await RouterTestingHarness.create('/');
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(h1(harness)).toBe('Sign in');
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Threshold');
  });

  it('sends a signed-out visitor of a protected page to sign in with a returnUrl', async () => {
    await RouterTestingHarness.create('/grading');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fgrading');
  });

  it('shows not found for an unknown address, signed in or not', async () => {
    const harness = await RouterTestingHarness.create('/no-such-page');
    expect(h1(harness)).toBe('Page not found');
    await signInAs(Role.Trainee);
    await harness.navigateByUrl('/still-no-such-page');
    expect(h1(harness)).toBe('Page not found');
    expect((harness.fixture.nativeElement as HTMLElement).querySelector('nav')).not.toBeNull();
  });

  it.each([
    [[Role.Trainee], '/my-courses', 'My courses'],
    [[Role.Instructor], '/authoring', 'Authoring'],
    [[Role.Admin], '/admin/users', 'Users'],
  ])('lands %p on %s', async (roles, path, heading) => {
    await signInAs(...roles);
    const harness = await RouterTestingHarness.create('/');
    expect(TestBed.inject(Router).url).toBe(path);
    expect(h1(harness)).toBe(heading);
  });

  it.each([
    [[Role.Trainee], '/catalogue', 'Course catalogue'],
    [[Role.Instructor], '/authoring', 'Authoring'],
  ])('opens the curriculum pages for %p at %s', async (roles, path, heading) => {
    await signInAs(...roles);
    const harness = await RouterTestingHarness.create(path);
    expect(TestBed.inject(Router).url).toBe(path);
    expect(h1(harness)).toBe(heading);
    expect(TestBed.inject(Title).getTitle()).toBe(`${heading} · Threshold`);
  });

  it.each([
    [[Role.Trainee], '/authoring/courses/c1'],
    [[Role.Instructor], '/catalogue'],
  ])('keeps %p out of %s', async (roles, path) => {
    await signInAs(...roles);
    await RouterTestingHarness.create(path);
    expect(TestBed.inject(Router).url).toBe('/not-authorised');
  });

  it.each([
    [[Role.Trainee], '/courses/c1/quizzes/q1', 'Quiz'],
    [[Role.Trainee], '/courses/c1/quizzes/q1/attempts/a1', 'Quiz attempt'],
    [[Role.Trainee], '/courses/c1/quizzes/q1/attempts/a1/results', 'Quiz results'],
    [[Role.Instructor], '/authoring/quizzes/q1', 'Quiz editor'],
    [[Role.Instructor], '/authoring/quizzes/q1/statistics', 'Quiz statistics'],
  ])('opens the assessment pages for %p at %s', async (roles, path, title) => {
    await signInAs(...roles);
    await RouterTestingHarness.create(path);
    expect(TestBed.inject(Router).url).toBe(path);
    expect(TestBed.inject(Title).getTitle()).toBe(`${title} · Threshold`);
  });

  it.each([
    [[Role.Trainee], '/authoring/quizzes/q1'],
    [[Role.Instructor], '/courses/c1/quizzes/q1/attempts/a1'],
  ])('keeps %p out of %s', async (roles, path) => {
    await signInAs(...roles);
    await RouterTestingHarness.create(path);
    expect(TestBed.inject(Router).url).toBe('/not-authorised');
  });

  it('shows the not-authorised page for a role the user lacks', async () => {
    await signInAs(Role.Trainee);
    const harness = await RouterTestingHarness.create('/admin/users');
    expect(TestBed.inject(Router).url).toBe('/not-authorised');
    expect(h1(harness)).toBe('Not authorised');
  });

  it('shows every section a multi-role user holds', async () => {
    await signInAs(Role.Trainee, Role.Instructor);
    const harness = await RouterTestingHarness.create('/my-courses');
    const links = Array.from(
      (harness.fixture.nativeElement as HTMLElement).querySelectorAll('nav a'),
    ).map((a) => a.textContent?.trim());
    expect(links).toEqual([
      'My courses',
      'Course catalogue',
      'Transcript',
      'Authoring',
      'Grading',
      'Profile',
    ]);
    expect(
      (harness.fixture.nativeElement as HTMLElement)
        .querySelector('nav a[aria-current="page"]')
        ?.textContent?.trim(),
    ).toBe('My courses');
  });
});
