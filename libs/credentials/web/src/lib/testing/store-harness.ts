import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FileSaver } from '../data-access/file-saver';
import type { SavedFile } from './page-harness';

/**
 * Test-only: a store with the real API client against `HttpTestingController`, and a
 * FileSaver that records instead of downloading.
 */
export function setUpStore<T>(
  store: Type<T>,
  extra: Provider[] = [],
): { store: T; backend: HttpTestingController; saved: SavedFile[] } {
  const saved: SavedFile[] = [];
  TestBed.configureTestingModule({
    providers: [
      store,
      provideHttpClient(),
      provideHttpClientTesting(),
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
  return { store: TestBed.inject(store), backend: TestBed.inject(HttpTestingController), saved };
}
