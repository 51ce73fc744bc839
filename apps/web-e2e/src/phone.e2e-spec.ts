import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, h1Text, launchBrowser, newContext, screenshot, signIn } from './support/e2e';

describe('on a phone (375 × 812)', () => {
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
    context = await newContext(browser, PHONE);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('opens the navigation from the menu button and follows a link', async () => {
    await signIn(page, 'admin@demo.test');
    await page.waitForURL('**/admin/users');
    expect(await h1Text(page)).toBe('Users');

    // Nothing is wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.waitFor({ state: 'visible' });
    await page.locator('button[aria-label="Menu"][aria-expanded="true"]').waitFor();
    // Let the drawer finish sliding in before the screenshot.
    await page.waitForTimeout(400);
    await screenshot(page, 'phone-nav');

    await nav.getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    expect(await h1Text(page)).toBe('Profile');
    await nav.waitFor({ state: 'hidden' });
  });
});
