import { DOCUMENT, DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ProviderSettings, UpdateProviderSettingsRequest } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_TYPES: readonly string[] = ['image/png', 'image/jpeg'];

interface ProviderSettingsState {
  settings: ProviderSettings | null;
  logoUrl: string | null;
  loading: boolean;
  saving: boolean;
  uploading: boolean;
  errors: readonly string[];
  logoErrors: readonly string[];
  notice: string;
}

/** The provider's accreditation details printed on every certificate, and its logo. */
@Injectable()
export class ProviderSettingsStore {
  private readonly api = inject(CredentialsApi);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal<ProviderSettingsState>({
    settings: null,
    logoUrl: null,
    loading: false,
    saving: false,
    uploading: false,
    errors: [],
    logoErrors: [],
    notice: '',
  });

  readonly settings = computed(() => this.state().settings);
  readonly logoUrl = computed(() => this.state().logoUrl);
  readonly loading = computed(() => this.state().loading);
  readonly saving = computed(() => this.state().saving);
  readonly uploading = computed(() => this.state().uploading);
  readonly errors = computed(() => this.state().errors);
  readonly logoErrors = computed(() => this.state().logoErrors);
  readonly notice = computed(() => this.state().notice);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.setLogoUrl(null);
    });
  }

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    try {
      const settings = await firstValueFrom(this.api.getProviderSettings());
      this.state.update((s) => ({ ...s, loading: false, settings }));
      if (settings.hasLogo) await this.loadLogo();
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        loading: false,
        errors: credentialsErrorMessages(error),
      }));
    }
  }

  async save(body: UpdateProviderSettingsRequest): Promise<boolean> {
    if (this.saving()) return false;
    this.state.update((s) => ({ ...s, saving: true, errors: [], notice: '' }));
    try {
      const settings = await firstValueFrom(this.api.updateProviderSettings(body));
      this.state.update((s) => ({
        ...s,
        saving: false,
        settings,
        notice: 'Provider settings saved. New certificates print them from now on.',
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        saving: false,
        errors: credentialsErrorMessages(error),
      }));
      return false;
    }
  }

  /** Checks type and size here first (PNG or JPEG, at most 1 MB), then uploads. */
  async uploadLogo(file: File): Promise<boolean> {
    const problem = !LOGO_TYPES.includes(file.type)
      ? 'The logo must be a PNG or JPEG image.'
      : file.size > LOGO_MAX_BYTES
        ? 'The logo must be 1 MB or smaller.'
        : null;
    if (problem !== null) {
      this.state.update((s) => ({ ...s, logoErrors: [problem], notice: '' }));
      return false;
    }
    this.state.update((s) => ({ ...s, uploading: true, logoErrors: [], notice: '' }));
    try {
      await firstValueFrom(this.api.uploadLogo(file));
      this.setLogoUrl(file);
      this.state.update((s) => ({
        ...s,
        uploading: false,
        settings: s.settings ? { ...s.settings, hasLogo: true } : s.settings,
        notice: 'Logo uploaded.',
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        uploading: false,
        logoErrors: credentialsErrorMessages(error),
      }));
      return false;
    }
  }

  private async loadLogo(): Promise<void> {
    try {
      this.setLogoUrl(await firstValueFrom(this.api.logo()));
    } catch {
      // No preview; the upload still works.
    }
  }

  private setLogoUrl(image: Blob | null): void {
    const previous = this.state().logoUrl;
    if (previous !== null) this.window?.URL.revokeObjectURL(previous);
    const logoUrl = image && this.window ? this.window.URL.createObjectURL(image) : null;
    this.state.update((s) => ({ ...s, logoUrl }));
  }
}
