import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CourseStatus } from '@lms/shared/contracts';

interface StatusChip {
  label: string;
  kind: 'draft' | 'published' | 'retired';
}

/** Where a course stands for its authors: "Draft", "Published v2", "Draft of v3". */
export function statusChips(
  status: CourseStatus,
  version: number,
  publishedVersion: number | null,
): StatusChip[] {
  switch (status) {
    case CourseStatus.Published:
      return [{ label: `Published v${version}`, kind: 'published' }];
    case CourseStatus.Retired:
      return [{ label: `Retired v${version}`, kind: 'retired' }];
    case CourseStatus.Draft:
      return publishedVersion === null
        ? [{ label: 'Draft', kind: 'draft' }]
        : [
            { label: `Published v${publishedVersion}`, kind: 'published' },
            { label: `Draft of v${version}`, kind: 'draft' },
          ];
  }
}

/** A course's status as chips (text, not colour alone, carries the meaning). */
@Component({
  selector: 'lms-course-status',
  template: `
    <ul class="status" aria-label="Status">
      @for (chip of chips(); track chip.label) {
        <li
          class="status__chip"
          [class.status__chip--published]="chip.kind === 'published'"
          [class.status__chip--draft]="chip.kind === 'draft'"
          [class.status__chip--retired]="chip.kind === 'retired'"
        >
          {{ chip.label }}
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .status__chip {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-small);
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .status__chip--published {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: transparent;
    }
    .status__chip--draft {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-color: transparent;
    }
    .status__chip--retired {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseStatusComponent {
  readonly status = input.required<CourseStatus>();
  readonly version = input.required<number>();
  readonly publishedVersion = input<number | null>(null);
  protected readonly chips = computed(() =>
    statusChips(this.status(), this.version(), this.publishedVersion()),
  );
}
