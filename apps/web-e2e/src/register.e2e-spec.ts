import type { Browser, BrowserContext, Page } from 'playwright-core';
import { h1Text, launchBrowser, newContext, screenshot, seriousA11yProblems } from './support/e2e';

describe('registration', () => {
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

  it('shows an accessible registration page that states the password rule', async () => {
    await page.goto('/register');
    expect(await h1Text(page)).toBe('Create your account');
    await page.getByText('At least 10 characters.').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshot(page, 'register');
  });

  it('registers a new trainee, signs them in and opens My courses', async () => {
    const email = `new.trainee.${Date.now().toString(36)}@example.org`;
    await page.goto('/register');
    await page.getByLabel('Full name').fill('Noa Newcomer');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Integration-2024!');
    await page.getByRole('combobox', { name: 'Profession' }).click();
    await page.getByRole('option', { name: 'Clinical social worker (LCSW)' }).click();
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/my-courses');
    expect(await h1Text(page)).toBe('My courses');
    expect(await page.getByTestId('signed-in-user').innerText()).toContain('Noa Newcomer');
  });

  it('explains a too-short password and an email that is taken', async () => {
    await page.goto('/register');
    await page.getByLabel('Full name').fill('Tara Again');
    await page.getByLabel('Email').fill('trainee@demo.test');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('combobox', { name: 'Profession' }).click();
    await page.getByRole('option', { name: 'Psychotherapist' }).click();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();

    await page.getByLabel('Password').fill('Long-enough-passw0rd');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page
      .getByRole('alert')
      .getByText(/already exists/)
      .waitFor();
  });
});
