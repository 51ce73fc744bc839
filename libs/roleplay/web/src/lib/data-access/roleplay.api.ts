import type { HttpEvent } from '@angular/common/http';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateSubmissionRequest,
  GradeRequest,
  GradingQueueItem,
  Page,
  RegradeRequest,
  RoleplayResponse,
  SubmissionCreated,
  SubmissionResponse,
} from '@lms/shared/contracts';
import type { Observable } from 'rxjs';

const id = encodeURIComponent;

export type { SubmissionCreated } from '@lms/shared/contracts';

export interface GradingQueueQuery {
  courseId?: string | null;
  roleplayId?: string | null;
  limit?: number;
  offset?: number;
}

/** The role-play routes of the API (API.md, "Role-play"), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class RoleplayApi {
  private readonly http = inject(HttpClient);

  /** The scenario and rubric; trainees get their status, staff the grader notes. */
  getRoleplay(roleplayId: string): Observable<RoleplayResponse> {
    return this.http.get<RoleplayResponse>(`/api/roleplays/${id(roleplayId)}`);
  }

  /** The caller's own submissions, newest first, with their grades and recordings. */
  mySubmissions(roleplayId: string): Observable<SubmissionResponse[]> {
    return this.http.get<SubmissionResponse[]>(`/api/roleplays/${id(roleplayId)}/submissions`);
  }

  /**
   * Submits a transcript and reflection, with an optional recording. With a recording the body
   * is multipart (the text fields first, then the file); the events report upload progress.
   */
  submit(
    roleplayId: string,
    body: CreateSubmissionRequest,
    recording: File | null,
  ): Observable<HttpEvent<SubmissionCreated>> {
    const url = `/api/roleplays/${id(roleplayId)}/submissions`;
    let payload: CreateSubmissionRequest | FormData = body;
    if (recording) {
      const form = new FormData();
      form.append('transcript', body.transcript);
      form.append('reflection', body.reflection);
      form.append('recording', recording, recording.name);
      payload = form;
    }
    return this.http.post<SubmissionCreated>(url, payload, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** Submissions waiting for a grade, oldest first (courses the caller grades). */
  gradingQueue(query: GradingQueueQuery = {}): Observable<Page<GradingQueueItem>> {
    let params = new HttpParams();
    if (query.courseId) params = params.set('courseId', query.courseId);
    if (query.roleplayId) params = params.set('roleplayId', query.roleplayId);
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return this.http.get<Page<GradingQueueItem>>('/api/grading-queue', { params });
  }

  /** One submission (owner or course staff), with its recording's signed URL. */
  getSubmission(submissionId: string): Observable<SubmissionResponse> {
    return this.http.get<SubmissionResponse>(`/api/submissions/${id(submissionId)}`);
  }

  /** Grades once; 409 ALREADY_GRADED when someone else was quicker. */
  grade(submissionId: string, body: GradeRequest): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(`/api/submissions/${id(submissionId)}/grade`, body);
  }

  /** Corrects the grade of the trainee's latest submission (a new, audited grade). */
  regrade(submissionId: string, body: RegradeRequest): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(`/api/submissions/${id(submissionId)}/regrade`, body);
  }
}
