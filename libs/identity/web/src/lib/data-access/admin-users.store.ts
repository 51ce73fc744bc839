import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { apiErrorMessages } from '@lms/platform/web';
import type { AdminUserSummary, Page, Role, UserListQuery } from '@lms/shared/contracts';
import { Subject, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { IdentityApi } from './identity.api';

export const ADMIN_USERS_PAGE_SIZE = 20;

interface AdminUsersState {
  query: Required<Pick<UserListQuery, 'limit' | 'offset'>> & { q: string; role: Role | null };
  page: Page<AdminUserSummary>;
  loading: boolean;
  errors: readonly string[];
  /** Ids of users whose roles are being saved. */
  saving: readonly string[];
  notice: string;
}

type LoadResult = { ok: true; page: Page<AdminUserSummary> } | { ok: false; errors: string[] };

/** The admin user list: search, role filter, paging and role assignment. Provide it per page. */
@Injectable()
export class AdminUsersStore {
  private readonly api = inject(IdentityApi);
  private readonly loads = new Subject<AdminUsersState['query']>();
  private readonly state = signal<AdminUsersState>({
    query: { q: '', role: null, limit: ADMIN_USERS_PAGE_SIZE, offset: 0 },
    page: { items: [], total: 0 },
    loading: false,
    errors: [],
    saving: [],
    notice: '',
  });

  readonly query = computed(() => this.state().query);
  readonly users = computed(() => this.state().page.items);
  readonly total = computed(() => this.state().page.total);
  readonly loading = computed(() => this.state().loading);
  readonly errors = computed(() => this.state().errors);
  readonly notice = computed(() => this.state().notice);
  readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));

  constructor() {
    // switchMap drops the answer to a superseded query (typing fast, paging quickly).
    this.loads
      .pipe(
        switchMap((query) =>
          this.api.listUsers({ ...query, role: query.role ?? undefined }).pipe(
            map((page): LoadResult => ({ ok: true, page })),
            catchError((error: unknown) =>
              of<LoadResult>({ ok: false, errors: apiErrorMessages(error) }),
            ),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((result) => {
        this.state.update((s) =>
          result.ok
            ? { ...s, loading: false, page: result.page }
            : { ...s, loading: false, errors: result.errors },
        );
      });
  }

  load(): void {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    this.loads.next(this.state().query);
  }

  search(q: string): void {
    this.setQuery({ q: q.trim(), offset: 0 });
  }

  filterRole(role: Role | null): void {
    this.setQuery({ role, offset: 0 });
  }

  changePage(pageIndex: number, pageSize: number): void {
    this.setQuery({ limit: pageSize, offset: pageIndex * pageSize });
  }

  isSaving(userId: string): boolean {
    return this.state().saving.includes(userId);
  }

  /** Replaces a user's roles; keeps the row as it was when the API refuses. */
  async setRoles(user: AdminUserSummary, roles: Role[]): Promise<boolean> {
    this.state.update((s) => ({
      ...s,
      saving: [...s.saving, user.id],
      errors: [],
      notice: '',
    }));
    try {
      await firstValueFrom(this.api.setRoles(user.id, { roles }));
      this.state.update((s) => ({
        ...s,
        page: {
          ...s.page,
          items: s.page.items.map((u) => (u.id === user.id ? { ...u, roles } : u)),
        },
        notice: `Roles for ${user.fullName} saved: ${roles.join(', ')}.`,
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: apiErrorMessages(error) }));
      return false;
    } finally {
      this.state.update((s) => ({ ...s, saving: s.saving.filter((id) => id !== user.id) }));
    }
  }

  private setQuery(changes: Partial<AdminUsersState['query']>): void {
    this.state.update((s) => ({ ...s, query: { ...s.query, ...changes } }));
    this.load();
  }
}
