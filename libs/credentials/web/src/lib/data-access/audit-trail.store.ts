import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AuditEventResponse, Page } from '@lms/shared/contracts';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import type { AuditEventQuery } from './credentials.api';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';

export const AUDIT_PAGE_SIZE = 25;

export interface AuditFilters {
  type: string | null;
  /** Calendar days, `YYYY-MM-DD`, in UTC (as the trail is read by accreditors anywhere). */
  since: string;
  until: string;
  subjectId: string;
  actorId: string;
}

interface AuditTrailState {
  filters: AuditFilters;
  limit: number;
  offset: number;
  page: Page<AuditEventResponse>;
  loading: boolean;
  errors: readonly string[];
}

type LoadResult = { ok: true; page: Page<AuditEventResponse> } | { ok: false; errors: string[] };

const DAY_MS = 24 * 60 * 60 * 1000;

/** `since` is the start of its day, `until` the start of the next (the whole day counts). */
export function auditQueryOf(
  filters: AuditFilters,
  limit: number,
  offset: number,
): AuditEventQuery {
  const startOf = (day: string): Date | null => {
    const date = new Date(`${day}T00:00:00.000Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? date : null;
  };
  const since = startOf(filters.since);
  const until = startOf(filters.until);
  return {
    type: filters.type ?? undefined,
    since: since?.toISOString(),
    until: until ? new Date(until.getTime() + DAY_MS).toISOString() : undefined,
    subjectId: filters.subjectId.trim() || undefined,
    actorId: filters.actorId.trim() || undefined,
    limit,
    offset,
  };
}

/** The audit trail, newest first, filtered by type, days, actor and subject. */
@Injectable()
export class AuditTrailStore {
  private readonly api = inject(CredentialsApi);
  private readonly loads = new Subject<AuditEventQuery>();
  private readonly state = signal<AuditTrailState>({
    filters: { type: null, since: '', until: '', subjectId: '', actorId: '' },
    limit: AUDIT_PAGE_SIZE,
    offset: 0,
    page: { items: [], total: 0 },
    loading: false,
    errors: [],
  });

  readonly filters = computed(() => this.state().filters);
  readonly events = computed(() => this.state().page.items);
  readonly total = computed(() => this.state().page.total);
  readonly limit = computed(() => this.state().limit);
  readonly pageIndex = computed(() => Math.floor(this.state().offset / this.state().limit));
  readonly loading = computed(() => this.state().loading);
  readonly errors = computed(() => this.state().errors);

  constructor() {
    this.loads
      .pipe(
        switchMap((query) =>
          this.api.auditEvents(query).pipe(
            map((page): LoadResult => ({ ok: true, page })),
            catchError((error: unknown) =>
              of<LoadResult>({ ok: false, errors: credentialsErrorMessages(error) }),
            ),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((result) => {
        this.state.update((s) =>
          result.ok
            ? { ...s, loading: false, page: result.page }
            : { ...s, loading: false, errors: result.errors, page: { items: [], total: 0 } },
        );
      });
  }

  load(): void {
    const { filters, limit, offset } = this.state();
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    this.loads.next(auditQueryOf(filters, limit, offset));
  }

  filter(filters: AuditFilters): void {
    this.state.update((s) => ({ ...s, filters, offset: 0 }));
    this.load();
  }

  changePage(pageIndex: number, pageSize: number): void {
    this.state.update((s) => ({ ...s, limit: pageSize, offset: pageIndex * pageSize }));
    this.load();
  }
}
