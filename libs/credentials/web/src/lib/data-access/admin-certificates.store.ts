import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CurriculumApi } from '@lms/curriculum/web';
import type { Certificate, CertificateStatus, CourseSummary, Page } from '@lms/shared/contracts';
import { PAGE_MAX_LIMIT } from '@lms/shared/contracts';
import { Subject, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import type { CertificateQuery } from './credentials.api';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';
import { FileSaver, certificateFileName } from './file-saver';

export const CERTIFICATES_PAGE_SIZE = 20;

export interface CertificateFilters {
  courseId: string | null;
  status: CertificateStatus | null;
  q: string;
}

interface AdminCertificatesState {
  filters: CertificateFilters;
  limit: number;
  offset: number;
  page: Page<Certificate>;
  loading: boolean;
  errors: readonly string[];
  notice: string;
  /** Ids of certificates with a revoke, reissue or download under way. */
  busy: readonly string[];
  courses: readonly CourseSummary[];
}

type LoadResult = { ok: true; page: Page<Certificate> } | { ok: false; errors: string[] };

/** The admin's certificate list: filters, paging, revoke, reissue and PDF. Provide it per page. */
@Injectable()
export class AdminCertificatesStore {
  private readonly api = inject(CredentialsApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly files = inject(FileSaver);
  private readonly loads = new Subject<CertificateQuery>();
  private readonly state = signal<AdminCertificatesState>({
    filters: { courseId: null, status: null, q: '' },
    limit: CERTIFICATES_PAGE_SIZE,
    offset: 0,
    page: { items: [], total: 0 },
    loading: false,
    errors: [],
    notice: '',
    busy: [],
    courses: [],
  });

  readonly filters = computed(() => this.state().filters);
  readonly certificates = computed(() => this.state().page.items);
  readonly total = computed(() => this.state().page.total);
  readonly limit = computed(() => this.state().limit);
  readonly pageIndex = computed(() => Math.floor(this.state().offset / this.state().limit));
  readonly loading = computed(() => this.state().loading);
  readonly errors = computed(() => this.state().errors);
  readonly notice = computed(() => this.state().notice);
  readonly courses = computed(() => this.state().courses);
  readonly filtered = computed(() => {
    const f = this.filters();
    return f.courseId !== null || f.status !== null || f.q !== '';
  });

  constructor() {
    // switchMap drops the answer to a superseded query (typing fast, paging quickly).
    this.loads
      .pipe(
        switchMap((query) =>
          this.api.listCertificates(query).pipe(
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
            : { ...s, loading: false, errors: result.errors },
        );
      });
  }

  load(): void {
    const { filters, limit, offset } = this.state();
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    this.loads.next({
      courseId: filters.courseId ?? undefined,
      status: filters.status ?? undefined,
      q: filters.q,
      limit,
      offset,
    });
  }

  /** The courses for the filter and the issue panels (every course an admin sees). */
  async loadCourses(): Promise<void> {
    try {
      const page = await firstValueFrom(this.curriculum.listCourses({ limit: PAGE_MAX_LIMIT }));
      const courses = [...page.items].sort((a, b) => a.title.localeCompare(b.title));
      this.state.update((s) => ({ ...s, courses }));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: credentialsErrorMessages(error) }));
    }
  }

  filter(changes: Partial<CertificateFilters>): void {
    this.state.update((s) => ({
      ...s,
      filters: { ...s.filters, ...changes, q: (changes.q ?? s.filters.q).trim() },
      offset: 0,
    }));
    this.load();
  }

  changePage(pageIndex: number, pageSize: number): void {
    this.state.update((s) => ({ ...s, limit: pageSize, offset: pageIndex * pageSize }));
    this.load();
  }

  isBusy(certificateId: string): boolean {
    return this.state().busy.includes(certificateId);
  }

  async revoke(certificate: Certificate, reason: string): Promise<boolean> {
    return this.act(certificate, async () => {
      const revoked = await firstValueFrom(this.api.revoke(certificate.id, reason));
      this.replaceRow(revoked);
      return `Certificate ${certificate.verificationCode} of ${certificate.holderName} revoked.`;
    });
  }

  /** Revokes with the reason and issues a new certificate (new code); the list shows both. */
  async reissue(certificate: Certificate, reason: string): Promise<boolean> {
    return this.act(certificate, async () => {
      const issued = await firstValueFrom(this.api.reissue(certificate.id, reason));
      this.load();
      return `Certificate of ${certificate.holderName} reissued with the new code ${issued.verificationCode}; ${certificate.verificationCode} is revoked.`;
    });
  }

  async download(certificate: Certificate): Promise<void> {
    await this.act(certificate, async () => {
      const pdf = await firstValueFrom(this.api.certificatePdf(certificate.id));
      this.files.save(pdf, certificateFileName(certificate.verificationCode));
      return '';
    });
  }

  /** After issuing from a panel: show the newest first again. */
  refresh(notice: string): void {
    this.state.update((s) => ({ ...s, notice }));
    this.load();
  }

  private replaceRow(certificate: Certificate): void {
    this.state.update((s) => ({
      ...s,
      page: {
        ...s.page,
        items: s.page.items.map((c) => (c.id === certificate.id ? certificate : c)),
      },
    }));
  }

  private async act(certificate: Certificate, work: () => Promise<string>): Promise<boolean> {
    if (this.isBusy(certificate.id)) return false;
    this.state.update((s) => ({
      ...s,
      busy: [...s.busy, certificate.id],
      errors: [],
      notice: '',
    }));
    try {
      const notice = await work();
      this.state.update((s) => ({ ...s, notice }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: credentialsErrorMessages(error) }));
      return false;
    } finally {
      this.state.update((s) => ({ ...s, busy: s.busy.filter((id) => id !== certificate.id) }));
    }
  }
}
