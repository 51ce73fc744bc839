import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent } from '@lms/platform/web-ui';
import type { AdminUserSummary, CourseSummary } from '@lms/shared/contracts';
import { AdminCertificatesStore } from '../data-access/admin-certificates.store';
import { CertificateIssuanceStore } from '../data-access/certificate-issuance.store';

/** "Issue a certificate": course, trainee (searched), eligibility, then Issue. */
@Component({
  selector: 'lms-issue-panel',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    AlertComponent,
  ],
  templateUrl: './issue-panel.component.html',
  styleUrl: './panels.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssuePanelComponent {
  readonly courses = input.required<readonly CourseSummary[]>();
  protected readonly store = inject(CertificateIssuanceStore);
  private readonly list = inject(AdminCertificatesStore);
  protected readonly trainee = new FormControl<string | AdminUserSummary>('', {
    nonNullable: true,
  });
  protected readonly noMatch = computed(
    () => !this.store.searching() && this.store.users().length === 0,
  );

  constructor() {
    this.trainee.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (typeof value !== 'string') return;
      // Typing again after a choice starts a new search and forgets the choice.
      if (this.store.user() !== null && value !== this.store.user()?.fullName) {
        this.store.chooseUser(null);
      }
      this.store.searchUsers(value);
    });
  }

  protected readonly displayUser = (user: AdminUserSummary | string | null): string =>
    typeof user === 'string' ? user : (user?.fullName ?? '');

  protected chooseUser(event: MatAutocompleteSelectedEvent): void {
    this.store.chooseUser(event.option.value as AdminUserSummary);
  }

  protected async issue(): Promise<void> {
    const user = this.store.user();
    const issued = await this.store.issue();
    if (issued && user) {
      this.list.refresh(
        `Certificate ${issued.verificationCode} issued to ${user.fullName} for ${issued.courseTitle}.`,
      );
    }
  }
}
