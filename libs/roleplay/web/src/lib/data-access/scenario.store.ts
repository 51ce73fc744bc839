import { HttpEventType } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import type { CourseOutline, RoleplayResponse, SubmissionResponse } from '@lms/shared/contracts';
import type { Subscription } from 'rxjs';
import { firstValueFrom } from 'rxjs';
import { RoleplayApi } from './roleplay.api';
import {
  RoleplayErrorCode,
  apiErrorCode,
  isNotFound,
  roleplayErrorMessages,
} from './roleplay-errors';

/** Why a role-play cannot be shown at all. */
export type ScenarioBlock = 'not-enrolled' | 'not-found';

/** Where the trainee stands with the role-play. */
export type ScenarioStatus = 'preview' | 'locked' | 'passed' | 'pending' | 'revise' | 'open';

/** What the trainee sends: the texts and, optionally, a recording. */
export interface SubmissionDraft {
  transcript: string;
  reflection: string;
  recording: File | null;
}

/** An upload under way: bytes sent of the total (null until the browser knows it). */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

interface ScenarioState {
  roleplay: RoleplayResponse | null;
  submissions: SubmissionResponse[];
  outline: CourseOutline | null;
  loading: boolean;
  blocked: ScenarioBlock | null;
  errors: readonly string[];
  upload: UploadProgress | null;
  submitErrors: readonly string[];
  /** Set after a successful submission, until the next load. */
  submittedNumber: number | null;
}

const INITIAL: ScenarioState = {
  roleplay: null,
  submissions: [],
  outline: null,
  loading: false,
  blocked: null,
  errors: [],
  upload: null,
  submitErrors: [],
  submittedNumber: null,
};

/**
 * A role-play for the trainee: the scenario and rubric up front, the submission (texts and an
 * optional recording, with upload progress) and the graded attempts. Provide it per page.
 */
@Injectable()
export class ScenarioStore {
  private readonly api = inject(RoleplayApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<ScenarioState>(INITIAL);
  private loadCall = 0;
  private uploadSubscription: Subscription | null = null;
  private cancelPending: (() => void) | null = null;

  readonly roleplay = computed(() => this.state().roleplay);
  readonly submissions = computed(() => this.state().submissions);
  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly submitErrors = computed(() => this.state().submitErrors);
  readonly submittedNumber = computed(() => this.state().submittedNumber);
  readonly uploading = computed(() => this.state().upload !== null);
  /** 0–100 once the size is known, else null (indeterminate). */
  readonly uploadPercent = computed(() => {
    const upload = this.state().upload;
    if (!upload || upload.total === null || upload.total === 0) return null;
    return Math.min(100, Math.floor((upload.loaded / upload.total) * 100));
  });

  /** A trainee enrolled in the course; staff (who get the grader notes) see a preview. */
  readonly isTrainee = computed(() => {
    const roleplay = this.roleplay();
    return (
      roleplay !== null && roleplay.graderNotes === undefined && this.outline()?.enrolled !== false
    );
  });
  readonly latest = computed(() => this.submissions().at(0) ?? null);
  readonly status = computed<ScenarioStatus>(() => {
    const roleplay = this.roleplay();
    if (!roleplay || !this.isTrainee()) return 'preview';
    if (roleplay.passed) return 'passed';
    if (roleplay.locked) return 'locked';
    if (roleplay.pending) return 'pending';
    return this.latest()?.grade?.outcome === 'revise' ? 'revise' : 'open';
  });
  readonly canSubmit = computed(() => this.status() === 'open' || this.status() === 'revise');
  readonly moduleTitle = computed(() => {
    const roleplay = this.roleplay();
    return this.outline()?.modules.find((m) => m.id === roleplay?.moduleId)?.title ?? null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.uploadSubscription?.unsubscribe());
  }

  async load(courseId: string, roleplayId: string): Promise<void> {
    const call = ++this.loadCall;
    const needsOutline = this.state().outline?.id !== courseId;
    this.state.update((s) => ({
      ...INITIAL,
      outline: needsOutline ? null : s.outline,
      loading: true,
    }));
    const [roleplay, submissions, outline] = await Promise.allSettled([
      firstValueFrom(this.api.getRoleplay(roleplayId)),
      firstValueFrom(this.api.mySubmissions(roleplayId)),
      needsOutline ? firstValueFrom(this.curriculum.getCourse(courseId)) : Promise.resolve(null),
    ]);
    if (call !== this.loadCall) return;
    const blocked = roleplay.status === 'rejected' ? blockOf(roleplay.reason) : null;
    this.state.update((s) => ({
      ...s,
      loading: false,
      roleplay: roleplay.status === 'fulfilled' ? roleplay.value : null,
      // Staff who are not enrolled have no submissions; a failure here only hides the history.
      submissions: submissions.status === 'fulfilled' ? submissions.value : [],
      outline: outline.status === 'fulfilled' && outline.value ? outline.value : s.outline,
      blocked,
      errors:
        roleplay.status === 'rejected' && blocked === null
          ? roleplayErrorMessages(roleplay.reason)
          : [],
    }));
  }

  /**
   * Sends the submission, reporting upload progress. Resolves true once the API accepted it
   * (the role-play and history are reloaded: "waiting for a grade"), false when refused.
   */
  submit(draft: SubmissionDraft): Promise<boolean> {
    const roleplay = this.roleplay();
    if (!roleplay || this.uploading() || !this.canSubmit()) return Promise.resolve(false);
    this.state.update((s) => ({
      ...s,
      upload: { loaded: 0, total: draft.recording ? draft.recording.size : null },
      submitErrors: [],
      submittedNumber: null,
    }));
    const body = { transcript: draft.transcript, reflection: draft.reflection };
    return new Promise<boolean>((resolve) => {
      let responded = false;
      let settled = false;
      const finish = (accepted: boolean): void => {
        if (settled) return;
        settled = true;
        this.uploadSubscription = null;
        this.cancelPending = null;
        resolve(accepted);
      };
      this.cancelPending = () => {
        finish(false);
      };
      const subscription = this.api.submit(roleplay.id, body, draft.recording).subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            this.state.update((s) => ({
              ...s,
              upload: { loaded: event.loaded, total: event.total ?? s.upload?.total ?? null },
            }));
          } else if (event.type === HttpEventType.Response) {
            responded = true;
            // Accepted: too late to cancel while the page reloads the role-play.
            this.uploadSubscription = null;
            this.cancelPending = null;
            void this.afterSubmit(roleplay.id).then(() => {
              finish(true);
            });
          }
        },
        error: (error: unknown) => {
          const submitErrors = roleplayErrorMessages(error);
          this.state.update((s) => ({ ...s, upload: null, submitErrors }));
          // Pending, passed or locked meanwhile: show the role-play as it is now.
          if (isStateConflict(error)) void this.refresh(roleplay.id);
          finish(false);
        },
        complete: () => {
          if (!responded) {
            this.state.update((s) => ({ ...s, upload: null }));
            finish(false);
          }
        },
      });
      // A synchronous source (tests) has finished already.
      if (!subscription.closed) this.uploadSubscription = subscription;
    });
  }

  /** Aborts the upload in progress; nothing is submitted. */
  cancelUpload(): void {
    if (!this.uploadSubscription) return;
    this.uploadSubscription.unsubscribe();
    this.cancelPending?.();
    this.state.update((s) => ({
      ...s,
      upload: null,
      submitErrors: ['Upload cancelled. Nothing was submitted.'],
    }));
  }

  private async afterSubmit(roleplayId: string): Promise<void> {
    await this.refresh(roleplayId);
    this.state.update((s) => ({
      ...s,
      upload: null,
      submittedNumber: s.submissions.at(0)?.number ?? 1,
    }));
  }

  private async refresh(roleplayId: string): Promise<void> {
    const [roleplay, submissions] = await Promise.allSettled([
      firstValueFrom(this.api.getRoleplay(roleplayId)),
      firstValueFrom(this.api.mySubmissions(roleplayId)),
    ]);
    this.state.update((s) => ({
      ...s,
      roleplay: roleplay.status === 'fulfilled' ? roleplay.value : s.roleplay,
      submissions: submissions.status === 'fulfilled' ? submissions.value : s.submissions,
    }));
  }
}

function blockOf(error: unknown): ScenarioBlock | null {
  if (apiErrorCode(error) === RoleplayErrorCode.NotEnrolled) return 'not-enrolled';
  return isNotFound(error) ? 'not-found' : null;
}

function isStateConflict(error: unknown): boolean {
  const code = apiErrorCode(error);
  return (
    code === RoleplayErrorCode.SubmissionPending ||
    code === RoleplayErrorCode.AlreadyPassed ||
    code === RoleplayErrorCode.RoleplayLocked
  );
}
