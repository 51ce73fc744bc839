import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminUserSummary,
  AuthResponse,
  LoginRequest,
  MeResponse,
  Page,
  RefreshResponse,
  RegisterRequest,
  SetRolesRequest,
  UpdateMeRequest,
  UserListQuery,
  UserSummary,
} from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

/** The identity routes of the API (API.md, "Identity"), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>('/api/auth/register', body);
  }

  login(body: LoginRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>('/api/auth/login', body);
  }

  /** Uses the httpOnly refresh cookie; no body. */
  refresh(): Observable<RefreshResponse> {
    return this.http.post<RefreshResponse>('/api/auth/refresh', null);
  }

  logout(): Observable<void> {
    return this.http.post('/api/auth/logout', null).pipe(map((): void => undefined));
  }

  me(): Observable<MeResponse> {
    return this.http.get<MeResponse>('/api/me');
  }

  updateMe(body: UpdateMeRequest): Observable<MeResponse> {
    return this.http.patch<MeResponse>('/api/me', body);
  }

  listUsers(query: UserListQuery): Observable<Page<AdminUserSummary>> {
    let params = new HttpParams();
    if (query.role) params = params.set('role', query.role);
    if (query.q?.trim()) params = params.set('q', query.q.trim());
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return this.http.get<Page<AdminUserSummary>>('/api/users', { params });
  }

  setRoles(userId: string, body: SetRolesRequest): Observable<UserSummary> {
    return this.http.put<UserSummary>(`/api/users/${encodeURIComponent(userId)}/roles`, body);
  }
}
