import { Injectable, computed, inject, signal } from '@angular/core';
import { httpStatusOf } from '@lms/platform/web';
import type {
  GradeRequest,
  RegradeRequest,
  RoleplayResponse,
  SubmissionResponse,
} from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { RoleplayApi } from './roleplay.api';
import {
  RoleplayErrorCode,
  apiErrorCode,
  isNotFound,
  roleplayErrorMessages,
} from './roleplay-errors';

export type GradingBlock = 'not-found' | 'not-staff';

/** What was just saved, for the confirmation. */
export type SavedKind = 'grade' | 'correction';

interface GradingState {
  submission: SubmissionResponse | null;
  roleplay: RoleplayResponse | null;
  loading: boolean;
  blocked: GradingBlock | null;
  errors: readonly string[];
  saving: boolean;
  saveErrors: readonly string[];
  saved: SavedKind | null;
  /** Someone else graded it first (409 ALREADY_GRADED). */
  conflict: boolean;
  /** The grader's own scores when the save was refused, so nothing typed is lost. */
  draft: GradeRequest | null;
}

const INITIAL: GradingState = {
  submission: null,
  roleplay: null,
  loading: false,
  blocked: null,
  errors: [],
  saving: false,
  saveErrors: [],
  saved: null,
  conflict: false,
  draft: null,
};

/**
 * One submission for the instructor: the scenario, the trainee's work and the rubric to grade
 * with; once graded, the grade and a correction ("regrade"). Provide it per page.
 */
@Injectable()
export class GradingStore {
  private readonly api = inject(RoleplayApi);
  private readonly state = signal<GradingState>(INITIAL);
  private loadCall = 0;

  readonly submission = computed(() => this.state().submission);
  readonly roleplay = computed(() => this.state().roleplay);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly saving = computed(() => this.state().saving);
  readonly saveErrors = computed(() => this.state().saveErrors);
  readonly saved = computed(() => this.state().saved);
  readonly conflict = computed(() => this.state().conflict);
  readonly draft = computed(() => this.state().draft);
  readonly grade = computed(() => this.submission()?.grade ?? null);
  readonly isGraded = computed(() => this.grade() !== null);
  /** Only the trainee's latest submission can have its grade corrected. */
  readonly canCorrect = computed(() => this.isGraded() && this.submission()?.latest === true);

  async load(submissionId: string): Promise<void> {
    const call = ++this.loadCall;
    this.state.set({ ...INITIAL, loading: true });
    try {
      const submission = await firstValueFrom(this.api.getSubmission(submissionId));
      const latest = await firstValueFrom(this.api.getRoleplay(submission.roleplayId));
      // Grade against the rubric version the trainee submitted under, not a newer one.
      const roleplay: RoleplayResponse = {
        ...latest,
        rubric: { criteria: submission.rubric.criteria },
        rubricVersion: submission.rubric.version,
        maxPoints: submission.rubric.maxPoints,
      };
      if (call !== this.loadCall) return;
      this.state.update((s) => ({ ...s, loading: false, submission, roleplay }));
    } catch (error: unknown) {
      if (call !== this.loadCall) return;
      const blocked = blockOf(error);
      this.state.update((s) => ({
        ...s,
        loading: false,
        blocked,
        errors: blocked === null ? roleplayErrorMessages(error) : [],
      }));
    }
  }

  /** Saves the grade; resolves true when saved. On a conflict the other grade is shown. */
  async saveGrade(body: GradeRequest): Promise<boolean> {
    const submission = this.submission();
    if (!submission || this.saving()) return false;
    this.startSaving();
    try {
      const graded = await firstValueFrom(this.api.grade(submission.id, body));
      this.state.update((s) => ({ ...s, saving: false, submission: graded, saved: 'grade' }));
      return true;
    } catch (error: unknown) {
      const conflict = apiErrorCode(error) === RoleplayErrorCode.AlreadyGraded;
      this.state.update((s) => ({
        ...s,
        saving: false,
        saveErrors: roleplayErrorMessages(error),
        conflict,
        draft: body,
      }));
      if (conflict) await this.refresh(submission.id);
      return false;
    }
  }

  /** Corrects the grade in force (a new, audited grade with a reason). */
  async saveCorrection(body: RegradeRequest): Promise<boolean> {
    const submission = this.submission();
    if (!submission || this.saving()) return false;
    this.startSaving();
    try {
      const corrected = await firstValueFrom(this.api.regrade(submission.id, body));
      this.state.update((s) => ({
        ...s,
        saving: false,
        submission: corrected,
        saved: 'correction',
        conflict: false,
        draft: null,
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        saving: false,
        saveErrors: roleplayErrorMessages(error),
        draft: body,
      }));
      if (httpStatusOf(error) === 409) await this.refresh(submission.id);
      return false;
    }
  }

  /** Forgets a confirmation or refusal (e.g. when a correction form opens). */
  clearMessages(): void {
    this.state.update((s) => ({ ...s, saveErrors: [], saved: null }));
  }

  private startSaving(): void {
    this.state.update((s) => ({ ...s, saving: true, saveErrors: [], saved: null }));
  }

  private async refresh(submissionId: string): Promise<void> {
    try {
      const submission = await firstValueFrom(this.api.getSubmission(submissionId));
      this.state.update((s) => ({ ...s, submission }));
    } catch {
      // Keep what is shown; the error explains the refusal.
    }
  }
}

function blockOf(error: unknown): GradingBlock | null {
  const code = apiErrorCode(error);
  if (code === RoleplayErrorCode.NotYourSubmission || code === RoleplayErrorCode.NotCourseStaff) {
    return 'not-staff';
  }
  return isNotFound(error) ? 'not-found' : null;
}
