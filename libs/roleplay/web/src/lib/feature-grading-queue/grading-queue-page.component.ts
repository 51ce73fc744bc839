import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { ParamMap } from '@angular/router';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { QueueFilters } from '../data-access/grading-queue.store';
import { GradingQueueStore } from '../data-access/grading-queue.store';
import { formatDateTime, formatWaiting } from '../ui/roleplay-format';

function filtersOf(params: ParamMap): QueueFilters {
  const page = Number(params.get('page') ?? '1');
  return {
    courseId: params.get('courseId') || null,
    roleplayId: params.get('roleplayId') || null,
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/**
 * The grading queue: role-play submissions waiting for a grade, oldest first, filtered by
 * course and role-play (kept in the address, so "back to the queue" returns to the same view).
 */
@Component({
  selector: 'lms-grading-queue-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [GradingQueueStore],
  templateUrl: './grading-queue-page.component.html',
  styleUrl: './grading-queue-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradingQueuePageComponent {
  protected readonly store = inject(GradingQueueStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly waiting = formatWaiting;
  protected readonly dateTime = formatDateTime;
  protected readonly caption = computed(() => {
    const total = this.store.total();
    return `${total} ${total === 1 ? 'submission' : 'submissions'} waiting, oldest first`;
  });
  protected readonly showPaginator = computed(() => this.store.total() > this.store.pageSize);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      void this.store.load(filtersOf(params));
    });
  }

  protected chooseCourse(courseId: string | null): void {
    const roleplayId = this.store.filters().roleplayId;
    const keep = this.store
      .roleplayOptions()
      .some((r) => r.id === roleplayId && (courseId === null || r.courseId === courseId));
    this.show({ courseId, roleplayId: keep ? roleplayId : null, pageIndex: 0 });
  }

  protected chooseRoleplay(roleplayId: string | null): void {
    this.show({ ...this.store.filters(), roleplayId, pageIndex: 0 });
  }

  protected changePage(event: PageEvent): void {
    this.show({ ...this.store.filters(), pageIndex: event.pageIndex });
  }

  protected clearFilters(): void {
    this.show({ courseId: null, roleplayId: null, pageIndex: 0 });
  }

  private show(filters: QueueFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        courseId: filters.courseId,
        roleplayId: filters.roleplayId,
        page: filters.pageIndex > 0 ? filters.pageIndex + 1 : null,
      },
    });
  }
}
