import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { CurriculumApi } from './curriculum.api';

/** How often the reader reports reading time while the page is visible. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/**
 * Proof of time spent for CE audits. While a trainee reads a lesson, it counts only the time
 * the page is visible (`document.visibilityState`) and reports the seconds since the last
 * report every 30 s (POST /api/lessons/:id/activity). It also reports when the page is
 * hidden and when reading stops; the "complete" request carries the remainder
 * (`takeUnreported()`). The server clamps every report to the time that really elapsed.
 * Provide it per page: it stops when the page is destroyed.
 */
@Injectable()
export class ReadingHeartbeat {
  private readonly document = inject(DOCUMENT);
  private readonly api = inject(CurriculumApi);

  private lessonId: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** When the page last became visible; null while hidden. */
  private visibleSince: number | null = null;
  /** Visible time counted but not yet reported (ms). */
  private bankedMs = 0;

  private readonly visibilityChanged = (): void => {
    if (this.isVisible()) {
      this.visibleSince ??= Date.now();
    } else {
      // The trainee may never come back (tab closed): report what was read so far.
      this.bank();
      this.report(this.takeUnreported());
    }
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.stop();
    });
  }

  /** The lesson being timed, if any. */
  get current(): string | null {
    return this.lessonId;
  }

  /** Starts timing a lesson; stops timing (and reports) the previous one first. */
  start(lessonId: string): void {
    this.stop();
    this.lessonId = lessonId;
    this.bankedMs = 0;
    this.visibleSince = this.isVisible() ? Date.now() : null;
    this.document.addEventListener('visibilitychange', this.visibilityChanged);
    this.timer = setInterval(() => {
      this.beat();
    }, HEARTBEAT_INTERVAL_MS);
  }

  /** Whole seconds of visible reading not reported yet; resets the count. */
  takeUnreported(): number {
    if (this.lessonId === null) return 0;
    this.bank();
    const seconds = Math.floor(this.bankedMs / 1000);
    this.bankedMs -= seconds * 1000;
    return seconds;
  }

  /** Stops timing and reports what is left. */
  stop(): void {
    if (this.lessonId !== null) this.report(this.takeUnreported());
    if (this.timer !== null) clearInterval(this.timer);
    this.document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.timer = null;
    this.lessonId = null;
    this.visibleSince = null;
    this.bankedMs = 0;
  }

  private beat(): void {
    if (this.isVisible()) this.report(this.takeUnreported());
  }

  /** Moves the visible time up to now into the bank. */
  private bank(): void {
    if (this.visibleSince === null) return;
    const now = Date.now();
    this.bankedMs += now - this.visibleSince;
    this.visibleSince = this.isVisible() ? now : null;
  }

  private report(seconds: number): void {
    if (this.lessonId === null || seconds <= 0) return;
    // Best effort: a lost heartbeat only under-counts, and the next one carries on.
    this.api.recordActivity(this.lessonId, seconds).subscribe({ error: () => undefined });
  }

  private isVisible(): boolean {
    return this.document.visibilityState === 'visible';
  }
}
