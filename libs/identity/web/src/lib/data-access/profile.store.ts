import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages } from '@lms/platform/web';
import type { MeResponse, UpdateMeRequest } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from './identity.api';
import { SessionStore } from './session.store';

interface ProfileState {
  profile: MeResponse | null;
  loading: boolean;
  saving: boolean;
  errors: readonly string[];
  saved: boolean;
}

/** The signed-in user's profile and licences (GET/PATCH /api/me). Provide it per page. */
@Injectable()
export class ProfileStore {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly state = signal<ProfileState>({
    profile: null,
    loading: false,
    saving: false,
    errors: [],
    saved: false,
  });

  readonly profile = computed(() => this.state().profile);
  readonly loading = computed(() => this.state().loading);
  readonly saving = computed(() => this.state().saving);
  readonly errors = computed(() => this.state().errors);
  readonly saved = computed(() => this.state().saved);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [], saved: false }));
    try {
      const profile = await firstValueFrom(this.api.me());
      this.state.update((s) => ({ ...s, profile, loading: false }));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, loading: false, errors: apiErrorMessages(error) }));
    }
  }

  /** Saves and reports success; the caller keeps its form on failure. */
  async save(changes: UpdateMeRequest): Promise<boolean> {
    this.state.update((s) => ({ ...s, saving: true, errors: [], saved: false }));
    try {
      const profile = await firstValueFrom(this.api.updateMe(changes));
      this.session.updateUser(profile);
      this.state.update((s) => ({ ...s, profile, saving: false, saved: true }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, saving: false, errors: apiErrorMessages(error) }));
      return false;
    }
  }
}
