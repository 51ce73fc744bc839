import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { IdentityApi } from '@lms/identity/web';
import { httpStatusOf } from '@lms/platform/web';
import type {
  AdminUserSummary,
  BulkIssuanceResponse,
  Certificate,
  EligibilityResponse,
} from '@lms/shared/contracts';
import { Role } from '@lms/shared/contracts';
import type { Subscription } from 'rxjs';
import {
  Subject,
  catchError,
  debounceTime,
  distinctUntilChanged,
  firstValueFrom,
  map,
  of,
  switchMap,
  takeWhile,
  timer,
} from 'rxjs';
import { CredentialsApi } from './credentials.api';
import {
  CredentialsErrorCode,
  apiErrorCode,
  credentialsErrorMessages,
  missingOf,
} from './credentials-errors';

/** How often a running bulk issuance is asked for its progress. */
export const BULK_POLL_MS = 1000;
export const USER_SEARCH_DEBOUNCE_MS = 250;
const USER_SEARCH_LIMIT = 8;

interface IssuanceState {
  courseId: string | null;
  user: AdminUserSummary | null;
  users: readonly AdminUserSummary[];
  searching: boolean;
  eligibility: EligibilityResponse | null;
  checking: boolean;
  issuing: boolean;
  errors: readonly string[];
  issued: Certificate | null;
  bulkCourseId: string | null;
  bulk: BulkIssuanceResponse | null;
  bulkStarting: boolean;
  bulkErrors: readonly string[];
}

interface CheckResult {
  eligibility: EligibilityResponse | null;
  errors: string[];
}

export function isRunning(bulk: BulkIssuanceResponse | null): boolean {
  return bulk !== null && (bulk.status === 'queued' || bulk.status === 'running');
}

/**
 * The admin's two ways to issue: one certificate (course + trainee, after an eligibility
 * check) and every eligible trainee of a course at once (a job, polled every second).
 */
@Injectable()
export class CertificateIssuanceStore {
  private readonly api = inject(CredentialsApi);
  private readonly identity = inject(IdentityApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly searches = new Subject<string>();
  /** Emits once per finished bulk job (the page reloads its list). */
  readonly bulkFinished = new Subject<BulkIssuanceResponse>();
  private readonly checks = new Subject<{ courseId: string; user: AdminUserSummary } | null>();
  private polling: Subscription | null = null;
  private readonly state = signal<IssuanceState>({
    courseId: null,
    user: null,
    users: [],
    searching: false,
    eligibility: null,
    checking: false,
    issuing: false,
    errors: [],
    issued: null,
    bulkCourseId: null,
    bulk: null,
    bulkStarting: false,
    bulkErrors: [],
  });

  readonly courseId = computed(() => this.state().courseId);
  readonly user = computed(() => this.state().user);
  readonly users = computed(() => this.state().users);
  readonly searching = computed(() => this.state().searching);
  readonly eligibility = computed(() => this.state().eligibility);
  readonly checking = computed(() => this.state().checking);
  readonly issuing = computed(() => this.state().issuing);
  readonly errors = computed(() => this.state().errors);
  readonly issued = computed(() => this.state().issued);
  /** Issue only for an eligible trainee without an active certificate. */
  readonly canIssue = computed(() => {
    const eligibility = this.eligibility();
    return (
      eligibility !== null &&
      eligibility.eligible &&
      eligibility.certificateId === null &&
      !this.checking() &&
      !this.issuing()
    );
  });

  readonly bulkCourseId = computed(() => this.state().bulkCourseId);
  readonly bulk = computed(() => this.state().bulk);
  readonly bulkStarting = computed(() => this.state().bulkStarting);
  readonly bulkErrors = computed(() => this.state().bulkErrors);
  readonly bulkRunning = computed(() => isRunning(this.bulk()));
  /** 0–100 for the progress bar. */
  readonly bulkPercent = computed(() => {
    const bulk = this.bulk();
    if (!bulk) return 0;
    if (bulk.total === 0) return bulk.status === 'completed' ? 100 : 0;
    return Math.round((bulk.processed / bulk.total) * 100);
  });
  /** "Issued 12 · skipped 3 (not eligible or already certified)", once finished. */
  readonly bulkSummary = computed(() => {
    const bulk = this.bulk();
    if (!bulk) return '';
    if (bulk.status === 'failed') {
      return `Bulk issuance stopped: ${bulk.error ?? 'an error occurred'}. Issued ${bulk.issued} before it stopped.`;
    }
    if (bulk.status !== 'completed') return '';
    return `Issued ${bulk.issued} · skipped ${bulk.skipped} (not eligible or already certified)`;
  });

  constructor() {
    this.searches
      .pipe(
        debounceTime(USER_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of<AdminUserSummary[]>([])
            : this.identity.listUsers({ q, role: Role.Trainee, limit: USER_SEARCH_LIMIT }).pipe(
                map((page) => page.items),
                catchError((error: unknown) => {
                  this.state.update((s) => ({ ...s, errors: credentialsErrorMessages(error) }));
                  return of<AdminUserSummary[]>([]);
                }),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((users) => {
        this.state.update((s) => ({ ...s, users, searching: false }));
      });
    this.checks
      .pipe(
        switchMap((target) =>
          target === null
            ? of<CheckResult>({ eligibility: null, errors: [] })
            : this.api.eligibility(target.courseId, target.user.id).pipe(
                map((eligibility): CheckResult => ({ eligibility, errors: [] })),
                catchError((error: unknown) =>
                  of<CheckResult>({
                    eligibility: null,
                    errors:
                      apiErrorCode(error) === CredentialsErrorCode.NotEnrolled ||
                      httpStatusOf(error) === 404
                        ? [`${target.user.fullName} is not enrolled in this course.`]
                        : credentialsErrorMessages(error),
                  }),
                ),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ eligibility, errors }) => {
        this.state.update((s) => ({
          ...s,
          checking: false,
          eligibility,
          errors: errors.length > 0 ? errors : s.errors,
        }));
      });
    this.destroyRef.onDestroy(() => this.polling?.unsubscribe());
  }

  // --- one certificate ----------------------------------------------------------------------

  chooseCourse(courseId: string | null): void {
    this.state.update((s) => ({ ...s, courseId, issued: null, errors: [] }));
    this.checkEligibility();
  }

  /** Trainees whose name or email contains `q` (at least 2 characters). */
  searchUsers(q: string): void {
    this.state.update((s) => ({ ...s, searching: q.trim().length >= 2 }));
    this.searches.next(q.trim());
  }

  chooseUser(user: AdminUserSummary | null): void {
    this.state.update((s) => ({ ...s, user, issued: null, errors: [] }));
    this.checkEligibility();
  }

  /** Asks again (a newer check replaces one still under way). */
  checkEligibility(): void {
    const { courseId, user } = this.state();
    const target = courseId !== null && user !== null ? { courseId, user } : null;
    this.state.update((s) => ({ ...s, checking: target !== null, eligibility: null }));
    this.checks.next(target);
  }

  /** Issues the certificate; resolves it, or null with the reason (and what is missing) shown. */
  async issue(): Promise<Certificate | null> {
    const { courseId, user } = this.state();
    if (courseId === null || user === null || !this.canIssue()) return null;
    this.state.update((s) => ({ ...s, issuing: true, errors: [], issued: null }));
    try {
      const issued = await firstValueFrom(this.api.issueCertificate({ userId: user.id, courseId }));
      this.state.update((s) => ({
        ...s,
        issuing: false,
        issued,
        eligibility: s.eligibility ? { ...s.eligibility, certificateId: issued.id } : null,
      }));
      return issued;
    } catch (error: unknown) {
      const code = apiErrorCode(error);
      this.state.update((s) => ({
        ...s,
        issuing: false,
        errors:
          code === CredentialsErrorCode.NotEligible
            ? [`${user.fullName} is not eligible yet.`]
            : credentialsErrorMessages(error),
        eligibility:
          code === CredentialsErrorCode.NotEligible && s.eligibility
            ? { ...s.eligibility, eligible: false, missing: missingOf(error) }
            : s.eligibility,
      }));
      if (code === CredentialsErrorCode.CertificateExists) this.checkEligibility();
      return null;
    }
  }

  // --- bulk -----------------------------------------------------------------------------------

  chooseBulkCourse(courseId: string | null): void {
    if (this.bulkRunning()) return;
    this.state.update((s) => ({ ...s, bulkCourseId: courseId, bulk: null, bulkErrors: [] }));
  }

  /** Starts the job and follows it every second until it completes or fails. */
  async startBulk(): Promise<void> {
    const courseId = this.bulkCourseId();
    if (courseId === null || this.bulkRunning() || this.bulkStarting()) return;
    this.state.update((s) => ({ ...s, bulkStarting: true, bulk: null, bulkErrors: [] }));
    try {
      const bulk = await firstValueFrom(this.api.startBulkIssuance(courseId));
      this.state.update((s) => ({ ...s, bulkStarting: false, bulk }));
      if (isRunning(bulk)) this.follow(bulk.id);
      else this.bulkFinished.next(bulk);
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        bulkStarting: false,
        bulkErrors: credentialsErrorMessages(error),
      }));
    }
  }

  private follow(bulkId: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(BULK_POLL_MS, BULK_POLL_MS)
      .pipe(
        switchMap(() => this.api.bulkIssuance(bulkId)),
        takeWhile((bulk) => isRunning(bulk), true),
      )
      .subscribe({
        next: (bulk) => {
          this.state.update((s) => ({ ...s, bulk }));
          if (!isRunning(bulk)) this.bulkFinished.next(bulk);
        },
        error: (error: unknown) => {
          // The job may still run on the server; the list shows what it issued.
          this.state.update((s) => ({
            ...s,
            bulk: null,
            bulkErrors: [
              'We lost track of the bulk issuance. Reload the page to see the certificates issued.',
              ...credentialsErrorMessages(error),
            ],
          }));
        },
      });
  }
}
