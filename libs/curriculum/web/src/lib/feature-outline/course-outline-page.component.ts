import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { CourseStatus, MODULE_CATEGORY_LABELS, Permission } from '@lms/shared/contracts';
import { map } from 'rxjs';
import { OutlineStore } from '../data-access/outline.store';
import { CourseProgressComponent } from '../ui/course-progress.component';
import { CreditListComponent } from '../ui/credit-list.component';
import { formatCourseHours, formatMinutes, itemLink } from '../ui/curriculum-format';

@Component({
  selector: 'lms-course-outline-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CourseProgressComponent,
    CreditListComponent,
  ],
  providers: [OutlineStore],
  templateUrl: './course-outline-page.component.html',
  styleUrl: './course-outline-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseOutlinePageComponent {
  protected readonly store = inject(OutlineStore);
  private readonly session = inject(SessionStore);

  protected readonly categoryLabels = MODULE_CATEGORY_LABELS;
  protected readonly minutes = formatMinutes;
  protected readonly hours = formatCourseHours;

  /** A trainee who is not enrolled yet, looking at a published course. */
  protected readonly canEnroll = computed(() => {
    const outline = this.store.outline();
    return (
      outline !== null &&
      !outline.enrolled &&
      outline.status !== CourseStatus.Draft &&
      this.session.can(Permission.CourseLearn)
    );
  });
  /** Staff see the latest version as a preview, without progress. */
  protected readonly isPreview = computed(() => {
    const outline = this.store.outline();
    return outline !== null && !outline.enrolled && !this.canEnroll();
  });
  protected readonly isDraft = computed(() => this.store.outline()?.status === CourseStatus.Draft);
  protected readonly resumeLink = computed(() => {
    const outline = this.store.outline();
    return outline ? itemLink(outline.id, outline.nextItem) : [];
  });
  protected readonly backLink = computed(() => {
    const outline = this.store.outline();
    if (outline?.canEdit)
      return { path: ['/authoring/courses', outline.id], label: 'Course editor' };
    if (this.session.can(Permission.CourseLearn)) {
      return outline?.enrolled
        ? { path: ['/my-courses'], label: 'My courses' }
        : { path: ['/catalogue'], label: 'Course catalogue' };
    }
    return { path: ['/authoring'], label: 'Authoring' };
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => {
        void this.store.load(courseId);
      });
  }

  protected enroll(): Promise<boolean> {
    return this.store.enroll();
  }
}
