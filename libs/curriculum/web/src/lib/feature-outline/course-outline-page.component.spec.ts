import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import { of } from 'rxjs';
import { playerRoutes } from '../curriculum.routes';
import { CurriculumApi } from '../data-access/curriculum.api';
import { courseOutline, outlineModule } from '../testing/curriculum-fixtures';

describe('CourseOutlinePageComponent', () => {
  const api = { getCourse: jest.fn() };

  beforeEach(() => {
    api.getCourse.mockReturnValue(
      of(
        courseOutline({
          modules: [
            outlineModule('m1', ['l1'], {
              quizzes: [
                { id: 'q1', title: 'Check your understanding', isPostTest: false, passed: true },
              ],
              roleplays: [{ id: 'r1', title: 'Screening a client', passed: true }],
            }),
            outlineModule('m2', ['l2'], {
              locked: true,
              quizzes: [{ id: 'q2', title: 'Course post-test', isPostTest: true, passed: false }],
              roleplays: [{ id: 'r2', title: 'Informed consent', passed: false }],
            }),
          ],
        }),
      ),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'courses', children: playerRoutes }]),
        provideHttpClient(),
        provideLmsIcons(),
        { provide: CurriculumApi, useValue: api },
        { provide: SessionStore, useValue: { can: () => true } satisfies Partial<SessionStore> },
      ],
    });
  });

  it('lists each module’s quizzes: linked when open, passed checked, post-test badged', async () => {
    const harness = await RouterTestingHarness.create('/courses/c1');
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    const quizzes = Array.from(root.querySelectorAll('[data-testid="outline-quiz"]'));
    expect(quizzes).toHaveLength(2);

    const [open, locked] = quizzes;
    expect(open?.querySelector('a')?.getAttribute('href')).toBe('/courses/c1/quizzes/q1');
    expect(open?.querySelector('mat-icon')?.getAttribute('data-mat-icon-name')).toBe(
      'check_circle',
    );
    expect(open?.textContent).toContain('Passed');
    expect(open?.querySelector('.item-tag')?.textContent?.trim()).toBe('Quiz');

    expect(locked?.querySelector('a')).toBeNull();
    expect(locked?.textContent).toContain('Course post-test');
    expect(locked?.querySelector('.item-tag')?.textContent?.trim()).toBe('Post-test');
  });

  it('lists each module’s role-plays: linked when open, passed checked', async () => {
    const harness = await RouterTestingHarness.create('/courses/c1');
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    const roleplays = Array.from(root.querySelectorAll('[data-testid="outline-roleplay"]'));
    expect(roleplays).toHaveLength(2);

    const [open, locked] = roleplays;
    expect(open?.querySelector('a')?.getAttribute('href')).toBe('/courses/c1/roleplays/r1');
    expect(open?.querySelector('a')?.textContent?.trim()).toBe('Screening a client');
    expect(open?.querySelector('.item-tag')?.textContent?.trim()).toBe('Role-play');
    expect(open?.textContent).toContain('Passed');

    expect(locked?.querySelector('a')).toBeNull();
    expect(locked?.textContent).toContain('Informed consent');
    expect(locked?.textContent).not.toContain('Passed');
  });

  it('leads an enrolled trainee to the CE credit page: claim it once nothing is left', async () => {
    api.getCourse.mockReturnValue(
      of(courseOutline({ enrolled: true, nextItem: null, percentComplete: 100 })),
    );
    const harness = await RouterTestingHarness.create('/courses/c1');
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    const link = Array.from(root.querySelectorAll('a')).find((a) =>
      a.textContent?.includes('Claim your CE credit'),
    );
    expect(link?.getAttribute('href')).toBe('/courses/c1/credit');
  });
});
