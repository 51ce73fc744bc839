import { Injectable, computed, inject, signal } from '@angular/core';
import { httpStatusOf } from '@lms/platform/web';
import type { VerificationResponse } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';

interface VerifyState {
  code: string;
  result: VerificationResponse | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
}

/** Public verification of a certificate by its code (no sign-in). */
@Injectable()
export class VerifyStore {
  private readonly api = inject(CredentialsApi);
  private readonly state = signal<VerifyState>({
    code: '',
    result: null,
    loading: false,
    notFound: false,
    errors: [],
  });
  private call = 0;

  readonly code = computed(() => this.state().code);
  readonly result = computed(() => this.state().result);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);

  async verify(code: string): Promise<void> {
    const call = ++this.call;
    this.state.set({ code, result: null, loading: true, notFound: false, errors: [] });
    try {
      const result = await firstValueFrom(this.api.verify(code));
      if (call === this.call) this.state.update((s) => ({ ...s, loading: false, result }));
    } catch (error: unknown) {
      if (call !== this.call) return;
      const notFound = httpStatusOf(error) === 404;
      this.state.update((s) => ({
        ...s,
        loading: false,
        notFound,
        errors: notFound ? [] : credentialsErrorMessages(error),
      }));
    }
  }

  /** Back to the empty form (/verify without a code). */
  clear(): void {
    this.call++;
    this.state.set({ code: '', result: null, loading: false, notFound: false, errors: [] });
  }
}
