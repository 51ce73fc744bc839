import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import {
  adminCertificatesRoutes,
  auditTrailRoutes,
  courseCreditSettingsRoutes,
  creditClaimRoutes,
  providerSettingsRoutes,
  reportsRoutes,
  transcriptRoutes,
  verifyRoutes,
} from '../credentials.routes';
import { FileSaver } from '../data-access/file-saver';

/** The files the pages saved (FileSaver faked). */
export interface SavedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Test-only: the credentials routes mounted as the app mounts them, the real API client
 * against `HttpTestingController`, and FileSaver recording instead of downloading.
 */
export function configurePages(extra: Provider[] = []): { saved: SavedFile[] } {
  const saved: SavedFile[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'courses/:courseId/credit', children: creditClaimRoutes },
        { path: 'transcript', children: transcriptRoutes },
        { path: 'verify', children: verifyRoutes },
        { path: 'admin/certificates', children: adminCertificatesRoutes },
        { path: 'admin/provider-settings', children: providerSettingsRoutes },
        { path: 'admin/audit', children: auditTrailRoutes },
        { path: 'admin/reports', children: reportsRoutes },
        { path: 'authoring/courses/:courseId/credit', children: courseCreditSettingsRoutes },
        { path: '**', children: [] },
      ]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideLmsIcons(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      {
        provide: SessionStore,
        useValue: {
          isSignedIn: signal(true),
          can: () => true,
          user: signal({ id: 'admin1', email: 'a@demo.test', fullName: 'Ada Admin', roles: [] }),
        } satisfies Partial<SessionStore>,
      },
      {
        provide: FileSaver,
        useValue: {
          save: (blob: Blob, fileName: string) => {
            saved.push({ blob, fileName });
          },
        } satisfies Partial<FileSaver>,
      },
      ...extra,
    ],
  });
  return { saved };
}

export async function openPage(
  url: string,
): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  return { harness, root: harness.routeNativeElement as HTMLElement };
}

/** Lets pending promises, change detection and timers run (lazy routes, stores, dialogs). */
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

/** A few macrotask turns, for store specs (awaits between requests). */
export async function tick(turns = 3): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The one pending request to `method path` (with `query` when given, in any order), after
 * letting the page or store reach it.
 */
export async function request(
  method: string,
  path: string,
  query: Record<string, string> | null = null,
  harness?: RouterTestingHarness,
): Promise<TestRequest> {
  const backend = TestBed.inject(HttpTestingController);
  const matches = (): TestRequest[] =>
    backend
      .match((req) => {
        // (match() takes the requests it returns; cancelled ones are dropped here for good.)
        if (req.method !== method || req.url !== path) return false;
        if (query === null) return true;
        const keys = req.params.keys();
        return (
          keys.length === Object.keys(query).length &&
          keys.every((key) => req.params.get(key) === query[key])
        );
      })
      .filter((r) => !r.cancelled);
  // Up to 3 s: long enough for a poll every second, short when a request never comes.
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    const found = matches();
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) throw new Error(`${found.length} requests to ${method} ${path}`);
    if (harness) await settle(harness, () => false, 1);
    else await tick(1);
  }
  const open = backend
    .match(() => true)
    .map((r) => `${r.request.method} ${r.request.urlWithParams}`);
  throw new Error(
    `no request to ${method} ${path} ${JSON.stringify(query)}; open: ${open.join(', ')}`,
  );
}

/** An error answer with an `ApiError` body. */
export function fail(req: TestRequest, status: number, body: Record<string, unknown>): void {
  req.flush(body, { status, statusText: 'Error' });
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

/** The cells of a table row, each as text. */
export function cells(row: Element | null | undefined): string[] {
  return Array.from(row?.querySelectorAll('th, td') ?? []).map(text);
}

export function text(root: Element | null | undefined): string {
  return root?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

/** Types into an input or textarea as a person would (value, then `input` event). */
export function type(field: Element | null, value: string): void {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
    throw new Error('not a text field');
  }
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

/** The control labelled `label` (by `<label for>` or mat-label), searched under `root`. */
export function fieldLabelled(root: ParentNode, label: string): HTMLElement {
  const found = Array.from(root.querySelectorAll('label')).find(
    (l) => l.textContent.replace(/\s+/g, ' ').replace(/\*/g, '').trim() === label,
  );
  const id = found?.getAttribute('for');
  const control = id ? root.querySelector<HTMLElement>(`[id="${id}"]`) : null;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control;
}
