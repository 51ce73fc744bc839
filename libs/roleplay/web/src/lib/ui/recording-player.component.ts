import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RecordingInfo } from '@lms/shared/contracts';
import { formatBytes, isVideo } from './roleplay-format';

/**
 * Plays a submission's recording: a <video> or an <audio> element by content type, straight
 * from the signed URL (it supports range requests, so the player can seek).
 */
@Component({
  selector: 'lms-recording-player',
  template: `
    @if (video()) {
      <video
        class="player player--video"
        controls
        preload="metadata"
        [src]="recording().url"
        [attr.aria-label]="label()"
      ></video>
    } @else {
      <audio
        class="player"
        controls
        preload="metadata"
        [src]="recording().url"
        [attr.aria-label]="label()"
      ></audio>
    }
    <p class="meta">{{ kind() }} recording · {{ size() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .player {
      display: block;
      width: 100%;
      max-width: 640px;
    }
    .player--video {
      max-height: 360px;
      border-radius: var(--mat-sys-corner-small);
      background: #000;
    }
    .meta {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordingPlayerComponent {
  readonly recording = input.required<RecordingInfo>();
  /** The player's accessible name, e.g. "Recording of attempt 2". */
  readonly label = input('Recording');

  protected readonly video = computed(() => isVideo(this.recording().contentType));
  protected readonly kind = computed(() => (this.video() ? 'Video' : 'Audio'));
  protected readonly size = computed(() => formatBytes(this.recording().sizeBytes));
}
