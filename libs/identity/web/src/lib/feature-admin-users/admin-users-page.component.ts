import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { type MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { AdminUserSummary } from '@lms/shared/contracts';
import { PROFESSION_LABELS, ROLES, Role } from '@lms/shared/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AdminUsersStore } from '../data-access/admin-users.store';
import { ROLE_LABELS } from '../data-access/role-labels';
import { SessionStore } from '../data-access/session.store';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'lms-admin-users-page',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [AdminUsersStore],
  templateUrl: './admin-users-page.component.html',
  styleUrl: './admin-users-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminUsersPageComponent implements OnInit {
  protected readonly store = inject(AdminUsersStore);
  private readonly session = inject(SessionStore);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly professionLabels = PROFESSION_LABELS;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly roleFilter = new FormControl<Role | null>(null);

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.store.search(q);
      });
    this.roleFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => {
      this.store.filterRole(role);
    });
  }

  ngOnInit(): void {
    this.store.load();
  }

  protected changePage(event: PageEvent): void {
    this.store.changePage(event.pageIndex, event.pageSize);
  }

  /** A user keeps at least one role, and an admin cannot demote themself. */
  protected isLocked(user: AdminUserSummary, role: Role): boolean {
    const holds = user.roles.includes(role);
    if (holds && user.roles.length === 1) return true;
    return holds && role === Role.Admin && user.id === this.session.user()?.id;
  }

  protected async toggleRole(
    user: AdminUserSummary,
    role: Role,
    change: MatCheckboxChange,
  ): Promise<void> {
    const roles = change.checked
      ? ROLES.filter((r) => r === role || user.roles.includes(r))
      : user.roles.filter((r) => r !== role);
    const saved = await this.store.setRoles(user, roles);
    // The [checked] binding has not changed, so undo the click by hand when the save failed.
    if (!saved) change.source.checked = !change.checked;
  }
}
