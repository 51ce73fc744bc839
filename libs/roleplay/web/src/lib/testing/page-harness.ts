import { provideHttpClient } from '@angular/common/http';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import { gradingRoutes, roleplayPlayerRoutes } from '../roleplay.routes';
import { RoleplayApi } from '../data-access/roleplay.api';

/** Test-only: the role-play routes mounted as the app mounts them, with faked APIs. */
export function configurePages(
  api: Partial<Record<keyof RoleplayApi, jest.Mock>>,
  curriculum: Partial<Record<keyof CurriculumApi, jest.Mock>> = {},
  options: { canLearn?: boolean; extra?: Provider[] } = {},
): void {
  const canLearn = options.canLearn ?? true;
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'courses/:courseId/roleplays', children: roleplayPlayerRoutes },
        { path: 'grading', children: gradingRoutes },
        { path: '**', children: [] },
      ]),
      provideHttpClient(),
      provideLmsIcons(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: RoleplayApi, useValue: api },
      { provide: CurriculumApi, useValue: curriculum },
      {
        provide: SessionStore,
        useValue: {
          isSignedIn: () => true,
          can: () => canLearn,
        } satisfies Partial<SessionStore>,
      },
      ...(options.extra ?? []),
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

/** Types into a text field as a person would (the `input` event updates the form). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

/**
 * Lets the page settle (change detection, pending promises) until `done` holds, or for a few
 * rounds without a condition.
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
