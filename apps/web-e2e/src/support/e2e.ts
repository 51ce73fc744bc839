import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, baseUrl } from './e2e.config';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

export const DEMO_USERS = [
  { role: 'trainee', email: 'trainee@demo.test', landing: '/my-courses', h1: 'My courses' },
  { role: 'instructor', email: 'instructor@demo.test', landing: '/authoring', h1: 'Authoring' },
  { role: 'admin', email: 'admin@demo.test', landing: '/admin/users', h1: 'Users' },
] as const;

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'docs', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh context (own cookies) per test, with the app's origin as base URL. */
export function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function h1Text(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  await h1.first().waitFor();
  expect(await h1.count()).toBe(1);
  return (await h1.innerText()).trim();
}

/** Overwrites docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface A11yProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Serious and critical WCAG 2.1 A/AA violations axe finds on the page. */
export async function seriousA11yProblems(page: Page): Promise<A11yProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
