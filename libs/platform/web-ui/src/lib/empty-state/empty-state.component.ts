import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A calm placeholder for "nothing here yet": icon, heading, explanation, optional actions. */
@Component({
  selector: 'lms-empty-state',
  imports: [MatIconModule],
  templateUrl: './empty-state.component.html',
  styleUrl: './empty-state.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  /** A name registered by `provideLmsIcons()`. */
  readonly icon = input<string>('inbox');
  readonly heading = input.required<string>();
  readonly message = input<string>('');
}
