import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CourseListQuery,
  CourseOutline,
  CourseSummary,
  CreateCourseRequest,
  CreateLessonRequest,
  CreateModuleRequest,
  CreateQuizRequest,
  EnrollmentResponse,
  EnrollmentSummary,
  LessonResponse,
  ModuleResponse,
  Page,
  PageQuery,
  ProgressResponse,
  QuizResponse,
  UpdateCourseRequest,
  UpdateLessonRequest,
  UpdateModuleRequest,
} from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

const id = encodeURIComponent;

function pageParams(
  query: PageQuery & { q?: string; status?: string; view?: 'learner' | 'author' },
): HttpParams {
  let params = new HttpParams();
  if (query.q?.trim()) params = params.set('q', query.q.trim());
  if (query.status) params = params.set('status', query.status);
  if (query.view) params = params.set('view', query.view);
  if (query.limit !== undefined) params = params.set('limit', query.limit);
  if (query.offset !== undefined) params = params.set('offset', query.offset);
  return params;
}

/** The curriculum routes of the API (API.md, "Curriculum"), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class CurriculumApi {
  private readonly http = inject(HttpClient);

  listCourses(query: CourseListQuery = {}): Observable<Page<CourseSummary>> {
    return this.http.get<Page<CourseSummary>>('/api/courses', { params: pageParams(query) });
  }

  getCourse(courseId: string): Observable<CourseOutline> {
    return this.http.get<CourseOutline>(`/api/courses/${id(courseId)}`);
  }

  createCourse(body: CreateCourseRequest): Observable<CourseOutline> {
    return this.http.post<CourseOutline>('/api/courses', body);
  }

  /** Editing a published course starts a new draft version with new module and lesson ids. */
  updateCourse(courseId: string, body: UpdateCourseRequest): Observable<CourseOutline> {
    return this.http.patch<CourseOutline>(`/api/courses/${id(courseId)}`, body);
  }

  publish(courseId: string): Observable<CourseOutline> {
    return this.http.post<CourseOutline>(`/api/courses/${id(courseId)}/publish`, null);
  }

  addModule(courseId: string, body: CreateModuleRequest): Observable<ModuleResponse> {
    return this.http.post<ModuleResponse>(`/api/courses/${id(courseId)}/modules`, body);
  }

  updateModule(moduleId: string, body: UpdateModuleRequest): Observable<ModuleResponse> {
    return this.http.patch<ModuleResponse>(`/api/modules/${id(moduleId)}`, body);
  }

  deleteModule(moduleId: string): Observable<void> {
    return this.http.delete(`/api/modules/${id(moduleId)}`).pipe(map((): void => undefined));
  }

  reorderModules(courseId: string, ids: string[]): Observable<CourseOutline> {
    return this.http.put<CourseOutline>(`/api/courses/${id(courseId)}/module-order`, { ids });
  }

  addLesson(moduleId: string, body: CreateLessonRequest): Observable<LessonResponse> {
    return this.http.post<LessonResponse>(`/api/modules/${id(moduleId)}/lessons`, body);
  }

  reorderLessons(moduleId: string, ids: string[]): Observable<CourseOutline> {
    return this.http.put<CourseOutline>(`/api/modules/${id(moduleId)}/lesson-order`, { ids });
  }

  /**
   * Adds a quiz to a module (an assessment route, but an item of the module like a lesson);
   * on a published course it lands in a new draft: reload the outline for the new ids.
   */
  addQuiz(moduleId: string, body: CreateQuizRequest): Observable<QuizResponse> {
    return this.http.post<QuizResponse>(`/api/modules/${id(moduleId)}/quizzes`, body);
  }

  getLesson(lessonId: string): Observable<LessonResponse> {
    return this.http.get<LessonResponse>(`/api/lessons/${id(lessonId)}`);
  }

  /** The response's `id` may be new: the first edit of a published course copies it. */
  updateLesson(lessonId: string, body: UpdateLessonRequest): Observable<LessonResponse> {
    return this.http.patch<LessonResponse>(`/api/lessons/${id(lessonId)}`, body);
  }

  deleteLesson(lessonId: string): Observable<void> {
    return this.http.delete(`/api/lessons/${id(lessonId)}`).pipe(map((): void => undefined));
  }

  enroll(courseId: string): Observable<EnrollmentResponse> {
    return this.http.post<EnrollmentResponse>(`/api/courses/${id(courseId)}/enrollments`, null);
  }

  myEnrollments(query: PageQuery = {}): Observable<Page<EnrollmentSummary>> {
    return this.http.get<Page<EnrollmentSummary>>('/api/me/enrollments', {
      params: pageParams(query),
    });
  }

  /** Marks the lesson complete, crediting the reading time not reported yet. */
  completeLesson(lessonId: string, timeSpentSeconds?: number): Observable<ProgressResponse> {
    return this.http.post<ProgressResponse>(
      `/api/lessons/${id(lessonId)}/complete`,
      timeSpentSeconds === undefined ? {} : { timeSpentSeconds },
    );
  }

  /** Reading heartbeat; the server clamps the seconds to the time that really elapsed. */
  recordActivity(lessonId: string, timeSpentSeconds: number): Observable<void> {
    return this.http
      .post(`/api/lessons/${id(lessonId)}/activity`, { timeSpentSeconds })
      .pipe(map((): void => undefined));
  }
}
