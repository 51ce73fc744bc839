import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { MyCoursesStore } from '../data-access/my-courses.store';
import { CourseProgressComponent } from '../ui/course-progress.component';
import { formatDay, itemLink } from '../ui/curriculum-format';

@Component({
  selector: 'lms-my-courses-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CourseProgressComponent,
  ],
  providers: [MyCoursesStore],
  templateUrl: './my-courses-page.component.html',
  styleUrl: './my-courses-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoursesPageComponent implements OnInit {
  protected readonly store = inject(MyCoursesStore);
  protected readonly itemLink = itemLink;
  protected readonly day = formatDay;

  ngOnInit(): void {
    void this.store.load();
  }
}
