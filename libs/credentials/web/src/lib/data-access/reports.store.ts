import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CourseReportRow,
  CreditType,
  CreditsReportRow,
  EvaluationResults,
} from '@lms/shared/contracts';
import { CreditType as CreditTypes } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { CreditsReportQuery } from './credentials.api';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';
import { FileSaver } from './file-saver';

/** One period of the credits report: credits per credit type. */
export interface CreditsPeriod {
  period: string;
  credits: Partial<Record<CreditType, number>>;
  certificates: number;
  total: number;
}

interface ReportsState {
  creditsQuery: CreditsReportQuery;
  credits: readonly CreditsReportRow[];
  creditsLoading: boolean;
  creditsErrors: readonly string[];
  courses: readonly CourseReportRow[];
  coursesLoading: boolean;
  coursesErrors: readonly string[];
  evaluationCourseId: string | null;
  evaluation: EvaluationResults | null;
  evaluationLoading: boolean;
  evaluationErrors: readonly string[];
  downloading: 'credits' | 'courses' | null;
}

/** Admin reports: credits issued per period and type, learners per course, evaluations. */
@Injectable()
export class ReportsStore {
  private readonly api = inject(CredentialsApi);
  private readonly files = inject(FileSaver);
  private readonly state = signal<ReportsState>({
    creditsQuery: { period: 'month' },
    credits: [],
    creditsLoading: false,
    creditsErrors: [],
    courses: [],
    coursesLoading: false,
    coursesErrors: [],
    evaluationCourseId: null,
    evaluation: null,
    evaluationLoading: false,
    evaluationErrors: [],
    downloading: null,
  });
  private creditsCall = 0;
  private evaluationCall = 0;

  readonly creditsQuery = computed(() => this.state().creditsQuery);
  readonly credits = computed(() => this.state().credits);
  readonly creditsLoading = computed(() => this.state().creditsLoading);
  readonly creditsErrors = computed(() => this.state().creditsErrors);
  readonly courses = computed(() => this.state().courses);
  readonly coursesLoading = computed(() => this.state().coursesLoading);
  readonly coursesErrors = computed(() => this.state().coursesErrors);
  readonly evaluationCourseId = computed(() => this.state().evaluationCourseId);
  readonly evaluation = computed(() => this.state().evaluation);
  readonly evaluationLoading = computed(() => this.state().evaluationLoading);
  readonly evaluationErrors = computed(() => this.state().evaluationErrors);
  readonly downloading = computed(() => this.state().downloading);

  /** The credit types that appear in the report, in the contract's order. */
  readonly creditTypes = computed<CreditType[]>(() => {
    const present = new Set(this.credits().map((row) => row.creditType));
    return Object.values(CreditTypes).filter((type) => present.has(type));
  });
  /** One row per period, oldest first, credits per type side by side. */
  readonly periods = computed<CreditsPeriod[]>(() => {
    const byPeriod = new Map<string, CreditsPeriod>();
    for (const row of this.credits()) {
      const period = byPeriod.get(row.period) ?? {
        period: row.period,
        credits: {},
        certificates: 0,
        total: 0,
      };
      period.credits[row.creditType] = (period.credits[row.creditType] ?? 0) + row.credits;
      period.certificates += row.certificates;
      period.total += row.credits;
      byPeriod.set(row.period, period);
    }
    return [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  });
  readonly creditsTotal = computed(() => this.periods().reduce((sum, p) => sum + p.total, 0));

  async loadCredits(query: CreditsReportQuery = this.creditsQuery()): Promise<void> {
    const call = ++this.creditsCall;
    this.state.update((s) => ({
      ...s,
      creditsQuery: query,
      creditsLoading: true,
      creditsErrors: [],
    }));
    try {
      const credits = await firstValueFrom(this.api.creditsReport(query));
      if (call === this.creditsCall) {
        this.state.update((s) => ({ ...s, creditsLoading: false, credits }));
      }
    } catch (error: unknown) {
      if (call !== this.creditsCall) return;
      this.state.update((s) => ({
        ...s,
        creditsLoading: false,
        credits: [],
        creditsErrors: credentialsErrorMessages(error),
      }));
    }
  }

  async loadCourses(): Promise<void> {
    this.state.update((s) => ({ ...s, coursesLoading: true, coursesErrors: [] }));
    try {
      const courses = await firstValueFrom(this.api.coursesReport());
      this.state.update((s) => ({ ...s, coursesLoading: false, courses }));
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        coursesLoading: false,
        coursesErrors: credentialsErrorMessages(error),
      }));
    }
  }

  async chooseEvaluationCourse(courseId: string | null): Promise<void> {
    const call = ++this.evaluationCall;
    this.state.update((s) => ({
      ...s,
      evaluationCourseId: courseId,
      evaluation: null,
      evaluationLoading: courseId !== null,
      evaluationErrors: [],
    }));
    if (courseId === null) return;
    try {
      const evaluation = await firstValueFrom(this.api.evaluationResults(courseId));
      if (call === this.evaluationCall) {
        this.state.update((s) => ({ ...s, evaluationLoading: false, evaluation }));
      }
    } catch (error: unknown) {
      if (call !== this.evaluationCall) return;
      this.state.update((s) => ({
        ...s,
        evaluationLoading: false,
        evaluationErrors: credentialsErrorMessages(error),
      }));
    }
  }

  async downloadCreditsCsv(): Promise<void> {
    await this.download(
      'credits',
      () => this.api.creditsReportCsv(this.creditsQuery()),
      'credits-report.csv',
    );
  }

  async downloadCoursesCsv(): Promise<void> {
    await this.download('courses', () => this.api.coursesReportCsv(), 'courses-report.csv');
  }

  private async download(
    which: 'credits' | 'courses',
    fetch: () => ReturnType<CredentialsApi['coursesReportCsv']>,
    fileName: string,
  ): Promise<void> {
    if (this.downloading() !== null) return;
    this.state.update((s) => ({ ...s, downloading: which }));
    const errorsKey = which === 'credits' ? 'creditsErrors' : 'coursesErrors';
    try {
      this.files.save(await firstValueFrom(fetch()), fileName);
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, [errorsKey]: credentialsErrorMessages(error) }));
    } finally {
      this.state.update((s) => ({ ...s, downloading: null }));
    }
  }
}
