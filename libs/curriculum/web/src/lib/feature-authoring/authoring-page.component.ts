import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { CreateCourseRequest } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthoringStore } from '../data-access/authoring.store';
import { CourseStatusComponent } from '../ui/course-status.component';
import { formatCourseHours, formatDay } from '../ui/curriculum-format';
import { NewCourseDialogComponent, type NewCourseDialogData } from './new-course-dialog.component';

@Component({
  selector: 'lms-authoring-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CourseStatusComponent,
  ],
  providers: [AuthoringStore],
  templateUrl: './authoring-page.component.html',
  styleUrl: './authoring-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthoringPageComponent implements OnInit {
  protected readonly store = inject(AuthoringStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly hours = formatCourseHours;
  protected readonly day = formatDay;

  ngOnInit(): void {
    void this.store.load();
  }

  protected async newCourse(): Promise<void> {
    this.store.clearCreateErrors();
    const data: NewCourseDialogData = {
      submit: async (request: CreateCourseRequest) =>
        (await this.store.create(request))?.id ?? null,
      errors: this.store.createErrors,
    };
    const ref = this.dialog.open<NewCourseDialogComponent, NewCourseDialogData, string>(
      NewCourseDialogComponent,
      { data, width: '720px', maxWidth: 'calc(100vw - 32px)' },
    );
    const courseId = await firstValueFrom(ref.afterClosed());
    if (courseId) await this.router.navigate(['/authoring/courses', courseId]);
  }
}
