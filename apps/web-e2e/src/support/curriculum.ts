import type { AuthResponse, CourseSummary, Page as ApiPage } from '@lms/shared/contracts';
import type { Page } from 'playwright-core';
import { screenshot } from './e2e';
import { baseUrl } from './e2e.config';

export const DEMO_COURSE = 'Foundations of Ketamine-Assisted Psychotherapy';
export const TRAINEE_PASSWORD = 'Integration-2024!';

export interface ApiUser {
  email: string;
  password: string;
  fullName: string;
  token: string;
}

/** Calls the API directly (JSON in and out); throws on an unexpected status. */
export async function callApi<T>(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  expected = [200, 201, 204],
): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!expected.includes(response.status)) {
    throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * A new trainee registered through the API, so a test starts from a clean state whatever
 * other spec files did to the shared server.
 */
export async function registerTrainee(fullName = 'Robin Reader'): Promise<ApiUser> {
  const email = `trainee.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const { accessToken } = await callApi<AuthResponse>(null, 'POST', '/api/auth/register', {
    email,
    password: TRAINEE_PASSWORD,
    fullName,
    profession: 'psychotherapist',
  });
  return { email, password: TRAINEE_PASSWORD, fullName, token: accessToken };
}

export async function courseByTitle(token: string, title: string): Promise<CourseSummary> {
  const page = await callApi<ApiPage<CourseSummary>>(
    token,
    'GET',
    `/api/courses?q=${encodeURIComponent(title)}`,
  );
  const course = page.items.find((c) => c.title === title);
  if (!course) throw new Error(`No course "${title}"`);
  return course;
}

/** The value of the progress bar named "N% complete" on the page. */
export async function progressValue(page: Page): Promise<number> {
  const bar = page.getByRole('progressbar', { name: /% complete$/ }).first();
  await bar.waitFor();
  return Number(await bar.getAttribute('aria-valuenow'));
}

/** Nothing is wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Waits until the open dialog has finished its entrance (axe reads colours mid-fade). */
export async function dialogSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const inner = document.querySelector('.mat-mdc-dialog-inner-container');
    const surface = document.querySelector('.mat-mdc-dialog-surface');
    return (
      inner !== null &&
      surface !== null &&
      document.querySelector('.mdc-dialog--opening') === null &&
      getComputedStyle(inner).opacity === '1' &&
      getComputedStyle(surface).transform === 'none'
    );
  });
}

/**
 * Overwrites docs/screenshots/<name>.png with the whole page: the signed-in shell scrolls
 * inside its content area, so the viewport grows to the content's height for the shot.
 */
export async function screenshotWholePage(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const height = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    const header = document.querySelector('header');
    return Math.ceil((content?.scrollHeight ?? 0) + (header?.getBoundingClientRect().height ?? 0));
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(Math.max(height, viewport.height), 6000),
  });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}
