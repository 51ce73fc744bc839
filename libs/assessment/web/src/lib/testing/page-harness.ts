import { provideHttpClient } from '@angular/common/http';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import { quizAuthoringRoutes, quizPlayerRoutes } from '../assessment.routes';
import { AssessmentApi } from '../data-access/assessment.api';

/** Test-only: the assessment routes mounted as the app mounts them, with faked APIs. */
export function configurePages(
  api: Partial<Record<keyof AssessmentApi, jest.Mock>>,
  curriculum: Partial<Record<keyof CurriculumApi, jest.Mock>> = {},
  extra: Provider[] = [],
): void {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'courses/:courseId/quizzes', children: quizPlayerRoutes },
        { path: 'authoring/quizzes', children: quizAuthoringRoutes },
        { path: '**', children: [] },
      ]),
      provideHttpClient(),
      provideLmsIcons(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: AssessmentApi, useValue: api },
      { provide: CurriculumApi, useValue: curriculum },
      {
        provide: SessionStore,
        useValue: { isSignedIn: () => true, can: () => true } satisfies Partial<SessionStore>,
      },
      ...extra,
    ],
  });
}

export async function openPage(
  url: string,
): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  return { harness, root: harness.routeNativeElement as HTMLElement };
}

export function buttonNamed(root: ParentNode, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find(
    (b) => b.textContent.replace(/\s+/g, ' ').trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

export function linkNamed(root: ParentNode, label: string): HTMLAnchorElement | undefined {
  return Array.from(root.querySelectorAll('a')).find(
    (a) => a.textContent.replace(/\s+/g, ' ').trim() === label,
  );
}

export function text(root: Element | null | undefined): string {
  return root?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Lets the page settle (change detection, pending promises, dialog timers) until `done`
 * holds, or for a few rounds without a condition.
 */
export async function settle(
  harness: RouterTestingHarness,
  done: () => boolean = () => false,
  rounds = 20,
): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
