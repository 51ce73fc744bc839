import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import { httpStatusOf } from '@lms/platform/web';
import type {
  CourseCeSettings,
  EvaluationForm,
  UpdateEvaluationFormRequest,
} from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CredentialsApi } from './credentials.api';
import { credentialsErrorMessages } from './credentials-errors';

interface CourseCreditSettingsState {
  courseId: string;
  courseTitle: string | null;
  canEdit: boolean;
  settings: CourseCeSettings | null;
  evaluation: EvaluationForm | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
  savingSettings: boolean;
  savingEvaluation: boolean;
  settingsErrors: readonly string[];
  evaluationErrors: readonly string[];
  notice: string;
  /** Which form the notice is about, so that it shows beside that form's Save button. */
  noticeAbout: 'settings' | 'evaluation' | null;
}

const INITIAL: CourseCreditSettingsState = {
  courseId: '',
  courseTitle: null,
  canEdit: false,
  settings: null,
  evaluation: null,
  loading: false,
  notFound: false,
  errors: [],
  savingSettings: false,
  savingEvaluation: false,
  settingsErrors: [],
  evaluationErrors: [],
  notice: '',
  noticeAbout: null,
};

/** A course's CE settings (learning format, validity) and its evaluation form, for authors. */
@Injectable()
export class CourseCreditSettingsStore {
  private readonly api = inject(CredentialsApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<CourseCreditSettingsState>(INITIAL);

  readonly courseId = computed(() => this.state().courseId);
  readonly courseTitle = computed(() => this.state().courseTitle);
  readonly canEdit = computed(() => this.state().canEdit);
  readonly settings = computed(() => this.state().settings);
  readonly evaluation = computed(() => this.state().evaluation);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);
  readonly savingSettings = computed(() => this.state().savingSettings);
  readonly savingEvaluation = computed(() => this.state().savingEvaluation);
  readonly settingsErrors = computed(() => this.state().settingsErrors);
  readonly evaluationErrors = computed(() => this.state().evaluationErrors);
  readonly notice = computed(() => this.state().notice);
  readonly settingsNotice = computed(() =>
    this.state().noticeAbout === 'settings' ? this.state().notice : '',
  );
  readonly evaluationNotice = computed(() =>
    this.state().noticeAbout === 'evaluation' ? this.state().notice : '',
  );

  async load(courseId: string): Promise<void> {
    this.state.set({ ...INITIAL, courseId, loading: true });
    const [course, settings, evaluation] = await Promise.allSettled([
      firstValueFrom(this.curriculum.getCourse(courseId)),
      firstValueFrom(this.api.getCeSettings(courseId)),
      firstValueFrom(this.api.getEvaluation(courseId)),
    ]);
    const failure = [course, settings, evaluation].find((r) => r.status === 'rejected');
    const reason: unknown = failure?.status === 'rejected' ? failure.reason : null;
    const notFound = reason !== null && httpStatusOf(reason) === 404;
    this.state.update((s) => ({
      ...s,
      loading: false,
      notFound,
      errors: reason !== null && !notFound ? credentialsErrorMessages(reason) : [],
      courseTitle: course.status === 'fulfilled' ? course.value.title : null,
      canEdit: course.status === 'fulfilled' && course.value.canEdit,
      settings: settings.status === 'fulfilled' ? settings.value : null,
      evaluation: evaluation.status === 'fulfilled' ? evaluation.value : null,
    }));
  }

  async saveSettings(body: CourseCeSettings): Promise<boolean> {
    if (this.savingSettings()) return false;
    this.state.update((s) => ({
      ...s,
      savingSettings: true,
      settingsErrors: [],
      notice: '',
      noticeAbout: null,
    }));
    try {
      const settings = await firstValueFrom(this.api.updateCeSettings(this.courseId(), body));
      this.state.update((s) => ({
        ...s,
        savingSettings: false,
        settings,
        notice: 'CE settings saved.',
        noticeAbout: 'settings',
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        savingSettings: false,
        settingsErrors: credentialsErrorMessages(error),
      }));
      return false;
    }
  }

  async saveEvaluation(body: UpdateEvaluationFormRequest): Promise<boolean> {
    if (this.savingEvaluation()) return false;
    this.state.update((s) => ({
      ...s,
      savingEvaluation: true,
      evaluationErrors: [],
      notice: '',
      noticeAbout: null,
    }));
    try {
      const evaluation = await firstValueFrom(this.api.updateEvaluation(this.courseId(), body));
      this.state.update((s) => ({
        ...s,
        savingEvaluation: false,
        evaluation,
        notice: `Evaluation saved: ${evaluation.questions.length} ${evaluation.questions.length === 1 ? 'question' : 'questions'}.`,
        noticeAbout: 'evaluation',
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        savingEvaluation: false,
        evaluationErrors: credentialsErrorMessages(error),
      }));
      return false;
    }
  }
}
