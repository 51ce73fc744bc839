import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { CourseSummary } from '@lms/shared/contracts';
import { CatalogueStore } from '../data-access/catalogue.store';
import { CreditListComponent } from '../ui/credit-list.component';
import { formatCourseHours } from '../ui/curriculum-format';

@Component({
  selector: 'lms-catalogue-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CreditListComponent,
  ],
  providers: [CatalogueStore],
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePageComponent implements OnInit {
  protected readonly store = inject(CatalogueStore);
  private readonly router = inject(Router);
  protected readonly hours = formatCourseHours;

  ngOnInit(): void {
    void this.store.load();
  }

  protected async enroll(course: CourseSummary): Promise<void> {
    if (await this.store.enroll(course.id)) {
      await this.router.navigate(['/courses', course.id]);
    }
  }
}
