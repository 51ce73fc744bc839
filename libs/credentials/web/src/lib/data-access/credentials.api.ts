import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AttestationRequest,
  AttestationResponse,
  AuditEventResponse,
  BulkIssuanceResponse,
  Certificate,
  CertificateStatus,
  CourseCeSettings,
  CourseReportRow,
  CreditsReportRow,
  EligibilityResponse,
  EvaluationForm,
  EvaluationResults,
  IssueCertificateRequest,
  Page,
  ProviderSettings,
  SubmitEvaluationRequest,
  TranscriptResponse,
  UpdateEvaluationFormRequest,
  UpdateProviderSettingsRequest,
  VerificationResponse,
} from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { catchError, from, map, switchMap, throwError } from 'rxjs';

const id = encodeURIComponent;

export interface CertificateQuery {
  courseId?: string;
  userId?: string;
  status?: CertificateStatus;
  q?: string;
  limit?: number;
  offset?: number;
}

export interface AuditEventQuery {
  type?: string;
  /** ISO-8601 instants. */
  since?: string;
  until?: string;
  actorId?: string;
  subjectId?: string;
  limit?: number;
  offset?: number;
}

export type ReportPeriod = 'month' | 'year';

export interface CreditsReportQuery {
  /** Dates, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  period: ReportPeriod;
}

export type TranscriptFormat = 'csv' | 'pdf';

/** Query parameters from an object, leaving out empty values. */
function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (typeof value === 'number') params = params.set(key, value);
    else if (typeof value === 'string' && value.trim() !== '')
      params = params.set(key, value.trim());
  }
  return params;
}

/** The text of a Blob (FileReader: older engines and jsdom lack `Blob.text()`). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable error body'));
    };
    reader.readAsText(blob);
  });
}

/**
 * A failed file download carries its `ApiError` as a Blob; read it back into JSON so the
 * error mapper sees the code and message like for any other request.
 */
function withJsonError<T>(source: Observable<T>): Observable<T> {
  return source.pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) {
        return throwError(() => error);
      }
      const failed = error;
      return from(blobText(failed.error as Blob)).pipe(
        switchMap((text) => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          return throwError(
            () =>
              new HttpErrorResponse({
                error: body,
                headers: failed.headers,
                status: failed.status,
                url: failed.url ?? undefined,
              }),
          );
        }),
      );
    }),
  );
}

/**
 * The CE credit and certificate routes of the API (API.md, "CE credit and certificates"),
 * typed with the shared contracts. Files (PDF, CSV) come as Blobs: the access token lives in
 * memory only, so a plain link could not carry it.
 */
@Injectable({ providedIn: 'root' })
export class CredentialsApi {
  private readonly http = inject(HttpClient);

  // --- provider settings (admin) ---------------------------------------------------------

  getProviderSettings(): Observable<ProviderSettings> {
    return this.http.get<ProviderSettings>('/api/provider-settings');
  }

  updateProviderSettings(body: UpdateProviderSettingsRequest): Observable<ProviderSettings> {
    return this.http.put<ProviderSettings>('/api/provider-settings', body);
  }

  /** PNG or JPEG, at most 1 MB, as the multipart field `logo`. */
  uploadLogo(file: File): Observable<void> {
    const body = new FormData();
    body.append('logo', file, file.name);
    return this.http.put('/api/provider-settings/logo', body).pipe(map((): void => undefined));
  }

  logo(): Observable<Blob> {
    return withJsonError(this.http.get('/api/provider-settings/logo', { responseType: 'blob' }));
  }

  // --- course CE settings and evaluation ------------------------------------------------

  getCeSettings(courseId: string): Observable<CourseCeSettings> {
    return this.http.get<CourseCeSettings>(`/api/courses/${id(courseId)}/ce-settings`);
  }

  updateCeSettings(courseId: string, body: CourseCeSettings): Observable<CourseCeSettings> {
    return this.http.put<CourseCeSettings>(`/api/courses/${id(courseId)}/ce-settings`, body);
  }

  /** For a trainee, `submittedAt` says whether they have answered it. */
  getEvaluation(courseId: string): Observable<EvaluationForm> {
    return this.http.get<EvaluationForm>(`/api/courses/${id(courseId)}/evaluation`);
  }

  updateEvaluation(
    courseId: string,
    body: UpdateEvaluationFormRequest,
  ): Observable<EvaluationForm> {
    return this.http.put<EvaluationForm>(`/api/courses/${id(courseId)}/evaluation`, body);
  }

  /** 409 EVALUATION_ALREADY_SUBMITTED the second time; 400 naming a question left out. */
  submitEvaluation(courseId: string, body: SubmitEvaluationRequest): Observable<EvaluationForm> {
    return this.http.post<EvaluationForm>(`/api/courses/${id(courseId)}/evaluation`, body);
  }

  evaluationResults(courseId: string): Observable<EvaluationResults> {
    return this.http.get<EvaluationResults>(`/api/courses/${id(courseId)}/evaluation/results`);
  }

  // --- attestation and eligibility -------------------------------------------------------

  getAttestation(courseId: string): Observable<AttestationResponse> {
    return this.http.get<AttestationResponse>(`/api/courses/${id(courseId)}/attestation`);
  }

  /** 400 off a 0.25 step, above the designation or a type not offered; 409 once certified. */
  attest(courseId: string, body: AttestationRequest): Observable<AttestationResponse> {
    return this.http.post<AttestationResponse>(`/api/courses/${id(courseId)}/attestation`, body);
  }

  /** The caller's own eligibility, or (admins) a trainee's. */
  eligibility(courseId: string, userId?: string): Observable<EligibilityResponse> {
    return this.http.get<EligibilityResponse>(`/api/courses/${id(courseId)}/eligibility`, {
      params: paramsOf({ userId }),
    });
  }

  // --- certificates ------------------------------------------------------------------------

  /** 422 NOT_ELIGIBLE (with `missing`), 409 CERTIFICATE_EXISTS. */
  issueCertificate(body: IssueCertificateRequest): Observable<Certificate> {
    return this.http.post<Certificate>('/api/certificates', body);
  }

  listCertificates(query: CertificateQuery = {}): Observable<Page<Certificate>> {
    return this.http.get<Page<Certificate>>('/api/certificates', { params: paramsOf(query) });
  }

  getCertificate(certificateId: string): Observable<Certificate> {
    return this.http.get<Certificate>(`/api/certificates/${id(certificateId)}`);
  }

  myCertificates(): Observable<Certificate[]> {
    return this.http.get<Certificate[]>('/api/me/certificates');
  }

  certificatePdf(certificateId: string): Observable<Blob> {
    return withJsonError(
      this.http.get(`/api/certificates/${id(certificateId)}/pdf`, { responseType: 'blob' }),
    );
  }

  revoke(certificateId: string, reason: string): Observable<Certificate> {
    return this.http.post<Certificate>(`/api/certificates/${id(certificateId)}/revoke`, {
      reason,
    });
  }

  /** Revokes the certificate with the reason and issues a new one (a new code). */
  reissue(certificateId: string, reason: string): Observable<Certificate> {
    return this.http.post<Certificate>(`/api/certificates/${id(certificateId)}/reissue`, {
      reason,
    });
  }

  /** Starts issuing for every eligible trainee of the course; poll `bulkIssuance` for progress. */
  startBulkIssuance(courseId: string): Observable<BulkIssuanceResponse> {
    return this.http.post<BulkIssuanceResponse>(
      `/api/courses/${id(courseId)}/certificates/bulk`,
      null,
      { params: paramsOf({ wait: 'false' }) },
    );
  }

  bulkIssuance(bulkId: string): Observable<BulkIssuanceResponse> {
    return this.http.get<BulkIssuanceResponse>(`/api/bulk-issuances/${id(bulkId)}`);
  }

  /** Public: no sign-in needed. 404 for an unknown code. */
  verify(code: string): Observable<VerificationResponse> {
    return this.http.get<VerificationResponse>(`/api/verify/${id(code)}`);
  }

  // --- transcript ---------------------------------------------------------------------------

  transcript(): Observable<TranscriptResponse> {
    return this.http.get<TranscriptResponse>('/api/me/transcript');
  }

  transcriptFile(format: TranscriptFormat): Observable<Blob> {
    return withJsonError(
      this.http.get('/api/me/transcript', { params: paramsOf({ format }), responseType: 'blob' }),
    );
  }

  // --- audit trail and reports (admin) -------------------------------------------------------

  auditEvents(query: AuditEventQuery = {}): Observable<Page<AuditEventResponse>> {
    return this.http.get<Page<AuditEventResponse>>('/api/audit-events', {
      params: paramsOf(query),
    });
  }

  creditsReport(query: CreditsReportQuery): Observable<CreditsReportRow[]> {
    return this.http.get<CreditsReportRow[]>('/api/reports/credits', { params: paramsOf(query) });
  }

  creditsReportCsv(query: CreditsReportQuery): Observable<Blob> {
    return withJsonError(
      this.http.get('/api/reports/credits', {
        params: paramsOf({ ...query, format: 'csv' }),
        responseType: 'blob',
      }),
    );
  }

  coursesReport(): Observable<CourseReportRow[]> {
    return this.http.get<CourseReportRow[]>('/api/reports/courses');
  }

  coursesReportCsv(): Observable<Blob> {
    return withJsonError(
      this.http.get('/api/reports/courses', {
        params: paramsOf({ format: 'csv' }),
        responseType: 'blob',
      }),
    );
  }
}
