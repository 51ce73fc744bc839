import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts, withDefaultRegisterables } from 'ng2-charts';
import { map } from 'rxjs';
import { QuizStatisticsStore } from '../data-access/quiz-statistics.store';
import { PostTestBadgeComponent } from '../ui/post-test-badge.component';
import { formatScore, formatShare, formatStat } from '../ui/quiz-format';

/** Colours of the M3 theme, read once from the page (chart.js draws on a canvas). */
function themeColour(host: HTMLElement, token: string, fallback: string): string {
  const value = getComputedStyle(host).getPropertyValue(token).trim();
  return value === '' ? fallback : value;
}

/** Item analysis: summary, score distribution, difficulty and discrimination, pick rates. */
@Component({
  selector: 'lms-quiz-statistics-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    BaseChartDirective,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PostTestBadgeComponent,
  ],
  providers: [QuizStatisticsStore, provideCharts(withDefaultRegisterables())],
  templateUrl: './quiz-statistics-page.component.html',
  styleUrl: './quiz-statistics-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizStatisticsPageComponent {
  protected readonly store = inject(QuizStatisticsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly quizId = signal('');
  protected readonly score = formatScore;
  protected readonly share = formatShare;
  protected readonly stat = formatStat;

  private readonly colours = {
    primary: themeColour(this.host.nativeElement, '--mat-sys-primary', '#006a6a'),
    tertiary: themeColour(this.host.nativeElement, '--mat-sys-tertiary', '#415f91'),
    text: themeColour(this.host.nativeElement, '--mat-sys-on-surface-variant', '#3f4948'),
    grid: themeColour(this.host.nativeElement, '--mat-sys-outline-variant', '#bec9c8'),
  };

  protected readonly title = computed(() => this.store.quiz()?.title ?? 'Quiz statistics');
  protected readonly distribution = computed(
    () => this.store.statistics()?.scoreDistribution ?? [],
  );
  protected readonly questions = computed(() =>
    (this.store.statistics()?.questions ?? []).map((q, i) => ({ ...q, number: i + 1 })),
  );

  protected readonly distributionChart = computed<ChartConfiguration<'bar'>>(() => ({
    type: 'bar',
    data: {
      labels: this.distribution().map((bin) => `${bin.from}–${bin.to}%`),
      datasets: [
        {
          label: 'Attempts',
          data: this.distribution().map((bin) => bin.count),
          backgroundColor: this.colours.primary,
          borderRadius: 4,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: {
          title: { display: true, text: 'Score', color: this.colours.text },
          ticks: { color: this.colours.text },
          grid: { display: false },
        },
        y: {
          beginAtZero: true,
          title: { display: true, text: 'Attempts', color: this.colours.text },
          ticks: { precision: 0, color: this.colours.text },
          grid: { color: this.colours.grid },
        },
      },
    },
  }));

  protected readonly itemChart = computed<ChartConfiguration<'bar'>>(() => ({
    type: 'bar',
    data: {
      labels: this.questions().map((q) => `Q${q.number}`),
      datasets: [
        {
          label: 'Difficulty (share correct)',
          data: this.questions().map((q) => q.difficulty),
          backgroundColor: this.colours.primary,
        },
        {
          label: 'Discrimination',
          data: this.questions().map((q) => q.discrimination),
          backgroundColor: this.colours.tertiary,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { labels: { color: this.colours.text } } },
      scales: {
        x: { ticks: { color: this.colours.text }, grid: { display: false } },
        y: {
          min: -1,
          max: 1,
          ticks: { color: this.colours.text },
          grid: { color: this.colours.grid },
        },
      },
    },
  }));

  protected readonly distributionSummary = computed(() => {
    const bins = this.distribution();
    const top = bins.reduce<(typeof bins)[number] | null>(
      (best, bin) => (best === null || bin.count > best.count ? bin : best),
      null,
    );
    if (!top || top.count === 0) return 'No submitted attempts yet.';
    return `Bar chart of attempts per score band. Most attempts (${top.count}) scored ${top.from}–${top.to}%. The table below lists every band.`;
  });
  protected readonly itemSummary = computed(() => {
    const flagged = this.store.flaggedCount();
    return `Bar chart of difficulty and discrimination for ${this.questions().length} questions; ${flagged} flagged for review. The table below lists every value.`;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('quizId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((quizId) => {
        this.quizId.set(quizId);
        void this.store.load(quizId);
      });
  }
}
