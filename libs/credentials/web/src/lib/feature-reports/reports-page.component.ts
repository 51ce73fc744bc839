import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  computed,
  inject,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { CreditType } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts, withDefaultRegisterables } from 'ng2-charts';
import type { ReportPeriod } from '../data-access/credentials.api';
import { ReportsStore } from '../data-access/reports.store';
import { RATING_SCALE } from '../feature-credit-claim/evaluation-form.component';
import { wrapLabel } from '../ui/chart-labels';
import { formatCredits, nextDay } from '../ui/credit-format';

/** Colours of the M3 theme, read once from the page (chart.js draws on a canvas). */
function themeColour(host: HTMLElement, token: string, fallback: string): string {
  const value = getComputedStyle(host).getPropertyValue(token).trim();
  return value === '' ? fallback : value;
}

/** Distinct, dark enough on white; the tables carry the same numbers in text. */
const SERIES_COLOURS = ['#006a6a', '#415f91', '#8c4a60', '#6b5f10', '#4c662b', '#7b4f9c'];

/**
 * Admin reports: credits issued per credit type and period, learners and completion per
 * course, and the evaluation results of one course. Every chart has its table beside it.
 */
@Component({
  selector: 'lms-reports-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BaseChartDirective,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [ReportsStore, provideCharts(withDefaultRegisterables())],
  templateUrl: './reports-page.component.html',
  styleUrl: './reports-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPageComponent implements OnInit {
  protected readonly store = inject(ReportsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly credits = formatCredits;
  protected readonly scale = RATING_SCALE;
  protected readonly creditsForm = new FormGroup({
    period: new FormControl<ReportPeriod>('month', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  private readonly colours = {
    primary: themeColour(this.host.nativeElement, '--mat-sys-primary', '#006a6a'),
    tertiary: themeColour(this.host.nativeElement, '--mat-sys-tertiary', '#415f91'),
    text: themeColour(this.host.nativeElement, '--mat-sys-on-surface-variant', '#3f4948'),
    grid: themeColour(this.host.nativeElement, '--mat-sys-outline-variant', '#bec9c8'),
  };

  protected readonly creditsChart = computed<ChartConfiguration<'bar'>>(() => {
    const periods = this.store.periods();
    return {
      type: 'bar',
      data: {
        labels: periods.map((p) => p.period),
        datasets: this.store.creditTypes().map((type, i) => ({
          label: CREDIT_TYPE_LABELS[type],
          data: periods.map((p) => p.credits[type] ?? 0),
          backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
          maxBarThickness: 72,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { labels: { color: this.colours.text } } },
        scales: {
          x: { stacked: true, ticks: { color: this.colours.text }, grid: { display: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            title: { display: true, text: 'Credits', color: this.colours.text },
            ticks: { color: this.colours.text },
            grid: { color: this.colours.grid },
          },
        },
      },
    };
  });
  protected readonly creditsSummary = computed(() => {
    const periods = this.store.periods();
    const top = periods.reduce<(typeof periods)[number] | null>(
      (best, p) => (best === null || p.total > best.total ? p : best),
      null,
    );
    if (!top) return 'No credits issued in this range.';
    return `Stacked bar chart of credits issued per ${this.store.creditsQuery().period} and credit type, ${formatCredits(this.store.creditsTotal())} credits in all; most in ${top.period} (${formatCredits(top.total)}). The table lists every value.`;
  });

  protected readonly coursesChart = computed<ChartConfiguration<'bar'>>(() => {
    const rows = this.store.courses();
    return {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.title),
        datasets: [
          {
            label: 'Learners',
            data: rows.map((r) => r.learners),
            backgroundColor: this.colours.tertiary,
            maxBarThickness: 24,
          },
          {
            label: 'Completed',
            data: rows.map((r) => r.completed),
            backgroundColor: this.colours.primary,
            maxBarThickness: 24,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { labels: { color: this.colours.text } } },
        scales: {
          x: {
            beginAtZero: true,
            ticks: { precision: 0, color: this.colours.text },
            grid: { color: this.colours.grid },
          },
          y: {
            ticks: {
              color: this.colours.text,
              // Course titles on several lines, narrower on a phone, never cut off.
              callback(value) {
                const label = this.getLabelForValue(Number(value));
                return wrapLabel(label, this.chart.width < 480 ? 18 : 32);
              },
            },
            grid: { display: false },
          },
        },
      },
    };
  });
  protected readonly coursesSummary = computed(() => {
    const rows = this.store.courses();
    const learners = rows.reduce((sum, r) => sum + r.learners, 0);
    const completed = rows.reduce((sum, r) => sum + r.completed, 0);
    return `Bar chart of learners and completions for ${rows.length} ${rows.length === 1 ? 'course' : 'courses'}: ${learners} learners, ${completed} completed. The table lists every course.`;
  });
  protected readonly coursesChartHeight = computed(() =>
    Math.max(160, this.store.courses().length * 56 + 60),
  );
  /** A chart of nothing but zeros says less than one sentence. */
  protected readonly anyLearners = computed(() => this.store.courses().some((r) => r.learners > 0));

  ngOnInit(): void {
    void this.store.loadCredits();
    void this.store.loadCourses();
  }

  protected showCredits(): void {
    const { period, from, to } = this.creditsForm.getRawValue();
    // "To" is the last day to include; the API's `to` is the first day left out.
    void this.store.loadCredits({
      period,
      from: from || undefined,
      to: to ? nextDay(to) : undefined,
    });
  }

  protected async chooseCourse(courseId: string | null): Promise<void> {
    await this.store.chooseEvaluationCourse(courseId);
  }

  protected creditsOf(credits: Partial<Record<CreditType, number>>, type: CreditType): string {
    const value = credits[type];
    return value === undefined ? '—' : formatCredits(value);
  }

  protected share(count: number, total: number): number {
    return total === 0 ? 0 : Math.round((count / total) * 100);
  }

  protected average(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : value.toFixed(2);
  }

  protected async downloadCredits(): Promise<void> {
    await this.store.downloadCreditsCsv();
  }

  protected async downloadCourses(): Promise<void> {
    await this.store.downloadCoursesCsv();
  }
}
