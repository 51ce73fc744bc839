import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import { httpStatusOf } from '@lms/platform/web';
import type {
  AttestationRequest,
  AttestationResponse,
  Certificate,
  EligibilityResponse,
  EvaluationForm,
  SubmitEvaluationRequest,
} from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CredentialsApi } from './credentials.api';
import { CredentialsErrorCode, apiErrorCode, credentialsErrorMessages } from './credentials-errors';
import { FileSaver, certificateFileName } from './file-saver';

export type StepState = 'done' | 'todo';

export interface ClaimStep {
  id: 'requirements' | 'evaluation' | 'attestation' | 'certificate';
  title: string;
  state: StepState;
}

/** Lines of `missing` that the evaluation and attestation steps already stand for. */
const OWN_STEP = /evaluation|attest/i;

interface CreditClaimState {
  courseId: string;
  courseTitle: string | null;
  eligibility: EligibilityResponse | null;
  evaluation: EvaluationForm | null;
  attestation: AttestationResponse | null;
  certificate: Certificate | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
  evaluationErrors: readonly string[];
  attestationErrors: readonly string[];
  certificateErrors: readonly string[];
  submittingEvaluation: boolean;
  attesting: boolean;
  downloading: boolean;
  notice: string;
}

const INITIAL: CreditClaimState = {
  courseId: '',
  courseTitle: null,
  eligibility: null,
  evaluation: null,
  attestation: null,
  certificate: null,
  loading: false,
  notFound: false,
  errors: [],
  evaluationErrors: [],
  attestationErrors: [],
  certificateErrors: [],
  submittingEvaluation: false,
  attesting: false,
  downloading: false,
  notice: '',
};

/**
 * The trainee's way to CE credit for one course: what is still required, the evaluation,
 * the attestation and claim, then the certificate. Provide it per page.
 */
@Injectable()
export class CreditClaimStore {
  private readonly api = inject(CredentialsApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly files = inject(FileSaver);
  private readonly state = signal<CreditClaimState>(INITIAL);
  private loadCall = 0;

  readonly courseId = computed(() => this.state().courseId);
  readonly courseTitle = computed(() => this.state().courseTitle);
  readonly eligibility = computed(() => this.state().eligibility);
  readonly evaluation = computed(() => this.state().evaluation);
  readonly attestation = computed(() => this.state().attestation);
  readonly certificate = computed(() => this.state().certificate);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);
  readonly evaluationErrors = computed(() => this.state().evaluationErrors);
  readonly attestationErrors = computed(() => this.state().attestationErrors);
  readonly certificateErrors = computed(() => this.state().certificateErrors);
  readonly submittingEvaluation = computed(() => this.state().submittingEvaluation);
  readonly attesting = computed(() => this.state().attesting);
  readonly downloading = computed(() => this.state().downloading);
  readonly notice = computed(() => this.state().notice);

  /** What the course itself still asks for (modules, post-test, role-plays), in plain words. */
  readonly requirements = computed(() =>
    (this.eligibility()?.missing ?? []).filter((line) => !OWN_STEP.test(line)),
  );
  readonly evaluationSubmitted = computed(() => (this.evaluation()?.submittedAt ?? null) !== null);
  readonly attested = computed(() => (this.attestation()?.attestedAt ?? null) !== null);
  readonly eligible = computed(() => this.eligibility()?.eligible ?? false);
  readonly certificateIssued = computed(() => (this.eligibility()?.certificateId ?? null) !== null);
  /** The claim can change until a certificate is issued (the API answers 409 after that). */
  readonly claimLocked = computed(() => this.certificateIssued());

  readonly steps = computed<ClaimStep[]>(() => [
    {
      id: 'requirements',
      title: 'Course requirements',
      state: this.eligibility() !== null && this.requirements().length === 0 ? 'done' : 'todo',
    },
    {
      id: 'evaluation',
      title: 'Course evaluation',
      state: this.evaluationSubmitted() ? 'done' : 'todo',
    },
    { id: 'attestation', title: 'Attestation and claim', state: this.attested() ? 'done' : 'todo' },
    { id: 'certificate', title: 'Certificate', state: this.certificateIssued() ? 'done' : 'todo' },
  ]);

  async load(courseId: string): Promise<void> {
    const call = ++this.loadCall;
    this.state.set({ ...INITIAL, courseId, loading: true });
    const [eligibility, evaluation, attestation, course] = await Promise.allSettled([
      firstValueFrom(this.api.eligibility(courseId)),
      firstValueFrom(this.api.getEvaluation(courseId)),
      firstValueFrom(this.api.getAttestation(courseId)),
      firstValueFrom(this.curriculum.getCourse(courseId)),
    ]);
    if (call !== this.loadCall) return;
    const failure = [eligibility, evaluation, attestation].find((r) => r.status === 'rejected');
    const reason: unknown = failure?.status === 'rejected' ? failure.reason : null;
    const notFound = reason !== null && httpStatusOf(reason) === 404;
    this.state.update((s) => ({
      ...s,
      loading: false,
      notFound,
      errors: reason !== null && !notFound ? credentialsErrorMessages(reason) : [],
      courseTitle: course.status === 'fulfilled' ? course.value.title : null,
      eligibility: eligibility.status === 'fulfilled' ? eligibility.value : null,
      evaluation: evaluation.status === 'fulfilled' ? evaluation.value : null,
      attestation: attestation.status === 'fulfilled' ? attestation.value : null,
    }));
    await this.loadCertificate(call);
  }

  /** Sends the answers once; a second try (409) just shows the form as submitted. */
  async submitEvaluation(body: SubmitEvaluationRequest): Promise<boolean> {
    const courseId = this.courseId();
    if (this.submittingEvaluation()) return false;
    this.state.update((s) => ({
      ...s,
      submittingEvaluation: true,
      evaluationErrors: [],
      notice: '',
    }));
    try {
      const evaluation = await firstValueFrom(this.api.submitEvaluation(courseId, body));
      this.state.update((s) => ({
        ...s,
        submittingEvaluation: false,
        evaluation,
        notice: 'Evaluation submitted. Thank you.',
      }));
      await this.refreshEligibility();
      return true;
    } catch (error: unknown) {
      const already = apiErrorCode(error) === CredentialsErrorCode.EvaluationAlreadySubmitted;
      this.state.update((s) => ({
        ...s,
        submittingEvaluation: false,
        evaluationErrors: credentialsErrorMessages(error),
      }));
      if (already) await this.reloadEvaluation();
      return false;
    }
  }

  /** Records the attestation and the claim (again, until a certificate is issued). */
  async attest(body: AttestationRequest): Promise<boolean> {
    const courseId = this.courseId();
    if (this.attesting()) return false;
    this.state.update((s) => ({ ...s, attesting: true, attestationErrors: [], notice: '' }));
    try {
      const attestation = await firstValueFrom(this.api.attest(courseId, body));
      this.state.update((s) => ({
        ...s,
        attesting: false,
        attestation,
        notice: 'Attestation recorded and credit claimed.',
      }));
      await this.refreshEligibility();
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        attesting: false,
        attestationErrors: credentialsErrorMessages(error),
      }));
      return false;
    }
  }

  async downloadCertificate(): Promise<void> {
    const certificate = this.certificate();
    if (!certificate || this.downloading()) return;
    this.state.update((s) => ({ ...s, downloading: true, certificateErrors: [] }));
    try {
      const pdf = await firstValueFrom(this.api.certificatePdf(certificate.id));
      this.files.save(pdf, certificateFileName(certificate.verificationCode));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, certificateErrors: credentialsErrorMessages(error) }));
    } finally {
      this.state.update((s) => ({ ...s, downloading: false }));
    }
  }

  private async refreshEligibility(): Promise<void> {
    const call = this.loadCall;
    try {
      const eligibility = await firstValueFrom(this.api.eligibility(this.courseId()));
      if (call !== this.loadCall) return;
      this.state.update((s) => ({ ...s, eligibility }));
      await this.loadCertificate(call);
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: credentialsErrorMessages(error) }));
    }
  }

  private async reloadEvaluation(): Promise<void> {
    try {
      const evaluation = await firstValueFrom(this.api.getEvaluation(this.courseId()));
      this.state.update((s) => ({ ...s, evaluation }));
    } catch {
      // The error of the submit is already shown.
    }
  }

  private async loadCertificate(call: number): Promise<void> {
    const certificateId = this.eligibility()?.certificateId ?? null;
    if (certificateId === null || this.certificate()?.id === certificateId) return;
    try {
      const certificate = await firstValueFrom(this.api.getCertificate(certificateId));
      if (call === this.loadCall) this.state.update((s) => ({ ...s, certificate }));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, certificateErrors: credentialsErrorMessages(error) }));
    }
  }
}
