import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AttemptResponse,
  AttemptStartResponse,
  AuthorQuestion,
  CreateQuestionRequest,
  CreateQuizRequest,
  Page,
  QuestionBankQuery,
  QuizResponse,
  QuizStatistics,
  RegradeResponse,
  SubmitAttemptRequest,
  SubmitAttemptResponse,
  UpdateQuestionRequest,
} from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

const id = encodeURIComponent;

/** The assessment routes of the API (API.md, "Assessment"), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  /** Trainees get their attempts and locks; staff (not enrolled) also get the questions with the key. */
  getQuiz(quizId: string): Observable<QuizResponse> {
    return this.http.get<QuizResponse>(`/api/quizzes/${id(quizId)}`);
  }

  /** Starts an attempt, or returns the open one (with its autosaved answers). */
  startAttempt(quizId: string): Observable<AttemptStartResponse> {
    return this.http.post<AttemptStartResponse>(`/api/quizzes/${id(quizId)}/attempts`, null);
  }

  getAttempt(attemptId: string): Observable<AttemptResponse> {
    return this.http.get<AttemptResponse>(`/api/attempts/${id(attemptId)}`);
  }

  /** Autosave of one answer while the attempt is open (409 ATTEMPT_CLOSED after that). */
  saveAnswer(attemptId: string, questionId: string, optionIds: string[]): Observable<void> {
    return this.http
      .put(`/api/attempts/${id(attemptId)}/answers/${id(questionId)}`, { optionIds })
      .pipe(map((): void => undefined));
  }

  /** Grades the attempt once; the same `Idempotency-Key` returns the first result again. */
  submitAttempt(
    attemptId: string,
    body: SubmitAttemptRequest,
    idempotencyKey: string,
  ): Observable<SubmitAttemptResponse> {
    return this.http.post<SubmitAttemptResponse>(`/api/attempts/${id(attemptId)}/submit`, body, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  /** Adds a quiz to a module; on a published course it lands in a new draft (new ids). */
  createQuiz(moduleId: string, body: CreateQuizRequest): Observable<QuizResponse> {
    return this.http.post<QuizResponse>(`/api/modules/${id(moduleId)}/quizzes`, body);
  }

  /** Adds a question to the course bank and the quiz; answers with the (possibly draft) quiz. */
  addQuestion(quizId: string, body: CreateQuestionRequest): Observable<QuizResponse> {
    return this.http.post<QuizResponse>(`/api/quizzes/${id(quizId)}/questions`, body);
  }

  /** Edits a bank question in place; options that keep their `id` keep their identity. */
  updateQuestion(questionId: string, body: UpdateQuestionRequest): Observable<AuthorQuestion> {
    return this.http.put<AuthorQuestion>(`/api/questions/${id(questionId)}`, body);
  }

  /** Applies the question's current key to past attempts (each change is audited). */
  regrade(questionId: string): Observable<RegradeResponse> {
    return this.http.post<RegradeResponse>(`/api/questions/${id(questionId)}/regrade`, null);
  }

  questionBank(courseId: string, query: QuestionBankQuery = {}): Observable<Page<AuthorQuestion>> {
    let params = new HttpParams();
    if (query.tag) params = params.set('tag', query.tag);
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return this.http.get<Page<AuthorQuestion>>(`/api/courses/${id(courseId)}/questions`, {
      params,
    });
  }

  statistics(quizId: string): Observable<QuizStatistics> {
    return this.http.get<QuizStatistics>(`/api/quizzes/${id(quizId)}/statistics`);
  }
}
