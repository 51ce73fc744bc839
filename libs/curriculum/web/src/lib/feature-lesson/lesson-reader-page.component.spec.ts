import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideLmsIcons } from '@lms/platform/web-ui';
import { of } from 'rxjs';
import { CurriculumApi } from '../data-access/curriculum.api';
import { playerRoutes } from '../curriculum.routes';
import {
  failWith,
  courseOutline,
  lessonResponse,
  progressResponse,
} from '../testing/curriculum-fixtures';

describe('LessonReaderPageComponent', () => {
  const api = {
    getLesson: jest.fn(),
    getCourse: jest.fn(),
    completeLesson: jest.fn(),
    recordActivity: jest.fn(),
  };
  let now: number;

  beforeEach(() => {
    now = Date.parse('2026-01-05T10:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    api.getLesson.mockImplementation((id: string) =>
      of(
        lessonResponse({
          id,
          title: `Lesson ${id}`,
          body: '## Set and setting\n\n<script>window.__pwned = true</script>\n\n<img src=x onerror="window.__pwned=true">',
        }),
      ),
    );
    api.getCourse.mockReturnValue(of(courseOutline()));
    api.completeLesson.mockReturnValue(of(progressResponse()));
    api.recordActivity.mockReturnValue(of(undefined));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          // The quiz pages live in assessment-web; here a quiz link only has to resolve.
          { path: 'courses/:courseId/quizzes/:quizId', children: [] },
          { path: 'courses', children: playerRoutes },
        ]),
        provideHttpClient(),
        provideLmsIcons(),
        { provide: CurriculumApi, useValue: api },
      ],
    });
  });

  afterEach(() => {
    // Destroy the page (its heartbeat reports on destroy) while Date.now is still faked.
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  async function open(url: string): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return { harness, root: harness.routeNativeElement as HTMLElement };
  }

  function button(root: HTMLElement, label: string): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === label,
    );
    if (!found) throw new Error(`no button "${label}"`);
    return found;
  }

  it('renders the lesson with its course and the Markdown body, sanitised', async () => {
    const { root } = await open('/courses/c1/lessons/l1');
    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Lesson l1');
    expect(root.querySelector('nav[aria-label="Breadcrumb"]')?.textContent).toContain(
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
    const body = root.querySelector('[data-testid="lesson-body"]');
    expect(body?.querySelector('h2')?.textContent).toBe('Set and setting');
    expect(body?.querySelector('script')).toBeNull();
    expect(body?.querySelector('img')?.getAttribute('onerror')).toBeNull();
  });

  it('completes with the reading time not yet reported, then opens the next item', async () => {
    const { harness, root } = await open('/courses/c1/lessons/l1');
    now += 45_000;
    button(root, 'Mark complete and continue').click();
    await harness.fixture.whenStable();

    expect(api.completeLesson).toHaveBeenCalledWith('l1', 45);
    expect(TestBed.inject(Router).url).toBe('/courses/c1/lessons/l2');
    expect(api.getLesson).toHaveBeenLastCalledWith('l2');
    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Lesson l2');
    // Leaving lesson 1 reported nothing more: "complete" carried its time.
    expect(api.recordActivity).not.toHaveBeenCalled();
  });

  it('opens the module quiz when it comes next', async () => {
    api.getLesson.mockReturnValue(
      of(
        lessonResponse({
          id: 'l2',
          title: 'Lesson l2',
          nextItem: { kind: 'quiz', id: 'q1', title: 'Check your understanding', moduleId: 'm1' },
        }),
      ),
    );
    api.completeLesson.mockReturnValue(
      of(
        progressResponse({
          lessonId: 'l2',
          nextItem: { kind: 'quiz', id: 'q1', title: 'Check your understanding', moduleId: 'm1' },
        }),
      ),
    );
    const { harness, root } = await open('/courses/c1/lessons/l2');
    const next = Array.from(root.querySelectorAll('a')).find((a) =>
      a.textContent?.includes('Check your understanding'),
    );
    expect(next?.getAttribute('href')).toBe('/courses/c1/quizzes/q1');
    button(root, 'Mark complete and continue').click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/courses/c1/quizzes/q1');
  });

  it('reports the reading time when the trainee leaves for another lesson', async () => {
    const { harness } = await open('/courses/c1/lessons/l1');
    now += 12_000;
    await harness.navigateByUrl('/courses/c1/lessons/l2');
    expect(api.recordActivity).toHaveBeenCalledWith('l1', 12);
  });

  it('shows staff a preview: no completion and no reading time', async () => {
    api.getCourse.mockReturnValue(of(courseOutline({ enrolled: false, canEdit: true })));
    const { harness, root } = await open('/courses/c1/lessons/l1');
    expect(root.textContent).toContain('Preview: trainees see');
    expect(
      Array.from(root.querySelectorAll('button')).map((b) => b.textContent?.trim()),
    ).not.toContain('Mark complete and continue');
    now += 60_000;
    await harness.navigateByUrl('/courses/c1/lessons/l2');
    expect(api.recordActivity).not.toHaveBeenCalled();
  });

  it('explains a locked lesson and links back to the outline', async () => {
    api.getLesson.mockReturnValue(failWith(403, 'LESSON_LOCKED'));
    const { root } = await open('/courses/c1/lessons/l3');
    expect(root.querySelector('h1')?.textContent?.trim()).toBe('This lesson is locked');
    const back = Array.from(root.querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === 'Back to the course outline',
    );
    expect(back?.getAttribute('href')).toBe('/courses/c1');
  });
});
