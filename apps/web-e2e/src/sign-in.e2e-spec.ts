import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_USERS,
  h1Text,
  launchBrowser,
  newContext,
  screenshot,
  seriousA11yProblems,
  signIn,
} from './support/e2e';

describe('signing in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('shows an accessible sign-in page', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    expect(await h1Text(page)).toBe('Sign in');
    expect(await page.title()).toBe('Sign in · Threshold');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshot(page, 'login');
  });

  const screenshotNames: Record<(typeof DEMO_USERS)[number]['role'], string> = {
    trainee: 'trainee-landing',
    instructor: 'instructor-landing',
    admin: 'admin-users',
  };

  it.each(DEMO_USERS.map((u) => [u.role, u] as const))(
    'takes the %s to their landing page',
    async (role, user) => {
      await signIn(page, user.email);
      await page.waitForURL(`**${user.landing}`);
      expect(await h1Text(page)).toBe(user.h1);
      await expect(page.getByTestId('signed-in-user').innerText()).resolves.not.toBe('');
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      if (role === 'admin') {
        // The list of users has loaded, with the demo accounts in it.
        await page.getByRole('rowheader', { name: /admin@demo\.test/ }).waitFor();
      }
      expect(await seriousA11yProblems(page)).toEqual([]);
      await screenshot(page, screenshotNames[role]);
    },
  );

  it('keeps the session across a reload (refresh cookie) and signs out', async () => {
    await signIn(page, 'trainee@demo.test');
    await page.waitForURL('**/my-courses');
    await page.reload();
    expect(await h1Text(page)).toBe('My courses');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/my-courses');
    await page.waitForURL('**/login?returnUrl=%2Fmy-courses');
  });

  it('shows an error for a wrong password', async () => {
    await signIn(page, 'trainee@demo.test', 'not-the-password');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByText(/email or password is incorrect/i).waitFor(),
    ).resolves.toBeUndefined();
    expect(page.url()).toContain('/login');
  });

  it('shows field errors for an empty form', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
  });

  it('returns to the page asked for after signing in', async () => {
    await page.goto('/profile');
    await page.waitForURL('**/login?returnUrl=%2Fprofile');
    await page.getByLabel('Email').fill('instructor@demo.test');
    await page.getByLabel('Password').fill('Demo-Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/profile');
    expect(await h1Text(page)).toBe('Profile');
  });
});
