import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage, apiErrorMessages, toApiError } from './api-error';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/x' });
}

describe('apiErrorMessages', () => {
  it('lists validation messages as sentences', () => {
    const error = httpError(400, {
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: ['email must be an email', 'password must be longer than or equal to 10 characters'],
    });
    expect(apiErrorMessages(error)).toEqual([
      'Email must be an email',
      'Password must be longer than or equal to 10 characters',
    ]);
  });

  it.each([
    ['INVALID_CREDENTIALS', 401, 'The email or password is incorrect. Check them and try again.'],
    ['EMAIL_TAKEN', 409, 'An account with this email already exists. Sign in instead.'],
    ['TOO_MANY_REQUESTS', 429, 'Too many attempts. Wait a minute, then try again.'],
    ['LESSON_LOCKED', 403, 'This lesson is locked. Complete the previous module to unlock it.'],
    ['ALREADY_ENROLLED', 409, 'You are already enrolled in this course.'],
  ])('words code %s in our own terms', (code, status, text) => {
    const error = httpError(status, { statusCode: status, error: 'x', code, message: 'raw' });
    expect(apiErrorMessages(error)).toEqual([text]);
  });

  it('falls back to the status when there is no code', () => {
    expect(apiErrorMessages(httpError(429, 'Too Many Requests'))).toEqual([
      'Too many attempts. Wait a minute, then try again.',
    ]);
    expect(apiErrorMessages(httpError(0, null))[0]).toMatch(/cannot be reached/);
    expect(
      apiErrorMessages(httpError(503, { statusCode: 503, error: 'x', message: 'db down' }))[0],
    ).toMatch(/on our side/);
  });

  it('lets a screen word a status itself, ahead of the generic code', () => {
    const error = httpError(401, {
      statusCode: 401,
      error: 'Unauthorized',
      code: 'UNAUTHORIZED',
      message: 'Unauthorized',
    });
    expect(apiErrorMessage(error, { 401: 'Wrong email or password.' })).toBe(
      'Wrong email or password.',
    );
  });

  it('uses the server message for other statuses', () => {
    const error = httpError(422, { statusCode: 422, error: 'x', message: 'not eligible yet' });
    expect(apiErrorMessages(error)).toEqual(['Not eligible yet']);
  });

  it('handles non-HTTP errors', () => {
    expect(toApiError(new Error('boom'))).toBeNull();
    expect(apiErrorMessages(new Error('boom'))).toEqual([
      'Something went wrong. Please try again.',
    ]);
  });
});
